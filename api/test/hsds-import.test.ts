// HSDS import over HTTP: the official examples, idempotence, broken records, the admin token,
// bad input, and export → re-import round trips.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { zipSync, strToU8 } from 'fflate';
import request from 'supertest';
import { buildTabularPackage } from '../src/modules/hsds/hsds-export.js';
import { HsdsSchemas } from '../src/modules/hsds/hsds-schemas.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const TOKEN = 'test-import-token-0123456789';
// Each zip or NDJSON import starts a worker thread; under the TypeScript loader of the tests that
// costs seconds on a loaded machine (a build starts it in milliseconds), and some tests import many.
jest.setTimeout(180_000);
let api: TestApp;
let examples: string;

beforeAll(async () => {
  api = await startTestApp({ IMPORT_TOKEN: TOKEN });
  examples = join(api.db.config.dataDir, 'hsds', 'examples');
});
afterAll(async () => {
  await api.close();
});

const post = (body: string | Buffer, type = 'application/json', token: string | null = TOKEN) => {
  const req = request(api.url).post('/api/v1/imports/hsds').set('content-type', type);
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.send(body);
};
const example = async (file: string) => JSON.parse(await readFile(join(examples, file), 'utf8'));
const count = async (table: string) => (await api.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

async function examplePackage(): Promise<Buffer> {
  const dir = join(examples, 'csv');
  const files: Record<string, Uint8Array> = {};
  for (const name of await readdir(dir)) files[`hsds/${name}`] = strToU8(await readFile(join(dir, name), 'utf8'));
  return Buffer.from(zipSync(files));
}

describe('the official examples', () => {
  it('service_full.json imports without rejections, and a second time is unchanged', async () => {
    const service = await example('service_full.json');
    const first = await post(JSON.stringify([service])).expect(200);
    expect(first.body).toMatchObject({ received: 1, created: 1, updated: 0, unchanged: 0, rejected: 0 });
    const again = await post(JSON.stringify([service])).expect(200);
    expect(again.body).toMatchObject({ received: 1, created: 0, updated: 0, unchanged: 1, rejected: 0 });
    // Imported listings are published and reach search through the change feed (the memory engine follows it).
    const hsds = await request(api.url).get(`/hsds/services/${service.id}`).expect(200);
    expect(hsds.body).toMatchObject({ id: service.id, name: service.name, organization: { id: service.organization.id } });
    const feed = await api.db.dataSource.query('SELECT count(*)::int AS n FROM service_change WHERE service_id = $1', [service.id]);
    expect(feed[0].n).toBeGreaterThan(0);
    const [location] = await api.db.dataSource.query('SELECT place_status FROM location WHERE id = $1', [
      service.service_at_locations[0].location.id,
    ]);
    expect(location.place_status).toBe('outside');
  });

  it('the tabular package (zip) and service_list.json import without rejections', async () => {
    const zip = await post(await examplePackage(), 'application/zip').expect(200);
    expect(zip.body.rejected).toBe(0);
    expect(zip.body.received).toBeGreaterThan(0);
    const list = await post(JSON.stringify(await example('service_list.json'))).expect(200);
    expect(list.body).toMatchObject({ rejected: 0 });
    expect(list.body.received).toBeGreaterThan(0);
  });

  it('every official example file imports without rejections, the field-guidance services under the draft placeholder', async () => {
    // Every service import among the examples: the service JSON files (one, a Page, or
    // `{ "services": [...] }`), and every folder of CSV files. The other JSON files are
    // organizations, locations, taxonomies, service-at-locations, `base.json` and `tabular.json`.
    const official = JSON.parse(await readFile(join(examples, 'csv', 'datapackage.json'), 'utf8'));
    const imports: { name: string; body: Buffer | string; type: string }[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = await readdir(join(examples, dir), { withFileTypes: true });
      const csv = entries.filter((e) => e.isFile() && e.name.endsWith('.csv')).map((e) => e.name);
      if (csv.length > 0) {
        // The field-guidance folders are fragments of the official package without its
        // datapackage.json: we send them with the official one, as a provider would.
        const files: Record<string, Uint8Array> = {};
        for (const name of csv) files[name] = strToU8(await readFile(join(examples, dir, name), 'utf8'));
        if (!entries.some((e) => e.name === 'datapackage.json')) files['datapackage.json'] = strToU8(JSON.stringify(official));
        else files['datapackage.json'] = strToU8(await readFile(join(examples, dir, 'datapackage.json'), 'utf8'));
        imports.push({ name: `${dir}/*.csv`, body: Buffer.from(zipSync(files)), type: 'application/zip' });
      }
      for (const entry of entries) {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk(path);
        // HSDS names its examples by object: service.json, services.json, service_full.json, service_list.json.
        else if (/^services?(_full|_list)?\.json$/.test(entry.name)) {
          imports.push({ name: path, body: await readFile(join(examples, path), 'utf8'), type: 'application/json' });
        }
      }
    };
    await walk('');
    expect(imports.map((i) => i.name).sort()).toEqual([
      'csv/*.csv',
      'field-guidance/attributes/*.csv',
      'field-guidance/attributes/service.json',
      'field-guidance/metadata/*.csv',
      'field-guidance/metadata/service.json',
      'field-guidance/schedules/*.csv',
      'field-guidance/schedules/services.json',
      'service_full.json',
      'service_list.json',
    ]);
    const fieldGuidance = new Set<string>();
    for (const { name, body, type } of imports) {
      const first = await post(body, type).expect(200);
      expect({ name, rejected: first.body.rejected, rejections: first.body.rejections }).toEqual({ name, rejected: 0, rejections: [] });
      expect(first.body.received).toBeGreaterThan(0);
      expect(first.body.created + first.body.updated + first.body.unchanged).toBe(first.body.received);
      if (name.startsWith('field-guidance/')) {
        // They name no organization: imported, each with a warning naming the path.
        expect(first.body.warnings).toHaveLength(first.body.received);
        for (const warning of first.body.warnings) {
          expect(warning).toMatchObject({ path: '$.organization_id', message: expect.stringMatching(/organization/) });
          fieldGuidance.add(warning.id);
        }
      } else expect({ name, warnings: first.body.warnings }).toEqual({ name, warnings: [] });
      // Importing the same file again changes nothing, and warns again.
      const again = await post(body, type).expect(200);
      expect({ name, ...again.body }).toMatchObject({
        name,
        received: first.body.received,
        created: 0,
        updated: 0,
        unchanged: first.body.received,
        rejected: 0,
        warnings: first.body.warnings,
      });
    }

    // The schedules guidance describes the service of service_full.json (same id): it keeps the
    // organization it already has. The others go under the draft placeholder.
    const full = await example('service_full.json');
    const ids = [...fieldGuidance].filter((id) => id !== full.id);
    expect(fieldGuidance.has(full.id)).toBe(true);
    expect(ids).toHaveLength(3);
    const [kept] = await api.db.dataSource.query('SELECT organization_id FROM service WHERE id = $1', [full.id]);
    expect(kept.organization_id).toBe(full.organization.id);
    const placeholders = await api.db.dataSource.query(
      `SELECT DISTINCT o.id, o.name, o.publication_state FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    expect(placeholders).toEqual([{ id: expect.any(String), name: 'Onbekende organisatie (import)', publication_state: 'draft' }]);
    // Not public: neither in our API nor in the HSDS one.
    for (const id of ids) {
      await request(api.url).get(`/api/v1/services/${id}`).expect(404);
      await request(api.url).get(`/hsds/services/${id}`).expect(404);
    }
    const ours = await request(api.url).get(`/api/v1/services?organizationId=${placeholders[0].id}`).expect(200);
    expect(ours.body).toMatchObject({ items: [], total: 0 });
    const exported = (await request(api.url).get('/hsds/services?format=ndjson').expect(200)).text;
    expect(ids.filter((id) => exported.includes(id))).toEqual([]);
    await request(api.url).get(`/hsds/organizations/${placeholders[0].id}`).expect(404);
  });

  it('NDJSON works too, and an import is recorded in the metadata table', async () => {
    const service = await example('service_full.json');
    await post(`${JSON.stringify(service)}\n`, 'application/x-ndjson').expect(200);
    const response = await post(`${JSON.stringify(service)}\n`, 'application/x-ndjson').expect(200);
    expect(response.body).toMatchObject({ unchanged: 1, rejected: 0 });
    const [row] = await api.db.dataSource.query(`SELECT updated_by, replacement_value FROM metadata WHERE resource_id = $1`, [
      response.body.importId,
    ]);
    expect(row.updated_by).toBe('import-token');
    expect(JSON.parse(row.replacement_value)).toMatchObject({ unchanged: 1 });
  });
});

describe('broken records', () => {
  it('imports the good ones, reports the bad ones with path and reason, and leaves nothing of them behind', async () => {
    const good = await example('service_full.json');
    const [taken] = await api.db.dataSource.query(
      `SELECT p.id FROM phone p JOIN service s ON s.id = p.service_id JOIN organization o ON o.id = s.organization_id WHERE o.is_demo LIMIT 1`,
    );
    // Each record with an organization of its own, so only its own content decides.
    const organization = (id: string) => ({ ...good.organization, id, phones: [], contacts: [], locations: [] });
    // Fresh records: the example's nested ids are taken by the example service imported above.
    const make = (id: string, patch: Record<string, unknown>) => ({
      id,
      name: `Aanbod ${id.slice(0, 4)}`,
      status: 'active',
      organization: organization(`aaaaaaaa${id.slice(8)}`),
      ...patch,
    });
    const records = [
      make('11111111-1111-4111-8111-111111111111', { name: 'Goed aanbod' }),
      make('22222222-2222-4222-8222-222222222222', { status: 'sometimes' }),
      make('33333333-3333-4333-8333-333333333333', { minimum_age: 'twelve' }),
      // Valid against the schema, but a stored phone id that belongs to another record: fails mid-write.
      make('44444444-4444-4444-8444-444444444444', {
        schedules: [
          { id: '55555555-5555-4555-8555-555555555555', opens_at: '09:00:00', closes_at: '12:00:00', freq: 'WEEKLY', byday: 'MO' },
        ],
        phones: [{ id: taken.id, number: '03 123 45 67' }],
      }),
    ];
    const response = await post(JSON.stringify(records)).expect(200);
    expect(response.body).toMatchObject({ received: 4, created: 1, rejected: 3 });
    const byId = Object.fromEntries(response.body.rejections.map((r: { id: string }) => [r.id, r]));
    expect(byId['22222222-2222-4222-8222-222222222222']).toMatchObject({ record: 2, path: '$.status' });
    expect(byId['33333333-3333-4333-8333-333333333333']).toMatchObject({ record: 3, path: '$.minimum_age' });
    expect(byId['44444444-4444-4444-8444-444444444444']).toMatchObject({ record: 4, reason: expect.stringMatching(/already used/) });
    for (const id of ['22222222-2222-4222-8222-222222222222', '44444444-4444-4444-8444-444444444444']) {
      expect(await api.db.dataSource.query('SELECT id FROM service WHERE id = $1', [id])).toHaveLength(0);
    }
    expect(await api.db.dataSource.query(`SELECT id FROM schedule WHERE id = '55555555-5555-4555-8555-555555555555'`)).toHaveLength(0);
    expect(await api.db.dataSource.query(`SELECT id FROM organization WHERE id = 'aaaaaaaa-4444-4444-8444-444444444444'`)).toHaveLength(0);
    const lines = await post('{"id": 1}\nnot json\n', 'application/x-ndjson').expect(200);
    expect(lines.body.rejections).toEqual([
      expect.objectContaining({ record: 1, path: '$' }),
      expect.objectContaining({ record: 2, path: 'line 2', reason: 'is not valid JSON' }),
    ]);
  });
});

describe('access and bad input', () => {
  it('needs the token: 401 without or with a wrong one, 403 when the server has none', async () => {
    const without = await post('[]', 'application/json', null).expect(401);
    expect(without.headers['content-type']).toMatch(/problem\+json/);
    await post('[]', 'application/json', 'wrong-token-wrong-token').expect(401);
    const closed = await startTestApp();
    try {
      const response = await request(closed.url)
        .post('/api/v1/imports/hsds')
        .set('content-type', 'application/json')
        .send('[]')
        .expect(403);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    } finally {
      await closed.close();
    }
  });

  it('answers malformed JSON, a wrong content type, a bad zip and a too large body with 4xx problem+json', async () => {
    for (const [body, type, status] of [
      ['[{', 'application/json', 400],
      ['hello', 'text/plain', 415],
      ['not a zip', 'application/zip', 400],
      ['"just a string"', 'application/json', 400],
      [Buffer.alloc(2 * 1024 * 1024, 32), 'application/json', 413],
    ] as const) {
      const response = await post(body, type);
      expect({ type, status: response.status }).toEqual({ type, status });
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});

describe('round trip', () => {
  it('export → re-import gives the same records, as JSON and as the tabular package', async () => {
    const exported = (await request(api.url).get('/hsds/services?format=ndjson').expect(200)).text;
    const before = await Promise.all(
      ['service', 'organization', 'location', 'phone', 'schedule', 'attribute', 'service_area', 'language'].map(count),
    );
    const again = await post(exported, 'application/x-ndjson').expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    expect(again.body.unchanged).toBe(exported.trim().split('\n').length);
    const after = await Promise.all(
      ['service', 'organization', 'location', 'phone', 'schedule', 'attribute', 'service_area', 'language'].map(count),
    );
    expect(after).toEqual(before);
    const reexported = (await request(api.url).get('/hsds/services?format=ndjson').expect(200)).text;
    expect(reexported).toBe(exported);

    // The tabular package of the same services validates against compiled/tabular.json and re-imports unchanged.
    const services = exported
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const { files, tables } = await buildTabularPackage(services, api.db.config.dataDir);
    expect((await HsdsSchemas.load(api.db.config.dataDir)).validate('tabular', tables)).toEqual([]);
    const zip = Buffer.from(zipSync(Object.fromEntries([...files].map(([name, text]) => [name, strToU8(text)]))));
    const tabular = await post(zip, 'application/zip').expect(200);
    expect(tabular.body).toMatchObject({ received: services.length, unchanged: services.length, rejected: 0 });
    expect(
      await Promise.all(['service', 'organization', 'location', 'phone', 'schedule', 'attribute', 'service_area', 'language'].map(count)),
    ).toEqual(before);
  });
});

describe("our profile's publication_state and is_demo", () => {
  it('gives a new service its state, keeps the stored state on update, and rejects an unknown state at its path', async () => {
    const good = await example('service_full.json');
    const organization = {
      ...good.organization,
      id: 'bbbbbbbb-0000-4000-8000-000000000001',
      phones: [],
      contacts: [],
      locations: [],
      is_demo: true,
    };
    const record = { id: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'Conceptaanbod', status: 'active', organization };
    const stored = async () =>
      (
        await api.db.dataSource.query(
          'SELECT s.publication_state, o.is_demo FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = $1',
          [record.id],
        )
      )[0];
    expect((await post(JSON.stringify([{ ...record, publication_state: 'draft' }])).expect(200)).body).toMatchObject({
      created: 1,
      rejected: 0,
    });
    expect(await stored()).toEqual({ publication_state: 'draft', is_demo: true });
    const update = await post(JSON.stringify([{ ...record, name: 'Ander aanbod', publication_state: 'published' }])).expect(200);
    expect(update.body).toMatchObject({ updated: 1, rejected: 0 });
    expect(await stored()).toEqual({ publication_state: 'draft', is_demo: true });
    const bad = await post(JSON.stringify([{ ...record, id: 'bbbbbbbb-0000-4000-8000-000000000003', publication_state: 'hidden' }])).expect(
      200,
    );
    expect(bad.body.rejections).toEqual([
      expect.objectContaining({ record: 1, path: '$.publication_state', reason: expect.stringMatching(/draft/) }),
    ]);
  });
});
