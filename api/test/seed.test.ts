import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Location, Organization } from '../src/database/entities/index.js';
import { DEMO_IMPORTER, importDemoListings } from '../src/database/seeds/demo-listings.js';
import { seedReferenceData } from '../src/database/seeds/reference-seed.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** Row count and a hash of every row of every table: any changed value, timestamp or version shows. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await db.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
  );
  const result: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    const [row] = await db.dataSource.query(
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${table}" t`,
    );
    result[table] = `${row.n}:${row.hash}`;
  }
  return result;
}

describe('seeding', () => {
  it('loads the reference data and the demo data (the template database was seeded once)', async () => {
    const counts = await fingerprint();
    expect(Number(counts.district.split(':')[0])).toBe(10);
    expect(Number(counts.wijk.split(':')[0])).toBe(66);
    expect(Number(counts.organization.split(':')[0])).toBeGreaterThanOrEqual(60);
    expect(Number(counts.service.split(':')[0])).toBeGreaterThanOrEqual(200);
  });

  it('changes nothing when it runs again, but for the record of the import', async () => {
    const { metadata: _before, ...before } = await fingerprint();
    await seedReferenceData(db.dataSource, db.config.dataDir);
    const report = await importDemoListings(db.dataSource, db.locator, db.config.dataDir);
    expect(report).toMatchObject({ received: 246, created: 0, updated: 0, unchanged: 246, rejected: 0 });
    const { metadata: _after, ...after } = await fingerprint();
    expect(after).toEqual(before);
    const imports: { updated_by: string }[] = await db.dataSource.query(`SELECT updated_by FROM metadata WHERE resource_type = 'import'`);
    expect(imports.map((i) => i.updated_by)).toEqual([DEMO_IMPORTER, DEMO_IMPORTER]);
  });

  it('places every demo location in the district and wijk of its coordinates', async () => {
    const locations = await db.dataSource.getRepository(Location).find();
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) {
      const place = db.locator.locate(location.latitude, location.longitude);
      expect([location.placeStatus, location.districtId, location.wijkId]).toEqual([place.status, place.districtId, place.wijkId]);
    }
    const districts = new Set(locations.map((l) => l.districtId));
    expect(districts.size).toBe(10);
  });
});

describe('a location saved with coordinates', () => {
  const cases: [string, number, number, string, string | null, string | null][] = [
    ['Historisch Centrum', 51.2189, 4.4011, 'inside', 'antwerpen', '11002Z09'],
    ['Borgerhout Intra Muros Noord', 51.214, 4.44, 'inside', 'borgerhout', '11002S02'],
    ['Borsbeek', 51.192, 4.488, 'inside', 'borsbeek', expect.stringMatching(/^11007A0\d$/) as unknown as string],
    ['Linkeroever', 51.222, 4.38, 'inside', 'antwerpen', '11002Z11'],
    ['the Scheldt', 51.23, 4.395, 'water', null, null],
    ['Brussels', 50.8466, 4.3528, 'outside', null, null],
  ];

  it.each(cases)('in %s gets its district and wijk on save', async (_name, latitude, longitude, placeStatus, districtId, wijkId) => {
    const organization = await db.dataSource.getRepository(Organization).findOneByOrFail({});
    const saved = await db.dataSource.getRepository(Location).save({ organizationId: organization.id, name: 'test', latitude, longitude });
    const reloaded = await db.dataSource.getRepository(Location).findOneByOrFail({ id: saved.id });
    expect(reloaded).toMatchObject({ placeStatus, districtId, wijkId });
  });

  it('is placed again when it moves, and has no place without coordinates', async () => {
    const repository = db.dataSource.getRepository(Location);
    const organization = await db.dataSource.getRepository(Organization).findOneByOrFail({});
    const location = await repository.save({ organizationId: organization.id, name: 'moving', latitude: 51.2189, longitude: 4.4011 });
    await repository.save({ ...location, latitude: 50.8466, longitude: 4.3528 });
    expect(await repository.findOneByOrFail({ id: location.id })).toMatchObject({ placeStatus: 'outside', districtId: null, wijkId: null });
    await repository.save({ ...location, latitude: null, longitude: null });
    expect(await repository.findOneByOrFail({ id: location.id })).toMatchObject({ placeStatus: 'unknown', districtId: null });
  });
});
