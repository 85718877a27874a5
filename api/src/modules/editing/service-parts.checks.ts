// Proposed parts (service-parts.ts) against what the DTO's shapes cannot say: times that make
// sense, periods that do not overlap, dates in order, codes of the reference data, locations of the
// service's organisation. Each error names its input (`changes.openingHours.weekly.2.closes`).
import type { EntityManager } from 'typeorm';
import type { InvalidParam } from '../../common/problem/domain-exception.js';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';
import type { LocationValue, OpeningHoursValue, PartField, PartValues, WeeklyPeriodValue } from './service-parts.js';

interface ListedLocation {
  id: string;
  isOwn: boolean;
  name: string | null;
  latitude: number | null;
  longitude: number | null;
  address1: string | null;
  postalCode: string | null;
  city: string | null;
}

function isSameLocation(stored: ListedLocation, given: LocationValue): boolean {
  const fields = ['name', 'address1', 'postalCode', 'city'] as const;
  const coordinates = ['latitude', 'longitude'] as const;
  return (
    fields.every((f) => (stored[f] ?? null) === (given[f] ?? null)) &&
    coordinates.every((f) => (stored[f] === null ? null : Number(stored[f])) === given[f])
  );
}

export interface PartContext {
  serviceId: string;
  organizationId: string;
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Rules the DTO's shapes cannot state: times that make sense, dates in order, periods that do not overlap. */
export function checkOpeningHours(value: OpeningHoursValue, name = 'changes.openingHours'): InvalidParam[] {
  const errors: InvalidParam[] = [];
  const bad = (path: string, reason: string) => errors.push({ name: `${name}.${path}`, in: 'body', reason });
  value.weekly.forEach((p, i) => {
    if (p.opens === p.closes) bad(`weekly.${i}.closes`, 'must differ from opens');
    if (p.validFrom && p.validTo && p.validTo < p.validFrom) bad(`weekly.${i}.validTo`, 'must not be before validFrom');
  });
  // Overlap within a day, among periods valid at the same time (both undated, or the same dates).
  value.weekly.forEach((p, i) => {
    const end = (q: WeeklyPeriodValue) => (minutes(q.closes) <= minutes(q.opens) ? 24 * 60 : minutes(q.closes));
    const overlaps = value.weekly.some(
      (q, j) =>
        j < i &&
        q.day === p.day &&
        q.validFrom === p.validFrom &&
        q.validTo === p.validTo &&
        minutes(p.opens) < end(q) &&
        minutes(q.opens) < end(p),
    );
    if (overlaps) bad(`weekly.${i}.opens`, 'overlaps another period on the same day');
  });
  value.closures.forEach((c, i) => {
    if (c.to < c.from) bad(`closures.${i}.to`, 'must not be before from');
  });
  const temporary = value.temporaryClosure;
  if (temporary) {
    if (temporary.to < temporary.from) bad('temporaryClosure.to', 'must not be before from');
    if (!temporary.message.trim()) bad('temporaryClosure.message', 'must say why and until when the service is closed');
  }
  return errors;
}

/** Codes that are not in the reference data, named by their place in the proposed list. */
export async function checkParts(db: EntityManager, values: Partial<PartValues>, context: PartContext): Promise<InvalidParam[]> {
  const errors: InvalidParam[] = [];
  const unknown = async (field: PartField, codes: string[], sql: string, reason: string) => {
    if (codes.length === 0) return;
    const rows = await db.query<{ code: string }[]>(sql, [codes]);
    const known = new Set(rows.map((r) => r.code));
    codes.forEach((code, i) => {
      if (!known.has(code)) errors.push({ name: `changes.${field}.${i}`, in: 'body', reason });
    });
  };
  if (values.openingHours) errors.push(...checkOpeningHours(values.openingHours));
  if (values.languages) {
    await unknown(
      'languages',
      values.languages,
      `SELECT code FROM reference_language WHERE code = ANY($1::text[])`,
      'must be a language code of reference/languages.json',
    );
  }
  for (const [field, taxonomy] of [
    ['lifeDomains', TAXONOMY.lifeDomain],
    ['targetGroups', TAXONOMY.targetGroup],
  ] as const) {
    const codes = values[field];
    if (codes) {
      await unknown(
        field,
        codes,
        `SELECT code FROM taxonomy_term WHERE taxonomy = '${taxonomy}' AND code = ANY($1::text[])`,
        `must be a ${taxonomy} code of the reference data`,
      );
    }
  }
  if (values.serviceArea) {
    const area = values.serviceArea;
    const [districts, wijken] = await Promise.all([
      db.query<{ id: string }[]>(`SELECT id FROM district`),
      db.query<{ id: string }[]>(`SELECT id FROM wijk`),
    ]);
    const known = { district: new Set(districts.map((d) => d.id)), wijk: new Set(wijken.map((w) => w.id)) };
    area.forEach((a, i) => {
      const at = `changes.serviceArea.${i}.code`;
      if (a.scope === 'city') return;
      if (!a.code) errors.push({ name: at, in: 'body', reason: `is required for scope ${a.scope}` });
      else if (a.scope === 'postcode' && !/^\d{4}$/.test(a.code))
        errors.push({ name: at, in: 'body', reason: 'must be a Belgian postcode' });
      else if ((a.scope === 'district' || a.scope === 'wijk') && !known[a.scope].has(a.code)) {
        errors.push({ name: at, in: 'body', reason: `must be a ${a.scope} id of data/geo` });
      }
    });
    if (area.some((a) => a.scope === 'city') && area.length > 1) {
      errors.push({ name: 'changes.serviceArea', in: 'body', reason: 'the whole city cannot be combined with districts or wijken' });
    }
  }
  if (values.locations) {
    const ids = values.locations.map((l) => l.id).filter((id): id is string => id !== null);
    const rows = ids.length
      ? await db.query<ListedLocation[]>(
          // The organisation's own locations, and those the service is already offered at (imported
          // data may link a location without an organisation, or one another organisation keeps).
          `SELECT l.id, l.organization_id IS NOT DISTINCT FROM $2 AS "isOwn", l.name, l.latitude, l.longitude,
                  a.address_1 AS "address1", a.postal_code AS "postalCode", a.city
           FROM location l
           LEFT JOIN LATERAL (SELECT * FROM address WHERE location_id = l.id ORDER BY id LIMIT 1) a ON true
           WHERE l.id = ANY($1::uuid[])
             AND (l.organization_id = $2 OR EXISTS (SELECT 1 FROM service_at_location x WHERE x.location_id = l.id AND x.service_id = $3))`,
          [ids, context.organizationId, context.serviceId],
        )
      : [];
    const listed = new Map(rows.map((r) => [r.id, r]));
    values.locations.forEach((l, i) => {
      const at = (p: string) => `changes.locations.${i}.${p}`;
      const stored = l.id === null ? undefined : listed.get(l.id);
      if (l.id !== null && !stored)
        errors.push({ name: at('id'), in: 'body', reason: 'must be a location of the service’s organisation or one it is offered at' });
      // Another organisation's location (linked by an import) is theirs to change: it may be listed as it is.
      if (stored && !stored.isOwn && !isSameLocation(stored, l))
        errors.push({ name: at('id'), in: 'body', reason: 'is another organisation’s location: it can be listed, not changed' });
      if ((l.latitude === null) !== (l.longitude === null)) {
        errors.push({ name: at(l.latitude === null ? 'latitude' : 'longitude'), in: 'body', reason: 'latitude and longitude go together' });
      }
      const address = [l.address1, l.postalCode, l.city];
      if (address.some((p) => p) && !address.every((p) => p)) {
        for (const [p, v] of [
          ['address1', l.address1],
          ['postalCode', l.postalCode],
          ['city', l.city],
        ] as const) {
          if (!v) errors.push({ name: at(p), in: 'body', reason: 'is required with the rest of the address' });
        }
      }
      if (!l.name && !l.address1 && l.latitude === null) {
        errors.push({ name: at('name'), in: 'body', reason: 'a location needs a name, an address or a pin' });
      }
    });
    if (new Set(ids).size !== ids.length) errors.push({ name: 'changes.locations', in: 'body', reason: 'lists a location twice' });
  }
  return errors;
}
