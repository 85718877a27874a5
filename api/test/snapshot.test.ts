// The offline snapshot and its change feed over HTTP (docs/offline.md): what a phone downloads,
// how it revalidates, and that every change reaches it exactly once, in any commit order.
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { Organization, Service } from '../src/database/entities/index.js';
import { enqueueSearchUpdate } from '../src/search/outbox/search-outbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The bytes as sent: supertest would decompress them. */
function rawGet(path: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    httpGet(`${api.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** A write as every write path makes it: the change and its feed and outbox rows in one transaction. */
async function write(serviceIds: string[], change: (manager: EntityManager) => Promise<unknown>) {
  await api.db.dataSource.transaction(async (manager) => {
    await change(manager);
    await enqueueSearchUpdate(manager, serviceIds, []);
  });
}

const rename = (id: string, name: string) => write([id], (m) => m.update(Service, { id }, { name }));

async function publishedIds(): Promise<string[]> {
  const rows = await api.db.dataSource.query<{ id: string }[]>(
    `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
     WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active' ORDER BY s.id`,
  );
  return rows.map((r) => r.id);
}

interface Change {
  id: string;
  service?: { id: string; name: string };
}

async function changesSince(since: string, limit = 500): Promise<{ cursor: string; hasMore: boolean; changes: Change[] }> {
  return (await request(api.url).get(`/api/v1/snapshot/changes?since=${since}&limit=${limit}`).expect(200)).body;
}

/** Every page after `since`, until the feed says there is no more. */
async function drain(since: string, limit = 500): Promise<{ cursor: string; changes: Change[]; pages: boolean[] }> {
  const changes: Change[] = [];
  const pages: boolean[] = [];
  let cursor = since;
  for (;;) {
    const page = await changesSince(cursor, limit);
    changes.push(...page.changes);
    pages.push(page.hasMore);
    cursor = page.cursor;
    if (!page.hasMore) return { cursor, changes, pages };
  }
}

/**
 * Drains until the changes include every id. A transaction of another test file in the same
 * PostgreSQL holds the feed's horizon back until it ends: that is the guarantee, not a failure.
 */
