// Writes a part's value (service-parts.ts) back as the service's rows: replaces them, in the
// transaction of the change. Raw SQL, so district and wijk of a location are derived here with
// the same locator the import and the entity subscriber use.
import type { EntityManager } from 'typeorm';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';
import type { PlaceLocator } from '../places/place-locator.js';
import {
  ACCESS_OPEN_ON_HOLIDAYS,
  type LocationValue,
  type OpeningHoursValue,
  type PartField,
  TEMPORARY_CLOSURE_NOTE,
} from './service-parts.js';

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
      // Only the owning organisation writes a location; another's (linked by an import) is only linked.
      const [owned] = await db.query<[unknown[], number]>(
        `UPDATE location SET name = $2, latitude = $3, longitude = $4, district_id = $5, wijk_id = $6, place_status = $7::place_status,
           version = version + 1, updated_at = now() WHERE id = $1 AND organization_id = $8 RETURNING id`,
        [id, ...params, service.organizationId],
      );
      if (owned.length === 0) {
        ids.push(id);
        continue;
      }
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
