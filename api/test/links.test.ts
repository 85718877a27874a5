// Links somebody will open (a service's url, an organisation's website, a location's url, a
// schedule's link) are http(s) only, from every write path: a `javascript:` URL imported once was
// served by /api/v1, the offline snapshot and the CORS-open /hsds.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

const TOKEN = 'test-import-token-0123456789';
let api: TestApp;
beforeAll(async () => {
  api = await startTestApp({ IMPORT_TOKEN: TOKEN });
});
afterAll(async () => {
  await api.close();
});

const importJson = (records: object[]) =>
  request(api.url).post('/api/v1/imports/hsds').set('authorization', `Bearer ${TOKEN}`).send(records).expect(200);

const service = (n: number, patch: Record<string, unknown>) => ({
  id: `0000000${n}-1111-4111-8111-111111111111`,
  name: `Aanbod met link ${n}`,
  status: 'active',
  organization: { id: `0000000${n}-2222-4222-8222-222222222222`, name: `Organisatie ${n}`, description: 'Een organisatie.' },
  ...patch,
});

describe('links in an HSDS import', () => {
  it('a javascript:, data: or other non-web URL rejects the record, naming the field', async () => {
    const records = [
      service(1, { url: 'javascript:alert(document.cookie)' }),
      service(2, { url: 'https://example.org/ok', organization: { ...service(2, {}).organization, website: 'JaVaScRiPt:alert(1)' } }),
      service(3, { url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }),
      service(4, {
        schedules: [{ id: '00000004-3333-4333-8333-333333333333', freq: 'WEEKLY', byday: 'MO', schedule_link: 'javascript:x' }],
      }),
      service(5, { url: 'https://example.org/aanbod', organization: { ...service(5, {}).organization, website: 'http://example.org' } }),
    ];
    const report = (await importJson(records)).body;
    expect(report).toMatchObject({ received: 5, created: 1, rejected: 4 });
    expect(report.rejections.map((r: { record: number; path: string; reason: string }) => [r.record, r.path, r.reason])).toEqual([
      [1, '$.url', 'must be an http(s) URL'],
      [2, '$.organization.website', 'must be an http(s) URL'],
      [3, '$.url', 'must be an http(s) URL'],
      [4, '$.schedules[0].schedule_link', 'must be an http(s) URL'],
    ]);
    const stored = await api.db.dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM service WHERE url !~* '^https?://')::int
            + (SELECT count(*) FROM organization WHERE website !~* '^https?://')::int AS n`,
    );
    expect(stored[0].n).toBe(0);
  });

  it('nothing the API, the snapshot or /hsds serves holds a javascript: link', async () => {
    const id = service(5, {}).id;
    const bodies = await Promise.all(
      [`/api/v1/services/${id}`, `/hsds/services/${id}`, '/api/v1/snapshot'].map(
        async (path) => (await request(api.url).get(path).expect(200)).text,
      ),
    );
    for (const body of bodies) expect(body.toLowerCase()).not.toContain('javascript:');
  });
});
