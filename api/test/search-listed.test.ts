// What search holds (issue #12, item 4): only listings that are published and whose HSDS status
// is `active`. A service imported or edited to inactive, defunct or temporarily closed leaves
// search, the snapshot and the change feed (as a deletion) at once, and comes back when it is
// active again. And the document builder orders a service's terms the same way whatever order
// PostgreSQL returns its attribute rows in.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { SearchDocumentBuilder } from '../src/search/search-document.builder.js';
import { createUser, login, type TestSession, write } from './support/auth.js';
import { drainOutbox, expectStatus, feedChangeOf, feedCursor, versionOf } from './support/editing.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const TOKEN = 'test-import-token-0123456789';
// An import starts a worker thread; under the tests' TypeScript loader that takes seconds on a loaded machine.
jest.setTimeout(180_000);

interface DemoService {
  id: string;
  name: string;
  status: string;
}

let api: TestApp;
let moderator: TestSession;
let demo: DemoService[];

beforeAll(async () => {
  api = await startTestApp({ IMPORT_TOKEN: TOKEN });
  await createUser(api, { email: 'moderator@example.org', role: 'moderator' });
  moderator = await login(api, 'moderator@example.org');
  demo = JSON.parse(await readFile(join(api.db.config.dataDir, 'demo', 'antwerpen-demo.hsds.json'), 'utf8')) as DemoService[];
}, 180_000);

afterAll(async () => {
  await api.close();
});

/** Ids of every search hit for `q` (all pages). */
async function searchIds(query: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await request(api.url).get(`/api/v1/search?${query}&pageSize=100&page=${page}`).expect(200)).body;
    ids.push(...(body.hits as { id: string }[]).map((h) => h.id));
    if (page >= body.totalPages) return ids;
  }
}

async function snapshotIds(): Promise<string[]> {
  const body = (await request(api.url).get('/api/v1/snapshot').expect(200)).body as { services: { id: string }[] };
  return body.services.map((s) => s.id);
}

async function importService(service: DemoService): Promise<void> {
  const response = await request(api.url)
    .post('/api/v1/imports/hsds')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${TOKEN}`)
    .send(JSON.stringify([service]));
  expectStatus(response, 200);
  expect(response.body).toMatchObject({ received: 1, rejected: 0 });
}

/** Where the service is: in search (by name and without text), in the snapshot, and what the feed says since `since`. */
async function presence(service: DemoService, since: string) {
  await drainOutbox(api);
  const change = await feedChangeOf(api, since, service.id);
  return {
    byName: (await searchIds(`q=${encodeURIComponent(service.name)}`)).includes(service.id),
    withoutText: (await searchIds('sort=name')).includes(service.id),
    inSnapshot: (await snapshotIds()).includes(service.id),
    feed: change.service ? 'upsert' : 'deletion',
  };
}

const LISTED = { byName: true, withoutText: true, inSnapshot: true, feed: 'upsert' };
const GONE = { byName: false, withoutText: false, inSnapshot: false, feed: 'deletion' };

describe('only active services are listed', () => {
  it('an import to inactive or defunct takes the service out of search, snapshot and feed; back to active brings it back', async () => {
    const service = demo.find((s) => s.status === 'active' && s.name.length > 12)!;
    expect((await searchIds(`q=${encodeURIComponent(service.name)}`)).includes(service.id)).toBe(true);

    for (const status of ['inactive', 'defunct']) {
      const since = await feedCursor(api);
      await importService({ ...service, status });
      expect({ status, ...(await presence(service, since)) }).toEqual({ status, ...GONE });
    }
    const since = await feedCursor(api);
    await importService(service);
    expect(await presence(service, since)).toEqual(LISTED);
  });

  it('a portal edit to inactive takes it out at once, and back to active brings it back', async () => {
    const service = demo.filter((s) => s.status === 'active' && s.name.length > 12)[1];
    const patch = async (status: string) =>
      expectStatus(
        await write(api, 'patch', `/api/v1/services/${service.id}`, moderator).send({
          version: await versionOf(api, service.id),
          changes: { status },
        }),
        200,
      );
    let since = await feedCursor(api);
    await patch('inactive');
    expect(await presence(service, since)).toEqual(GONE);
    since = await feedCursor(api);
    await patch('active');
    expect(await presence(service, since)).toEqual(LISTED);
  });

  it('the demo data’s temporarily closed services are not listed; the active ones all are', async () => {
    const closed = demo.filter((s) => s.status !== 'active').map((s) => s.id);
    expect(closed.length).toBeGreaterThan(0);
    const listed = await searchIds('sort=name');
    expect(closed.filter((id) => listed.includes(id))).toEqual([]);
    expect((await snapshotIds()).filter((id) => closed.includes(id))).toEqual([]);
  });
});

describe('the document builder', () => {
  it('orders a service’s terms the same whatever order its attribute rows come in', async () => {
    const [service] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT a.service_id AS id FROM attribute a JOIN service s ON s.id = a.service_id WHERE s.status = 'active'
       GROUP BY a.service_id HAVING count(*) >= 3 ORDER BY a.service_id LIMIT 1`,
    );
    const builder = new SearchDocumentBuilder(api.db.dataSource);
    const termsNow = async () => (await builder.build([service.id])).documents[0].terms;
    const before = await termsNow();
    // Rewrite the rows in the reverse order: a heap scan then returns them reversed.
    await api.db.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Record<string, unknown>[]>('SELECT * FROM attribute WHERE service_id = $1 ORDER BY ctid', [
        service.id,
      ]);
      await manager.query('DELETE FROM attribute WHERE service_id = $1', [service.id]);
      for (const row of rows.reverse()) {
        const columns = Object.keys(row);
        await manager.query(
          `INSERT INTO attribute (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
          columns.map((c) => row[c]),
        );
      }
    });
    expect(await termsNow()).toBe(before);
  });
});
