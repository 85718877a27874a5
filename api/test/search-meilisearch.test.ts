// Meilisearch against a real server (MEILI_URL): no short answer from a new or half-filled index,
// and an outage (the connection cut by a proxy) falls back, reports `degraded`, and catches up.
// The same fallback and health behaviour against an unreachable MEILI_URL runs everywhere
// (search-outbox.test.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Service } from '../src/database/entities/index.js';
import { MeilisearchEngine } from '../src/search/meilisearch/meilisearch-search.engine.js';
import { enqueueSearchUpdate } from '../src/search/outbox/search-outbox.js';
import { LISTED, SearchDocumentBuilder } from '../src/search/search-document.builder.js';
import { freePort } from './support/ports.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const meiliUrl = process.env.MEILI_URL;
const meiliKey = process.env.MEILI_MASTER_KEY ?? '';
if (!meiliUrl)
  console.warn('Meilisearch fresh-index and outage tests are skipped because MEILI_URL is not set (no Meilisearch server here).');
const describeWithServer = meiliUrl ? describe : describe.skip;

interface Health {
  status: string;
  search: { engines: { engine: string; state: string; indexed?: number; total?: number; lagBy?: number }[] };
}

const health = async (api: TestApp) => (await request(api.url).get('/api/health').expect(200)).body as Health;

async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/** The services search holds: published and active (LISTED). */
async function listedCount(api: TestApp): Promise<number> {
  const [{ n }] = await api.db.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM service s JOIN organization o ON o.id = s.organization_id WHERE ${LISTED}`,
  );
  return n;
}

const indexName = (purpose: string) => `${purpose}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;

describeWithServer('a Meilisearch index that is not whole', () => {
  let api: TestApp;
  let engine: MeilisearchEngine;
  const index = indexName('half');

  beforeAll(async () => {
    api = await startTestApp({ MEILI_URL: meiliUrl!, MEILI_MASTER_KEY: meiliKey, MEILI_INDEX: index });
    engine = new MeilisearchEngine({ url: meiliUrl!, apiKey: meiliKey, indexName: index });
    await engine.prepare();
  });
  afterAll(async () => {
    await api.close();
    await engine.close();
  });

  it('does not answer while it holds half the services: the fallback answers in full, health says filling n of N', async () => {
    const builder = new SearchDocumentBuilder(api.db.dataSource);
    const ids: string[] = [];
    for await (const page of builder.publishedIds()) ids.push(...page);
    const half = ids.slice(0, Math.floor(ids.length / 2));
    await engine.index((await builder.build(half)).documents);
    const total = await listedCount(api);

    await until(
      'the readiness check sees the half-filled index',
      async () => (await health(api)).search.engines[0].indexed === half.length,
    );
    expect(await health(api)).toMatchObject({
      status: 'degraded',
      search: { engines: [{ engine: 'meilisearch', state: 'filling', indexed: half.length, total }, { state: 'ready' }] },
    });
    const response = await request(api.url).get('/api/v1/search?sort=name').expect(200);
    expect(response.body).toMatchObject({ engine: 'memory', isFallback: true, total });

    await engine.index((await builder.build(ids.slice(half.length))).documents);
    await until('the whole index answers', async () => (await health(api)).status === 'ok');
    const whole = await request(api.url).get('/api/v1/search?sort=name').expect(200);
    expect(whole.body).toMatchObject({ engine: 'meilisearch', isFallback: false, total });
  });
});

describeWithServer('a new Meilisearch index, filled by the app at start', () => {
  let api: TestApp;

  afterAll(async () => {
    await api.close();
  });

  it('answers every search in full while it fills, then from Meilisearch', async () => {
    api = await startTestApp({
      MEILI_URL: meiliUrl!,
      MEILI_MASTER_KEY: meiliKey,
      MEILI_INDEX: indexName('fresh'),
      SEARCH_WORKER: 'true',
      SEARCH_OUTBOX_INTERVAL_MS: '200',
    });
    const total = await listedCount(api);
    const engines = new Set<string>();
    await until('Meilisearch answers', async () => {
      const response = await request(api.url).get('/api/v1/search?sort=name&pageSize=1').expect(200);
      expect(response.body.total).toBe(total);
      engines.add(response.body.engine);
      return response.body.engine === 'meilisearch';
    });
    expect([...engines].sort()).toEqual(['meilisearch', 'memory']);
    expect(await health(api)).toMatchObject({
      status: 'ok',
      search: { engines: [{ state: 'ready', indexed: total, total }, { state: 'ready' }] },
    });
  });
});

describeWithServer('a Meilisearch outage', () => {
  let api: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const target = new URL(meiliUrl!);
    proxy = new TcpProxy(await freePort(), { host: target.hostname, port: Number(target.port) });
    await proxy.open();
    api = await startTestApp({
      MEILI_URL: `http://127.0.0.1:${proxy.port}`,
      MEILI_MASTER_KEY: meiliKey,
      MEILI_INDEX: indexName('outage'),
      SEARCH_WORKER: 'true',
      SEARCH_OUTBOX_INTERVAL_MS: '200',
    });
    await until('Meilisearch is ready', async () => (await health(api)).status === 'ok');
  });
  afterAll(async () => {
    await api.close();
    await proxy.cut();
  });

  it('falls back and says degraded while it is down; a change made meanwhile reaches it after its return', async () => {
    const [{ id }] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE ${LISTED} ORDER BY s.id LIMIT 1`,
    );
    await proxy.cut();
    await api.db.dataSource.transaction(async (manager) => {
      await manager.update(Service, { id }, { name: 'Kwikstaartje inloophuis' });
      await enqueueSearchUpdate(manager, [id], ['meilisearch']);
    });

    await until('health reports the outage', async () => (await health(api)).search.engines[0].state === 'down');
    expect((await health(api)).status).toBe('degraded');
    await until('the fallback has the change', async () => {
      const response = await request(api.url).get('/api/v1/search?q=kwikstaartje').expect(200);
      expect(response.body).toMatchObject({ engine: 'memory', isFallback: true });
      return response.body.total === 1;
    });

    await proxy.open();
    await until('Meilisearch is back and has the change', async () => {
      const response = await request(api.url).get('/api/v1/search?q=kwikstaartje').expect(200);
      return response.body.engine === 'meilisearch' && response.body.total === 1;
    });
    const response = await request(api.url).get('/api/v1/search?q=kwikstaartje').expect(200);
    expect(response.body.hits[0]).toMatchObject({ id, name: 'Kwikstaartje inloophuis' });
    expect((await health(api)).status).toBe('ok');
  });
});
