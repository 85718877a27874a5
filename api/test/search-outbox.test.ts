// Consistency between PostgreSQL and the search engines: writes commit with an outbox row, the
// worker applies it with retries, and an unreachable Meilisearch loses nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Service } from '../src/database/entities/index.js';
import { OutboxWorker } from '../src/search/outbox/outbox-worker.js';
import { enqueueSearchUpdate } from '../src/search/outbox/search-outbox.js';
import type { SearchDocument } from '../src/search/search-document.js';
import { EMPTY_FACETS, type EngineResult, type EngineState, type SearchEngine } from '../src/search/search-engine.js';
import { SEARCH_ENGINES, type SearchEngines } from '../src/search/search-engines.js';
import type { ChangeFeedFollower } from '../src/search/memory/change-feed-follower.js';
import { SEARCH_FOLLOWER } from '../src/search/search-infrastructure.module.js';
import { SearchIndexer } from '../src/search/search-indexer.js';
import { freePort } from './support/ports.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Renames services the way every write path does: the change and its outbox rows in one transaction. */
async function rename(api: TestApp, engines: SearchEngines, changes: Record<string, string>): Promise<void> {
  await api.db.dataSource.transaction(async (manager) => {
    for (const [id, name] of Object.entries(changes)) await manager.update(Service, { id }, { name });
    await enqueueSearchUpdate(
      manager,
      Object.keys(changes),
      engines.remote.map((e) => e.name),
    );
  });
}

async function publishedIds(api: TestApp, count: number): Promise<string[]> {
  const rows = await api.db.dataSource.query<{ id: string }[]>(
    `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
     WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active' ORDER BY s.id LIMIT $1`,
    [count],
  );
  return rows.map((r) => r.id);
}

describe('with Meilisearch unreachable', () => {
  let api: TestApp;
  let engines: SearchEngines;

  beforeAll(async () => {
    api = await startTestApp({ MEILI_URL: `http://127.0.0.1:${await freePort()}`, MEILI_MASTER_KEY: 'test-key' });
    engines = api.app.get<SearchEngines>(SEARCH_ENGINES);
  });
  afterAll(async () => {
    await api.close();
  });

  it('writes succeed, search answers from the memory engine and says so, and the Meilisearch changes wait', async () => {
    expect(engines.primary.name).toBe('meilisearch');
    const [id] = await publishedIds(api, 1);
    await rename(api, engines, { [id]: 'Zwaluwnest ontmoetingsruimte' });

    const worker = new OutboxWorker(api.db.dataSource, new SearchIndexer(api.db.dataSource), engines.remote, {
      intervalMs: 1000,
      batchSize: 50,
    });
    await worker.drainOnce();
    await api.app.get<ChangeFeedFollower>(SEARCH_FOLLOWER).catchUp();

    const response = await request(api.url).get('/api/v1/search?q=zwaluwnest').expect(200);
    expect(response.headers['x-search-engine']).toBe('memory');
    expect(response.body).toMatchObject({ engine: 'memory', isFallback: true, total: 1 });
    expect(response.body.hits[0]).toMatchObject({ id, name: 'Zwaluwnest ontmoetingsruimte' });

    const pending = await api.db.dataSource.query<{ engine: string; attempts: number; last_error: string | null }[]>(
      'SELECT engine, attempts, last_error FROM search_outbox WHERE service_id = $1',
      [id],
    );
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ engine: 'meilisearch', attempts: 1, last_error: expect.any(String) });
  });

  it('health says degraded and lists Meilisearch as down and the fallback as ready', async () => {
    const response = await request(api.url).get('/api/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'degraded',
      details: { database: { status: 'up' } },
      search: {
        primary: 'meilisearch',
        engines: [
          { engine: 'meilisearch', state: 'down' },
          { engine: 'memory', state: 'ready' },
        ],
      },
    });
  });

  it('answers every search while it stays down', async () => {
    for (const query of ['q=schulden', 'lifeDomain=gezondheid', 'near=51.2189,4.4011&radius=1000']) {
      const response = await request(api.url).get(`/api/v1/search?${query}`).expect(200);
      expect(response.body.engine).toBe('memory');
      expect(response.body.total).toBeGreaterThan(0);
    }
  });
});

/** An engine that fails its first `failures` calls, then keeps what it is given. */
class FlakyEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly documents = new Map<string, SearchDocument>();
  calls = 0;

  constructor(private failures: number) {}

  private attempt(): void {
    this.calls++;
    if (this.failures-- > 0) throw new Error('connect ECONNREFUSED');
  }

  state(): EngineState {
    return { engine: this.name, state: 'ready' };
  }
  prepare(): Promise<void> {
    return Promise.resolve();
  }
  index(documents: SearchDocument[]): Promise<void> {
    this.attempt();
    for (const d of documents) this.documents.set(d.serviceId, d);
    return Promise.resolve();
  }
  remove(serviceIds: string[]): Promise<void> {
    for (const id of serviceIds) this.documents.delete(id);
    return Promise.resolve();
  }
  clear(): Promise<void> {
    this.documents.clear();
    return Promise.resolve();
  }
  count(): Promise<number> {
    return Promise.resolve(this.documents.size);
  }
  search(): Promise<EngineResult> {
    return Promise.resolve({ hits: [], total: 0, facets: EMPTY_FACETS() });
  }
}

