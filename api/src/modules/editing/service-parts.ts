// A service's child rows as editing sees them: opening hours (schedules and the holiday rule),
// languages, life domains, target groups, costs, service area and locations. Each part is one
// value, compared, proposed, recorded and rolled back as a whole, like a text field. This module
// reads the rows into that value (canonical: the same facts always give the same value, so a diff
// finds only real changes), checks proposed values against the reference data, and writes a value
// back as rows.
import type { EntityManager } from 'typeorm';
import type { InvalidParam } from '../../common/problem/domain-exception.js';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';
import type { PlaceLocator } from '../places/place-locator.js';

export const PART_FIELDS = ['openingHours', 'languages', 'lifeDomains', 'targetGroups', 'costs', 'serviceArea', 'locations'] as const;
export type PartField = (typeof PART_FIELDS)[number];

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyPeriodValue {
  day: Weekday;
  /** `HH:MM`, Europe/Brussels. */
  opens: string;
  /** Before `opens`: runs past midnight. */
  closes: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface ClosureValue {
  from: string;
  to: string;
  reason: string | null;
}

export interface TemporaryClosureValue {
  from: string;
  to: string;
  message: string;
}

export interface OpeningHoursValue {
  weekly: WeeklyPeriodValue[];
  closures: ClosureValue[];
  temporaryClosure: TemporaryClosureValue | null;
  opensOnHolidays: boolean;
}

export interface CostValue {
  option: string | null;
  amount: number | null;
}

export const AREA_SCOPE_ORDER = ['city', 'district', 'wijk', 'postcode'] as const;
export interface AreaValue {
  scope: (typeof AREA_SCOPE_ORDER)[number];
  code: string | null;
}

export interface LocationValue {
  id: string | null;
  name: string | null;
  address1: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface PartValues {
  openingHours: OpeningHoursValue;
  languages: string[];
  lifeDomains: string[];
  targetGroups: string[];
  costs: CostValue[];
  serviceArea: AreaValue[];
  locations: LocationValue[];
}

/** Marks the schedule row of a temporary closure (`schedule.notes`); other closures have none. */
export const TEMPORARY_CLOSURE_NOTE = 'temporary-closure';
const ACCESS_OPEN_ON_HOLIDAYS = 'open-op-feestdagen';

// ---------------------------------------------------------------- reading

/** Select-list items (over `service s`) that {@link partsFromRow} turns into {@link PartValues}. */
export const PART_COLUMNS = `
  coalesce((SELECT json_agg(json_build_object('freq', sc.freq, 'byday', sc.byday, 'opensAt', sc.opens_at, 'closesAt', sc.closes_at,
      'validFrom', sc.valid_from, 'validTo', sc.valid_to, 'description', sc.description, 'notes', sc.notes))
    FROM schedule sc WHERE sc.service_id = s.id), '[]') AS "partSchedules",
  EXISTS (SELECT 1 FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
    WHERE a.service_id = s.id AND t.taxonomy = '${TAXONOMY.access}' AND t.code = '${ACCESS_OPEN_ON_HOLIDAYS}') AS "partOpensOnHolidays",
  ARRAY(SELECT l.code FROM language l WHERE l.service_id = s.id) AS "partLanguages",
  ARRAY(SELECT t.code FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
    WHERE a.service_id = s.id AND t.taxonomy = '${TAXONOMY.lifeDomain}') AS "partLifeDomains",
  ARRAY(SELECT t.code FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
    WHERE a.service_id = s.id AND t.taxonomy = '${TAXONOMY.targetGroup}') AS "partTargetGroups",
  coalesce((SELECT json_agg(json_build_object('option', c.option, 'amount', c.amount::float8)) FROM cost_option c
    WHERE c.service_id = s.id), '[]') AS "partCosts",
  coalesce((SELECT json_agg(json_build_object('scope', a.scope, 'code', a.code)) FROM service_area a WHERE a.service_id = s.id), '[]')
    AS "partServiceArea",
  coalesce((SELECT json_agg(json_build_object('id', l.id, 'name', l.name, 'latitude', l.latitude, 'longitude', l.longitude,
      'address1', ad.address_1, 'postalCode', ad.postal_code, 'city', ad.city))
    FROM service_at_location sal JOIN location l ON l.id = sal.location_id
    LEFT JOIN LATERAL (SELECT * FROM address x WHERE x.location_id = l.id ORDER BY x.id LIMIT 1) ad ON true
    WHERE sal.service_id = s.id), '[]') AS "partLocations"`;

interface ScheduleRow {
  freq: string | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
  notes: string | null;
}

const hhmm = (time: string) => time.slice(0, 5);

/**
 * Schedules as the weekly editor shows them: one period per day (a rule `MO,TU` with times is two
 * periods), dated rules without times as closures. Rules with times but no weekday cannot be shown
 * in a weekly editor and are left out (opening hours ignore them too, see opening-hours.ts).
 */
export function openingHoursFromRows(rows: ScheduleRow[], opensOnHolidays: boolean): OpeningHoursValue {
  const weekly: WeeklyPeriodValue[] = [];
  const closures: ClosureValue[] = [];
  let temporaryClosure: TemporaryClosureValue | null = null;
  for (const row of rows) {
    if (row.opensAt && row.closesAt) {
      for (const day of (row.byday ?? '').split(',').map((d) => d.trim().toUpperCase())) {
        if ((WEEKDAYS as readonly string[]).includes(day)) {
          weekly.push({
            day: day as Weekday,
            opens: hhmm(row.opensAt),
            closes: hhmm(row.closesAt),
            validFrom: row.validFrom,
            validTo: row.validTo,
          });
        }
      }
    } else if (row.validFrom && !row.opensAt && !row.closesAt) {
      const to = row.validTo ?? row.validFrom;
      if (row.notes === TEMPORARY_CLOSURE_NOTE && !temporaryClosure) {
        temporaryClosure = { from: row.validFrom, to, message: row.description ?? '' };
      } else {
        closures.push({ from: row.validFrom, to, reason: row.description });
      }
    }
  }
  return canonicalOpeningHours({ weekly, closures, temporaryClosure, opensOnHolidays });
}

export function partsFromRow(row: Record<string, unknown>): PartValues {
  return canonicalParts({
    openingHours: openingHoursFromRows(row.partSchedules as ScheduleRow[], row.partOpensOnHolidays as boolean),
    languages: row.partLanguages as string[],
    lifeDomains: row.partLifeDomains as string[],
    targetGroups: row.partTargetGroups as string[],
    costs: row.partCosts as CostValue[],
    serviceArea: row.partServiceArea as AreaValue[],
    locations: row.partLocations as LocationValue[],
  });
}

// ---------------------------------------------------------------- canonical form

const compare = (a: string | number | null, b: string | number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
const byKeys =
  <T>(...keys: ((item: T) => string | number | null)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const order = compare(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };

const sortedCodes = (codes: string[]) => [...new Set(codes)].sort();

export function canonicalOpeningHours(value: OpeningHoursValue): OpeningHoursValue {
  return {
    weekly: value.weekly
      .map((p) => ({
        day: p.day,
        opens: hhmm(p.opens),
        closes: hhmm(p.closes),
        validFrom: p.validFrom ?? null,
        validTo: p.validTo ?? null,
      }))
      .sort(
        byKeys(
          (p) => WEEKDAYS.indexOf(p.day),
          (p) => p.opens,
          (p) => p.closes,
          (p) => p.validFrom,
          (p) => p.validTo,
        ),
      ),
    closures: value.closures
      .map((c) => ({ from: c.from, to: c.to, reason: c.reason?.trim() || null }))
      .sort(
        byKeys(
          (c) => c.from,
          (c) => c.to,
          (c) => c.reason,
        ),
      ),
    temporaryClosure: value.temporaryClosure
      ? { from: value.temporaryClosure.from, to: value.temporaryClosure.to, message: value.temporaryClosure.message.trim() }
      : null,
    opensOnHolidays: value.opensOnHolidays,
  };
}

/** The same facts give the same value: sorted, without duplicates, trimmed. */
export function canonicalPart<F extends PartField>(field: F, value: PartValues[F]): PartValues[F] {
  switch (field) {
    case 'openingHours':
      return canonicalOpeningHours(value as OpeningHoursValue) as PartValues[F];
    case 'languages':
    case 'lifeDomains':
    case 'targetGroups':
      return sortedCodes(value as string[]) as PartValues[F];
    case 'costs':
      return (value as CostValue[])
        .map((c) => ({ option: c.option?.trim() || null, amount: c.amount ?? null }))
        .sort(
          byKeys(
            (c) => c.amount,
            (c) => c.option,
          ),
        ) as PartValues[F];
    case 'serviceArea':
      return [
        ...new Map(
          (value as AreaValue[]).map((a) => [`${a.scope}:${a.code ?? ''}`, { scope: a.scope, code: a.scope === 'city' ? null : a.code }]),
        ).values(),
      ].sort(
        byKeys(
          (a) => AREA_SCOPE_ORDER.indexOf(a.scope),
          (a) => a.code,
        ),
      ) as PartValues[F];
    case 'locations':
      return (value as LocationValue[])
        .map((l) => ({
          id: l.id ?? null,
          name: l.name?.trim() || null,
          address1: l.address1?.trim() || null,
          postalCode: l.postalCode?.trim() || null,
          city: l.city?.trim() || null,
          latitude: l.latitude ?? null,
          longitude: l.longitude ?? null,
        }))
        .sort(byKeys((l) => l.id)) as PartValues[F];
    default:
      return value;
  }
}

function canonicalParts(values: PartValues): PartValues {
  return Object.fromEntries(PART_FIELDS.map((f) => [f, canonicalPart(f, values[f])])) as unknown as PartValues;
}

// ---------------------------------------------------------------- checks against the data

export interface PartContext {
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
        errors.push({ name: at, in: 'body', reason: `must be a ${a.scope} id of shared/geo` });
      }
    });
    if (area.some((a) => a.scope === 'city') && area.length > 1) {
      errors.push({ name: 'changes.serviceArea', in: 'body', reason: 'the whole city cannot be combined with districts or wijken' });
    }
  }
  if (values.locations) {
    const ids = values.locations.map((l) => l.id).filter((id): id is string => id !== null);
    const rows = ids.length
      ? await db.query<{ id: string }[]>(`SELECT id FROM location WHERE id = ANY($1::uuid[]) AND organization_id = $2`, [
          ids,
          context.organizationId,
        ])
      : [];
    const own = new Set(rows.map((r) => r.id));
    values.locations.forEach((l, i) => {
      const at = (p: string) => `changes.locations.${i}.${p}`;
      if (l.id !== null && !own.has(l.id))
        errors.push({ name: at('id'), in: 'body', reason: 'must be a location of the service’s organisation' });
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
      if (!l.name && !l.address1) errors.push({ name: at('name'), in: 'body', reason: 'a location needs a name or an address' });
    });
    if (new Set(ids).size !== ids.length) errors.push({ name: 'changes.locations', in: 'body', reason: 'lists a location twice' });
  }
  return errors;
}

