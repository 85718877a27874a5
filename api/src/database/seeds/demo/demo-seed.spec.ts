// Runs against a copy of the test template, which the global setup seeded with the demo data. The
// seed reads the wijken from the database; this checks that it wrote exactly the rows built from
// `shared/`. (That seeding again changes nothing is checked for every table in test/seed.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { readWijken } from '../reference-files.js';
import { buildDemoData, type DemoData } from './demo-data.js';

const TABLES: Record<keyof DemoData, string> = {
  organizations: 'organization',
  locations: 'location',
  addresses: 'address',
  services: 'service',
  serviceAtLocations: 'service_at_location',
  phones: 'phone',
  schedules: 'schedule',
  languages: 'language',
  attributes: 'attribute',
  costOptions: 'cost_option',
  requiredDocuments: 'required_document',
  serviceAreas: 'service_area',
  contacts: 'contact',
};

let db: TestDatabase;
let expected: DemoData;

beforeAll(async () => {
  db = await createTestDatabase();
  expected = buildDemoData(await readWijken(db.config.dataDir));
});

afterAll(async () => {
  await db?.close();
});

describe('seedDemoData', () => {
  it('has written exactly the demo rows, table by table', async () => {
    for (const [key, table] of Object.entries(TABLES) as [keyof DemoData, string][]) {
      const rows: { id: string }[] = await db.dataSource.query(`SELECT id FROM "${table}" ORDER BY id`);
      expect({ table, ids: rows.map((row) => row.id) }).toEqual({ table, ids: expected[key].map((row) => row.id).sort() });
    }
  });

  it('stores the coordinates built from the files, and derives the intended district and wijk from them', async () => {
    const stored: { id: string; latitude: number; longitude: number; district_id: string; wijk_id: string; place_status: string }[] =
      await db.dataSource.query('SELECT id, latitude, longitude, district_id, wijk_id, place_status FROM location');
    const byId = new Map(stored.map((row) => [row.id, row]));
    for (const location of expected.locations) {
      expect(byId.get(location.id)).toEqual({
        id: location.id,
        latitude: location.latitude,
        longitude: location.longitude,
        district_id: location.districtId,
        wijk_id: location.wijkId,
        place_status: 'inside',
      });
    }
  });
});
