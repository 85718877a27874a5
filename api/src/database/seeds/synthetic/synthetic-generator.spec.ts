import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { TAXONOMY } from '../reference-seed.js';
import { VERIFIED_BY } from './listing-factory.js';
import { generateSyntheticServices, type SyntheticResult } from './synthetic-generator.js';

const SERVICES = 500;
const SEED = 7;

interface Counts {
  organizations: number;
  services: number;
  locations: number;
  addresses: number;
}

async function counts(db: TestDatabase): Promise<Counts> {
  const [row] = await db.dataSource.query(`
    SELECT (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(*) FROM service)::int AS services,
           (SELECT count(*) FROM location)::int AS locations, (SELECT count(*) FROM address)::int AS addresses`);
  return row as Counts;
}

/** Services the generator wrote (the template may also hold demo listings). */
const syntheticServices = (db: TestDatabase): Promise<{ id: string; name: string; description: string }[]> =>
  db.dataSource.query('SELECT id, name, description FROM service WHERE last_verified_by = $1 ORDER BY id', [VERIFIED_BY]);

describe('generateSyntheticServices', () => {
  let db: TestDatabase;
  let before: Counts;
  let result: SyntheticResult;
  const progress: number[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    before = await counts(db);
    result = await generateSyntheticServices(db.dataSource, {
      services: SERVICES,
      seed: SEED,
      locator: db.locator,
      dataDir: db.config.dataDir,
      onProgress: (done) => progress.push(done),
    });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('writes the number of services asked for, about four per organisation, each location with an address', async () => {
    const after = await counts(db);
    expect(result.services).toBe(SERVICES);
    expect(after.services - before.services).toBe(SERVICES);
    expect(after.organizations - before.organizations).toBe(result.organizations);
    expect(after.locations - before.locations).toBe(result.locations);
    expect(after.addresses - before.addresses).toBe(result.locations);
    expect(result.organizations).toBeGreaterThan(SERVICES / 6);
    expect(result.organizations).toBeLessThan(SERVICES / 3);
    expect(result.locations).toBeGreaterThan(result.organizations);
    expect(result.locations).toBeLessThan(result.organizations * 1.5);
  });

  it('gives every service a life domain, Dutch, a schedule and a location of its own organisation', async () => {
    const problems = await db.dataSource.query(
      `SELECT s.id,
              EXISTS (SELECT 1 FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                       WHERE a.service_id = s.id AND t.taxonomy = $2) AS has_domain,
              EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id AND l.code = 'nl') AS has_dutch,
              EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id) AS has_schedule,
              EXISTS (SELECT 1 FROM service_at_location sal JOIN location lo ON lo.id = sal.location_id
                       WHERE sal.service_id = s.id AND lo.organization_id = s.organization_id) AS has_location
         FROM service s
        WHERE s.last_verified_by = $1`,
      [VERIFIED_BY, TAXONOMY.lifeDomain],
    );
    expect(problems).toHaveLength(SERVICES);
    expect(problems.filter((s: Record<string, boolean>) => !(s.has_domain && s.has_dutch && s.has_schedule && s.has_location))).toEqual([]);
  });

  it('keeps the counts of languages, domains and target groups in the promised ranges', async () => {
    const [ranges] = await db.dataSource.query(
      `WITH per_service AS (
         SELECT s.id,
                (SELECT count(*) FROM language l WHERE l.service_id = s.id) AS languages,
                (SELECT count(*) FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                  WHERE a.service_id = s.id AND t.taxonomy = $2) AS domains,
                (SELECT count(*) FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                  WHERE a.service_id = s.id AND t.taxonomy = $3) AS groups,
                (SELECT count(*) FROM schedule sc WHERE sc.service_id = s.id) AS schedules
           FROM service s WHERE s.last_verified_by = $1)
       SELECT min(languages)::int AS min_languages, max(languages)::int AS max_languages,
              min(domains)::int AS min_domains, max(domains)::int AS max_domains,
              min(groups)::int AS min_groups, max(groups)::int AS max_groups,
              min(schedules)::int AS min_schedules, max(schedules)::int AS max_schedules
         FROM per_service`,
      [VERIFIED_BY, TAXONOMY.lifeDomain, TAXONOMY.targetGroup],
    );
    expect(ranges).toEqual({
      min_languages: 1,
      max_languages: 4,
      min_domains: 1,
      max_domains: 2,
      min_groups: 1,
      max_groups: 3,
      min_schedules: 1,
      max_schedules: 3,
    });
  });

  it('places every location inside the city, with the district and wijk the locator gives it', async () => {
    const locations: { latitude: number; longitude: number; district_id: string; wijk_id: string; place_status: string }[] =
      await db.dataSource.query(
        `SELECT l.latitude, l.longitude, l.district_id, l.wijk_id, l.place_status
           FROM location l JOIN organization o ON o.id = l.organization_id WHERE o.last_verified_by = $1`,
        [VERIFIED_BY],
      );
    expect(locations).toHaveLength(result.locations);
    const mismatches = locations.filter((l) => {
      const place = db.locator.locate(l.latitude, l.longitude);
      return place.status !== 'inside' || l.place_status !== 'inside' || place.districtId !== l.district_id || place.wijkId !== l.wijk_id;
    });
    expect(mismatches).toEqual([]);
    // Weighted to the inner city: the district Antwerpen holds more locations than any other.
    const perDistrict = new Map<string, number>();
    for (const l of locations) perDistrict.set(l.district_id, (perDistrict.get(l.district_id) ?? 0) + 1);
    expect(Math.max(...perDistrict.values())).toBe(perDistrict.get('antwerpen'));
  });

  it('writes service areas and costs as the exchange conventions define them', async () => {
    const badAreas = await db.dataSource.query(
      `SELECT sa.* FROM service_area sa JOIN service s ON s.id = sa.service_id
        WHERE s.last_verified_by = $1 AND NOT (
              (sa.scope = 'city' AND sa.code IS NULL AND sa.uri = 'urn:antwerpen:stad')
           OR (sa.scope = 'district' AND sa.uri = 'urn:antwerpen:district:' || sa.code AND EXISTS (SELECT 1 FROM district d WHERE d.id = sa.code))
           OR (sa.scope = 'wijk' AND sa.uri = 'urn:antwerpen:wijk:' || sa.code AND EXISTS (SELECT 1 FROM wijk w WHERE w.id = sa.code)))`,
      [VERIFIED_BY],
    );
    expect(badAreas).toEqual([]);
    const [costs] = await db.dataSource.query(
      `SELECT count(*) FILTER (WHERE n > 0 AND paid = 0)::int AS free, count(*) FILTER (WHERE paid > 0)::int AS paid,
              count(*) FILTER (WHERE n = 0)::int AS unknown
         FROM (SELECT s.id, count(c.id) AS n, count(c.id) FILTER (WHERE c.amount > 0) AS paid
                 FROM service s LEFT JOIN cost_option c ON c.service_id = s.id
                WHERE s.last_verified_by = $1 GROUP BY s.id) per_service`,
      [VERIFIED_BY],
    );
    expect(costs.free).toBeGreaterThan(0);
    expect(costs.paid).toBeGreaterThan(0);
    expect(costs.unknown).toBeGreaterThan(0);
  });

  it('reports progress up to the total', () => {
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(SERVICES);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('generates the same services from the same seed, whatever the batch size', async () => {
    const other = await createTestDatabase();
    try {
      const batches: number[] = [];
      await generateSyntheticServices(other.dataSource, {
        services: SERVICES,
        seed: SEED,
        batchSize: 60,
        locator: other.locator,
        dataDir: other.config.dataDir,
        onProgress: (done) => batches.push(done),
      });
      expect(batches.length).toBeGreaterThan(5);
      expect(batches.at(-1)).toBe(SERVICES);
      expect(await syntheticServices(other)).toEqual(await syntheticServices(db));
    } finally {
      await other.close();
    }
  });
});