async function drainUntil(since: string, ids: string[], limit = 500): Promise<{ cursor: string; changes: Change[]; pages: boolean[] }> {
  const all = { cursor: since, changes: [] as Change[], pages: [] as boolean[] };
  for (let attempt = 0; attempt < 50; attempt++) {
    const next = await drain(all.cursor, limit);
    all.cursor = next.cursor;
    all.changes.push(...next.changes);
    all.pages.push(...next.pages);
    if (ids.every((id) => all.changes.some((c) => c.id === id))) return all;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the feed did not show ${ids.join(', ')} within 10 s`);
}

const latestCursor = async () => (await drain((await request(api.url).get('/api/v1/snapshot').expect(200)).body.cursor)).cursor;

describe('GET /api/v1/snapshot', () => {
  it('holds every public service once, and the holidays', async () => {
    const response = await request(api.url)
      .get('/api/v1/snapshot')
      .expect(200)
      .expect('content-type', /application\/json/);
    const snapshot = response.body;
    const ids = await publishedIds();
    expect(snapshot).toMatchObject({ version: 1, count: ids.length, cursor: expect.stringMatching(/^\d+\.\d+$/) });
    expect(new Date(snapshot.generatedAt).getTime()).not.toBeNaN();
    expect(snapshot.services.map((s: { id: string }) => s.id).sort()).toEqual(ids);
    const [{ n: holidays }] = await api.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM holiday');
    expect(snapshot.holidays).toHaveLength(holidays);
    expect(snapshot.holidays).toContainEqual({ date: '2026-07-11', kind: 'public-sector' });
    expect(snapshot.holidays).toContainEqual({ date: '2026-12-25', kind: 'legal' });
  });

  it('carries a demo service with its locations, hours, phones and languages, and no nulls but isFree', async () => {
    const { services } = (await request(api.url).get('/api/v1/snapshot').expect(200)).body;
    const record = services.find(
      (s: { phones: unknown[]; locations: unknown[]; schedules: unknown[] }) =>
        s.phones.length > 0 && s.locations.length > 0 && s.schedules.length > 0,
    );
    expect(record).toBeDefined();
    expect(record.isDemo).toBe(true);
    const [truth] = await api.db.dataSource.query(
      `SELECT ARRAY(SELECT p.number FROM phone p WHERE p.service_id = s.id ORDER BY p.id) AS phones,
              ARRAY(SELECT l.code FROM language l WHERE l.service_id = s.id ORDER BY l.code) AS languages,
              ARRAY(SELECT sal.location_id::text FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                    WHERE sal.service_id = s.id AND l.latitude IS NOT NULL ORDER BY sal.location_id) AS locations,
              (SELECT count(*)::int FROM schedule sc WHERE sc.service_id = s.id) AS schedules, s.description
       FROM service s WHERE s.id = $1`,
      [record.id],
    );
    expect(record.phones.map((p: { number: string }) => p.number)).toEqual(truth.phones);
    expect(record.languages).toEqual(truth.languages);
    expect(record.locations.map((l: { id: string }) => l.id)).toEqual(truth.locations);
    expect(record.locations[0]).toEqual(expect.objectContaining({ latitude: expect.any(Number), longitude: expect.any(Number) }));
    expect(record.locations[0].address).toMatch(/, \d{4} /);
    expect(record.schedules).toHaveLength(truth.schedules);
    expect(record.schedules[0]).toEqual(expect.objectContaining({ opensAt: expect.stringMatching(/^\d\d:\d\d:\d\d$/) }));
    expect(record.description).toBe(truth.description);
    expect(record.lifeDomains.length).toBeGreaterThan(0);

    const nulls: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === null && !path.endsWith('.isFree')) nulls.push(path);
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(services, 'services');
    expect(nulls).toEqual([]);
  });

  it('answers If-None-Match with 304 and a strong ETag; revalidation is required', async () => {
    const first = await request(api.url).get('/api/v1/snapshot').set('Accept-Encoding', 'identity').expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    const again = await request(api.url).get('/api/v1/snapshot').set('Accept-Encoding', 'identity').set('If-None-Match', etag).expect(304);
    expect(again.headers.etag).toBe(etag);
    expect(again.text ?? '').toBe('');
    await request(api.url).get('/api/v1/snapshot').set('If-None-Match', '"something-else"').expect(200);
  });

  it('sends gzip or brotli when asked, each decompressing to the same JSON, with its own tag', async () => {
    const plain = await rawGet('/api/v1/snapshot', { 'Accept-Encoding': 'identity' });
    const gzipped = await rawGet('/api/v1/snapshot', { 'Accept-Encoding': 'gzip, deflate' });
    const brotli = await rawGet('/api/v1/snapshot', { 'Accept-Encoding': 'gzip;q=0.8, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(new Set([plain.headers.etag, gzipped.headers.etag, brotli.headers.etag]).size).toBe(3);
    // A phone that switched encodings still holds the same data.
    const switched = await rawGet('/api/v1/snapshot', { 'Accept-Encoding': 'br', 'If-None-Match': String(gzipped.headers.etag) });
    expect(switched.status).toBe(304);
  });

  it('gets a new ETag and the new data after a write', async () => {
    const before = await request(api.url).get('/api/v1/snapshot').expect(200);
    const [id] = await publishedIds();
    await rename(id, 'Hernoemd voor de snapshot');
    const after = await request(api.url).get('/api/v1/snapshot').set('If-None-Match', before.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.services.find((s: { id: string }) => s.id === id).name).toBe('Hernoemd voor de snapshot');
  });

  it('gets a new ETag when data is loaded around the feed', async () => {
    const before = await request(api.url).get('/api/v1/snapshot').expect(200);
    const [, id] = await publishedIds();
    // Bulk loads write SQL directly: no feed row, only the data itself changes.
    await api.db.dataSource.query(`UPDATE service SET name = 'Bulk geladen', updated_at = now() WHERE id = $1`, [id]);
    const after = await request(api.url).get('/api/v1/snapshot').set('If-None-Match', before.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.cursor).toBe(before.body.cursor);
  });
});

describe('GET /api/v1/snapshot/changes', () => {
  it('shows an updated service after the old cursor, with its new record, then nothing more', async () => {
    const cursor = await latestCursor();
    const [, , id] = await publishedIds();
    // No engines: the feed row is written all the same.
    await write([id], (m) => m.update(Service, { id }, { name: 'Nieuwe naam in de feed' }));
    const { changes, cursor: next } = await drainUntil(cursor, [id]);
    expect(changes.filter((c) => c.id === id)).toEqual([{ id, service: expect.objectContaining({ id, name: 'Nieuwe naam in de feed' }) }]);
    expect(next).not.toBe(cursor);
    expect(await changesSince(next)).toEqual({ cursor: next, hasMore: false, changes: [] });
  });

  it('shows archived services and those of an unpublished organisation as deletions', async () => {
    const cursor = await latestCursor();
    const [, , , archived] = await publishedIds();
    await write([archived], (m) => m.update(Service, { id: archived }, { publicationState: 'archived' }));
    const [org] = await api.db.dataSource.query<{ id: string; services: string[] }[]>(
      `SELECT o.id, array_agg(s.id::text) AS services FROM organization o JOIN service s ON s.organization_id = o.id
       WHERE o.publication_state = 'published' AND s.status = 'active' AND s.id <> $1 GROUP BY o.id HAVING count(*) >= 2 ORDER BY o.id LIMIT 1`,
      [archived],
    );
    await write(org.services, (m) => m.update(Organization, { id: org.id }, { publicationState: 'draft' }));
    const { changes } = await drainUntil(cursor, [archived, ...org.services]);
    for (const id of [archived, ...org.services]) expect(changes.filter((c) => c.id === id)).toEqual([{ id }]);
    await request(api.url).get(`/api/v1/snapshot/services/${archived}`).expect(404);
    const snapshot = (await request(api.url).get('/api/v1/snapshot').expect(200)).body;
    expect(snapshot.services.some((s: { id: string }) => [archived, ...org.services].includes(s.id))).toBe(false);
  });

  it('pages with limit: every changed service exactly once, hasMore until the last page', async () => {
    const cursor = await latestCursor();
    const ids = (await publishedIds()).slice(10, 17);
    for (const [i, id] of ids.entries()) await rename(id, `Gepagineerd ${i}`);
    // Changed twice: still one entry, with the newest record.
    await rename(ids[0], 'Gepagineerd opnieuw');
    await rename(ids[3], 'Gepagineerd nog eens');
    const { changes, pages } = await drainUntil(cursor, ids, 3);
    expect(changes.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(pages.slice(0, 2)).toEqual([true, true]);
    expect(pages.at(-1)).toBe(false);
    expect(changes.find((c) => c.id === ids[0])?.service?.name).toBe('Gepagineerd opnieuw');
    // The most recently changed come last.
    expect(changes.at(-1)?.id).toBe(ids[3]);
  });

  it('holds back a change committed after a slower transaction that started writing first', async () => {
    const cursor = await latestCursor();
    const [slow, fast] = (await publishedIds()).slice(20, 22);
    const runner = api.db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.manager.update(Service, { id: slow }, { name: 'Trage schrijver' });
      await enqueueSearchUpdate(runner.manager, [slow], []);
      await rename(fast, 'Snelle schrijver');
      // The fast write is committed, but a reader that took it would move past the slow one's row.
      expect(await changesSince(cursor)).toEqual({ cursor, hasMore: false, changes: [] });
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    const { changes } = await drainUntil(cursor, [slow, fast]);
    expect(changes.map((c) => c.service?.name).sort()).toEqual(['Snelle schrijver', 'Trage schrijver']);
  });

  it('refuses a malformed or missing cursor and a bad limit, naming the parameter', async () => {
    for (const query of ['since=abc', 'since=12', 'since=-1.0', '']) {
      const response = await request(api.url).get(`/api/v1/snapshot/changes?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual([expect.objectContaining({ name: 'since', in: 'query' })]);
    }
    for (const limit of ['0', '1001', 'x']) {
      const response = await request(api.url).get(`/api/v1/snapshot/changes?since=0.0&limit=${limit}`).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ name: 'limit' })]);
    }
  });

  it('answers a cursor this feed never issued 410 (download the snapshot again): ahead of it, or between its positions', async () => {
    const { cursor } = (await request(api.url).get('/api/v1/snapshot').expect(200)).body as { cursor: string };
    const [tx] = cursor.split('.').map(BigInt);
    // seq 0 is never a row (the sequence starts at 1): a position inside the feed that no row has,
    // as a phone holds after a restore lost the writes it had synced.
    for (const since of ['99999999999999.1', `${tx + 1n}.1`, `${tx - 1n}.0`]) {
      const response = await request(api.url).get(`/api/v1/snapshot/changes?since=${since}`);
      expect({ since, status: response.status }).toEqual({ since, status: 410 });
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual([expect.objectContaining({ name: 'since', in: 'query' })]);
      expect(response.body.detail).toMatch(/download the snapshot again/);
    }
    // The feed's start and the snapshot's own cursor are positions of it.
    await request(api.url).get('/api/v1/snapshot/changes?since=0.0').expect(200);
    await request(api.url).get(`/api/v1/snapshot/changes?since=${cursor}`).expect(200);
  });
});

describe('GET /api/v1/snapshot/services/:id', () => {
  it('gives the same record as the snapshot', async () => {
    const snapshot = (await request(api.url).get('/api/v1/snapshot').expect(200)).body;
    const record = snapshot.services[0];
    expect((await request(api.url).get(`/api/v1/snapshot/services/${record.id}`).expect(200)).body).toEqual(record);
  });

  it('is a 404 problem for an unknown id and a 400 for a malformed one', async () => {
    const response = await request(api.url).get('/api/v1/snapshot/services/00000000-0000-4000-8000-000000000000').expect(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.status).toBe(404);
    const bad = await request(api.url).get('/api/v1/snapshot/services/not-a-uuid').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
  });
});