// ---------------------------------------------------------------- writing

/**
 * Replaces the service's rows of one part by the value. Returns the ids of other services whose
 * search documents change too (they share an edited location).
 */
export async function writePart(
  db: EntityManager,
  locator: PlaceLocator,
  service: { id: string; organizationId: string },
  field: PartField,
  value: unknown,
): Promise<string[]> {
  const id = service.id;
  switch (field) {
    case 'openingHours': {
      const hours = value as OpeningHoursValue;
      await db.query(`DELETE FROM schedule WHERE service_id = $1`, [id]);
      const rows = [
        ...hours.weekly.map((p) => ({
          freq: 'WEEKLY',
          byday: p.day,
          opensAt: `${p.opens}:00`,
          closesAt: `${p.closes}:00`,
          validFrom: p.validFrom,
          validTo: p.validTo,
          description: null,
          notes: null,
        })),
        ...hours.closures.map((c) => ({
          freq: null,
          byday: null,
          opensAt: null,
          closesAt: null,
          validFrom: c.from,
          validTo: c.to,
          description: c.reason,
          notes: null,
        })),
        ...(hours.temporaryClosure
          ? [
              {
                freq: null,
                byday: null,
                opensAt: null,
                closesAt: null,
                validFrom: hours.temporaryClosure.from,
                validTo: hours.temporaryClosure.to,
                description: hours.temporaryClosure.message,
                notes: TEMPORARY_CLOSURE_NOTE,
              },
            ]
          : []),
      ];
      if (rows.length) {
        await db.query(
          `INSERT INTO schedule (service_id, freq, byday, opens_at, closes_at, valid_from, valid_to, description, notes)
           SELECT $1, x.freq::schedule_frequency, x.byday, x.opens_at::time, x.closes_at::time, x.valid_from::date, x.valid_to::date, x.description, x.notes
           FROM json_to_recordset($2::json) AS x(freq text, byday text, opens_at text, closes_at text, valid_from text, valid_to text, description text, notes text)`,
          [
            id,
            JSON.stringify(
              rows.map((r) => ({
                freq: r.freq,
                byday: r.byday,
                opens_at: r.opensAt,
                closes_at: r.closesAt,
                valid_from: r.validFrom,
                valid_to: r.validTo,
                description: r.description,
                notes: r.notes,
              })),
            ),
          ],
        );
      }
      await replaceTerms(db, id, TAXONOMY.access, hours.opensOnHolidays ? [ACCESS_OPEN_ON_HOLIDAYS] : [], [ACCESS_OPEN_ON_HOLIDAYS]);
      return [];
    }
    case 'languages':
      await db.query(`DELETE FROM language WHERE service_id = $1`, [id]);
      await db.query(
        `INSERT INTO language (service_id, code, name) SELECT $1, r.code, r.name->>'nl' FROM reference_language r WHERE r.code = ANY($2::text[])`,
        [id, value],
      );
      return [];
    case 'lifeDomains':
      await replaceTerms(db, id, TAXONOMY.lifeDomain, value as string[]);
      return [];
    case 'targetGroups':
      await replaceTerms(db, id, TAXONOMY.targetGroup, value as string[]);
      return [];
    case 'costs':
      await db.query(`DELETE FROM cost_option WHERE service_id = $1`, [id]);
      await db.query(
        `INSERT INTO cost_option (service_id, option, amount, currency)
         SELECT $1, x.option, x.amount, CASE WHEN x.amount IS NULL THEN NULL ELSE 'EUR' END FROM json_to_recordset($2::json) AS x(option text, amount numeric)`,
        [id, JSON.stringify(value)],
      );
      return [];
    case 'serviceArea':
      await db.query(`DELETE FROM service_area WHERE service_id = $1`, [id]);
      await db.query(
        `INSERT INTO service_area (service_id, scope, code, uri, name)
         SELECT $1, x.scope::area_scope, x.code,
           CASE WHEN x.scope = 'city' THEN 'urn:antwerpen:stad' ELSE 'urn:antwerpen:' || x.scope || ':' || x.code END,
           coalesce((SELECT d.name FROM district d WHERE x.scope = 'district' AND d.id = x.code), (SELECT w.name FROM wijk w WHERE x.scope = 'wijk' AND w.id = x.code),
             CASE WHEN x.scope = 'city' THEN 'Antwerpen' ELSE x.code END)
         FROM json_to_recordset($2::json) AS x(scope text, code text)`,
        [id, JSON.stringify(value)],
      );
      return [];
    case 'locations':
      return writeLocations(db, locator, service, value as LocationValue[]);
  }
}