describe('the outbox worker', () => {
  let api: TestApp;
  let engines: SearchEngines;

  beforeAll(async () => {
    api = await startTestApp();
    engines = api.app.get<SearchEngines>(SEARCH_ENGINES);
  });
  afterAll(async () => {
    await api.close();
  });

  it('retries with backoff until the engine takes the changes, then drains; nothing is lost', async () => {
    const flaky = new FlakyEngine(2);
    const worker = new OutboxWorker(api.db.dataSource, new SearchIndexer(api.db.dataSource), [flaky], {
      intervalMs: 1000,
      batchSize: 10,
      // Long enough that the second drain below is still inside it on a loaded machine.
      backoffBaseMs: 1500,
      backoffMaxMs: 1500,
    });
    const ids = await publishedIds(api, 3);
    await api.db.dataSource.transaction(async (manager) => {
      for (const [i, id] of ids.entries()) await manager.update(Service, { id }, { name: `Veranderde dienst ${i}` });
      await enqueueSearchUpdate(manager, ids, ['meilisearch']);
    });
    const pending = () =>
      api.db.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM search_outbox WHERE engine = 'meilisearch'`);

    await worker.drainOnce();
    expect((await pending())[0].n).toBe(3);
    // Still backing off: nothing is due, so the engine is not called again.
    const callsAfterFirst = flaky.calls;
    await worker.drainOnce();
    expect(flaky.calls).toBe(callsAfterFirst);

    for (let round = 0; round < 100 && (await pending())[0].n > 0; round++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await worker.drainOnce();
    }
    expect((await pending())[0].n).toBe(0);
    expect(flaky.calls).toBe(3);
    expect(ids.map((id) => flaky.documents.get(id)?.name)).toEqual(['Veranderde dienst 0', 'Veranderde dienst 1', 'Veranderde dienst 2']);
  });

  it('removes a service that is no longer published', async () => {
    const flaky = new FlakyEngine(0);
    const worker = new OutboxWorker(api.db.dataSource, new SearchIndexer(api.db.dataSource), [flaky, engines.primary], {
      intervalMs: 1000,
      batchSize: 50,
    });
    const [id] = await publishedIds(api, 1);
    await api.db.dataSource.transaction(async (manager) => {
      await enqueueSearchUpdate(manager, [id], ['meilisearch']);
    });
    await worker.drainOnce();
    expect(flaky.documents.has(id)).toBe(true);

    await api.db.dataSource.transaction(async (manager) => {
      await manager.update(Service, { id }, { publicationState: 'archived' });
      await enqueueSearchUpdate(manager, [id], ['meilisearch']);
    });
    await worker.drainOnce();
    await api.app.get<ChangeFeedFollower>(SEARCH_FOLLOWER).catchUp();
    expect(flaky.documents.has(id)).toBe(false);
    const response = await request(api.url).get(`/api/v1/search?pageSize=100&sort=name`).expect(200);
    const all = [...response.body.hits];
    for (let page = 2; page <= response.body.totalPages; page++) {
      all.push(...(await request(api.url).get(`/api/v1/search?pageSize=100&sort=name&page=${page}`).expect(200)).body.hits);
    }
    expect(all.some((h: { id: string }) => h.id === id)).toBe(false);
  });

  it('leaves nothing behind when the write rolls back', async () => {
    const [id] = await publishedIds(api, 1);
    await expect(
      api.db.dataSource.transaction(async (manager) => {
        await manager.update(Service, { id }, { name: 'Nooit bewaard' });
        await enqueueSearchUpdate(manager, [id], ['meilisearch']);
        throw new Error('the write fails after the outbox row');
      }),
    ).rejects.toThrow('the write fails');
    const rows = await api.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM search_outbox WHERE service_id = $1', [id]);
    expect(rows[0].n).toBe(0);
  });
});

describe('with the memory index switched off (SEARCH_MEMORY_INDEX=false) and Meilisearch unreachable', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({
      MEILI_URL: `http://127.0.0.1:${await freePort()}`,
      MEILI_MASTER_KEY: 'test-key',
      SEARCH_MEMORY_INDEX: 'false',
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('builds no memory index and answers a search with a 503 problem naming the switch, never an empty list', async () => {
    expect(api.app.get(SEARCH_FOLLOWER)).toBeNull();
    const response = await request(api.url).get('/api/v1/search?q=schulden').expect(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.body).toMatchObject({ status: 503, type: expect.stringContaining('search-unavailable') });
    expect(response.body.detail).toMatch(/meilisearch is \w+ and the memory index is switched off \(SEARCH_MEMORY_INDEX=false\)/);
    expect(response.body.hits).toBeUndefined();
  });

  it('health says degraded and lists the memory engine as disabled', async () => {
    const response = await request(api.url).get('/api/health').expect(200);
    expect(response.body.status).toBe('degraded');
    expect(response.body.search.primary).toBe('meilisearch');
    expect(response.body.search.engines[0].state).not.toBe('ready');
    expect(response.body.search.engines[1]).toEqual({ engine: 'memory', state: 'disabled' });
  });
});
