// Every API process keeps its own memory index current by following the change feed: a write
// committed through any path (here as imports and the portal do it: the change and its feed row in
// one transaction) reaches search on every process within a second. Process one is this test's
// app; process two is a real `node api/src/main.ts` over the same database, which keeps its index on
// disk (SEARCH_INDEX_DIR) and restarts from it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fromRepoRoot } from '../src/config/paths.js';
import { Service } from '../src/database/entities/index.js';
import { enqueueSearchUpdate } from '../src/search/outbox/search-outbox.js';
import { freePort } from './support/ports.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Visibility bound asserted here; the 1 s target holds on an idle machine (`SEARCH_FOLLOW_INTERVAL_MS` 200). */
const MAX_MS = 2500;

let api: TestApp;
let second: { child: ChildProcess; url: string; output: () => string };
let indexDir: string;

async function startSecondProcess(databaseUrl: string): Promise<typeof second> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', fromRepoRoot('api/src/dev-loader.mjs'), fromRepoRoot('api/src/main.ts')], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // Not `test`: that silences the log lines this test reads.
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEARCH_WORKER: 'false',
      SEED_DEMO_DATA: 'false',
      SEARCH_INDEX_DIR: indexDir,
      LOG_LEVEL: 'log',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the second process exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the second process was not ready within 90 s:\n${output}`);
    const health = await fetch(`${url}/api/health`).then(
      (r) => (r.ok ? (r.json() as Promise<{ status: string }>) : null),
      () => null,
    );
    if (health?.status === 'ok') return { child, url, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits until the second process has logged a line matching `pattern` (it logs after it answers). */
async function logged(pattern: RegExp): Promise<string> {
  for (let waited = 0; waited < 10_000 && !pattern.test(second.output()); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return second.output();
}

async function stopSecondProcess(): Promise<void> {
  if (second?.child.exitCode !== null) return;
  const exited = new Promise((resolve) => second.child.on('exit', resolve));
  second.child.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  indexDir = await mkdtemp(join(tmpdir(), 'search-index-'));
  api = await startTestApp();
  second = await startSecondProcess(api.db.url);
}, 120_000);

afterAll(async () => {
  await stopSecondProcess();
  await api?.close();
  await rm(indexDir, { recursive: true, force: true });
});

async function totalFor(url: string, query: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/search?${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

/** Milliseconds until `query` finds `expected` services on the process at `url` (gives up after 5 s). */
async function msUntil(url: string, query: string, expected: number, since: number): Promise<number> {
  while (Date.now() - since < 5000) {
    if ((await totalFor(url, query)) === expected) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Infinity;
}

describe('two API processes on one database', () => {
  it('both report their memory engine ready in /api/health', async () => {
    for (const url of [api.url, second.url]) {
      const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string };
      expect(health).toMatchObject({
        status: 'ok',
        search: { primary: 'memory', engines: [{ engine: 'memory', state: 'ready', indexed: expect.any(Number) }] },
      });
    }
  });

  it('a renamed service is found under its new name on both within a second, and gone when unpublished', async () => {
    const [{ id }] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active' ORDER BY s.id LIMIT 1`,
    );
    const query = 'q=kwikstaartcafe';
    expect(await totalFor(second.url, query)).toBe(0);

    await api.db.dataSource.transaction(async (manager) => {
      await manager.update(Service, { id }, { name: 'Kwikstaartcafé' });
      await enqueueSearchUpdate(manager, [id], []);
    });
    const renamedAt = Date.now();
    const [first, other] = await Promise.all([msUntil(api.url, query, 1, renamedAt), msUntil(second.url, query, 1, renamedAt)]);
    console.log(`a rename reached search in ${first} ms (this process) and ${other} ms (the other process)`);
    // The target is 1 s (a 200 ms follow interval); the bound leaves room for a CI machine under load.
    expect(Math.max(first, other)).toBeLessThan(MAX_MS);

    await api.db.dataSource.transaction(async (manager) => {
      await manager.update(Service, { id }, { publicationState: 'archived' });
      await enqueueSearchUpdate(manager, [id], []);
    });
    const archivedAt = Date.now();
    const gone = await Promise.all([msUntil(api.url, query, 0, archivedAt), msUntil(second.url, query, 0, archivedAt)]);
    console.log(`an unpublish left search in ${gone[0]} ms and ${gone[1]} ms`);
    expect(Math.max(...gone)).toBeLessThan(MAX_MS);
  });

  it('a restarted process serves from the index it kept on disk, with the changes made while it was down', async () => {
    expect(await logged(/memory index built: \d+ services/)).toMatch(/memory index built: \d+ services/);
    await stopSecondProcess();
    const [{ id }] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active' ORDER BY s.id DESC LIMIT 1`,
    );
    await api.db.dataSource.transaction(async (manager) => {
      await manager.update(Service, { id }, { name: 'Boomklevertje' });
      await enqueueSearchUpdate(manager, [id], []);
    });

    second = await startSecondProcess(api.db.url);
    expect(await logged(/memory index restored: \d+ services/)).toMatch(/memory index restored: \d+ services/);
    expect(second.output()).not.toMatch(/memory index built/);
    expect(await totalFor(second.url, 'q=boomklevertje')).toBe(1);
    for (const query of ['q=schuldhulp', 'lifeDomain=gezondheid', 'sort=name&pageSize=5']) {
      expect(await totalFor(second.url, query)).toBe(await totalFor(api.url, query));
    }
  }, 120_000);
});