async function replaceTerms(db: EntityManager, serviceId: string, taxonomy: string, codes: string[], only?: string[]): Promise<void> {
  await db.query(
    `DELETE FROM attribute a USING taxonomy_term t WHERE t.id = a.taxonomy_term_id AND a.service_id = $1 AND t.taxonomy = $2
       AND ($3::text[] IS NULL OR t.code = ANY($3::text[]))`,
    [serviceId, taxonomy, only ?? null],
  );
  await db.query(
    `INSERT INTO attribute (service_id, taxonomy_term_id, link_type) SELECT $1, t.id, 'service' FROM taxonomy_term t WHERE t.taxonomy = $2 AND t.code = ANY($3::text[])`,
    [serviceId, taxonomy, codes],
  );
}

/**
 * Updates the listed locations of the organisation (name, address, pin; district and wijk derived
 * from the pin), creates the new ones, and links exactly the listed ones to the service. A location
 * unlinked here stays with the organisation (other services may use it).
 */
async function writeLocations(
  db: EntityManager,
  locator: PlaceLocator,
  service: { id: string; organizationId: string },
  locations: LocationValue[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const location of locations) {
    const place = locator.locate(location.latitude, location.longitude);
    const params = [location.name, location.latitude, location.longitude, place.districtId, place.wijkId, place.status];
    let id = location.id;
    if (id) {
      await db.query(
        `UPDATE location SET name = $2, latitude = $3, longitude = $4, district_id = $5, wijk_id = $6, place_status = $7::place_status,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [id, ...params],
      );
    } else {
      const [row] = await db.query<{ id: string }[]>(
        `INSERT INTO location (organization_id, name, latitude, longitude, district_id, wijk_id, place_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7::place_status) RETURNING id`,
        [service.organizationId, ...params],
      );
      id = row.id;
    }
    ids.push(id);
    if (location.address1 && location.postalCode && location.city) {
      const [updated] = await db.query<[unknown[], number]>(
        `UPDATE address SET address_1 = $2, postal_code = $3, city = $4 WHERE id = (SELECT id FROM address WHERE location_id = $1 ORDER BY id LIMIT 1) RETURNING id`,
        [id, location.address1, location.postalCode, location.city],
      );
      if (updated.length === 0) {
        await db.query(
          `INSERT INTO address (location_id, address_1, postal_code, city, state_province, country) VALUES ($1, $2, $3, $4, 'Antwerpen', 'BE')`,
          [id, location.address1, location.postalCode, location.city],
        );
      }
    } else {
      await db.query(`DELETE FROM address WHERE location_id = $1`, [id]);
    }
  }
  await db.query(`DELETE FROM service_at_location WHERE service_id = $1 AND NOT (location_id = ANY($2::uuid[]))`, [service.id, ids]);
  await db.query(
    `INSERT INTO service_at_location (service_id, location_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT (service_id, location_id) DO NOTHING`,
    [service.id, ids],
  );
  const others = await db.query<{ serviceId: string }[]>(
    `SELECT DISTINCT service_id AS "serviceId" FROM service_at_location WHERE location_id = ANY($1::uuid[]) AND service_id <> $2`,
    [ids, service.id],
  );
  return others.map((o) => o.serviceId);
}
