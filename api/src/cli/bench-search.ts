// `npm run bench:search [-- --services 200000 | --large]`: the search benchmark of docs/search.md.
// Fills a separate embedded PostgreSQL (.data/bench-postgres) with N synthetic services (once per
// N: bench-database.ts); then, for every available engine (memory, Meilisearch with MEILI_URL), starts the API in a child process with that engine and runs a fixed, seeded mix of
// queries over HTTP with one client and with 8 concurrent clients, next to the same queries run
// on the engine in this process (no HTTP). Prints p50/p95/p99 latency, requests per second, the
// memory engine's build time and heap, each server's time to ready and resident memory, and the
// engines side by side.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { fromRepoRoot } from '../config/paths.js';
import { buildQueryMix, Random } from '@sociale-kaart/core/dev';
import { SearchQueryDto } from '../modules/search/search.dto.js';
import { toFilters } from '../modules/search/search.service.js';
import { SearchVocabulary } from '../modules/search/search-vocabulary.js';
import type { DataSource } from 'typeorm';
import { MemorySearchEngine } from '../search/memory/memory-search.engine.js';
import { loadEngineReference } from '../search/memory/reference-data.js';
import type { SearchEngine, SearchQuery } from '../search/search-engine.js';
import { SearchIndexer } from '../search/search-indexer.js';
import { openBenchDatabase } from './bench-database.js';
import { benchMeilisearch } from './bench-search-meili.js';

const { values: args } = parseArgs({
  options: {
    services: { type: 'string', default: '20000' },
    large: { type: 'boolean', default: false },
    queries: { type: 'string', default: '1000' },
    clients: { type: 'string', default: '8' },
    seed: { type: 'string', default: '7' },
  },
});
const serviceCount = args.large ? 200_000 : Number(args.services);
const queryCount = Number(args.queries);
const clientCount = Number(args.clients);
if (![serviceCount, queryCount, clientCount].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('usage: bench-search [--services N | --large] [--queries N] [--clients N] [--seed N]');
  process.exit(2);
}

const database = await openBenchDatabase({
  dataDir: '.data/bench-postgres',
  port: 54331,
  services: serviceCount,
  analyzeEveryRun: true,
  readEnvironment: true,
});
const servers: ChildProcess[] = [];
try {
  const { dataSource, config } = database;
  const indexer = new SearchIndexer(dataSource);
  const published = await indexer.countPublished();

  const vocabulary = await new SearchVocabulary(dataSource).get();
  const sorted = <T>(values: Iterable<T>) => [...values].sort();
  const mix = buildQueryMix(new Random(Number(args.seed)), queryCount, {
    lifeDomains: sorted(vocabulary.lifeDomains),
    targetGroups: sorted(vocabulary.targetGroups),
    languages: sorted(vocabulary.languages),
    districts: sorted(vocabulary.districts.keys()),
    wijken: sorted(vocabulary.wijken.keys()),
  });
  const now = new Date('2026-11-24T10:00:00+01:00');
  const engineQueries: SearchQuery[] = mix.map(({ query }) => toEngineQuery(query, vocabulary, now));
  const databaseUrl = database.embedded ? database.embedded.url('sociale_kaart') : config.database.url!;

  console.log(`
search benchmark: ${published.toLocaleString('en')} published services, ${mix.length} queries (seed ${args.seed})
machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`);

  // Every available engine on the same data and queries; each figure is printed as soon as it is
  // measured, so a long run that is stopped still reports.
  const results: EngineRun[] = [];
  for (const leg of legs()) {
    const engine = leg.engine(dataSource);
    // The engine in this process, without HTTP: its build (memory) and its own latency.
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const builtAt = performance.now();
    if (engine instanceof MemorySearchEngine) {
      await indexer.reindex(engine);
      engine.commit();
    }
    const buildMs = performance.now() - builtAt;
    global.gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

    const port = await freePort();
    const started = performance.now();
    const server = startServer(port, databaseUrl, leg.env);
    servers.push(server);
    await waitUntilReady(port, server);
    const readyMs = performance.now() - started;
    const base = `http://127.0.0.1:${port}/api/v1/search?`;
    for (const { query } of mix.slice(0, 100)) await fetchOk(base + query);
    for (const query of engineQueries.slice(0, 100)) await engine.search(query);

    console.log(`
${leg.name}: server ready ${(readyMs / 1000).toFixed(1)} s after spawn${engine instanceof MemorySearchEngine ? `, index build ${(buildMs / 1000).toFixed(1)} s and ${heapMb.toFixed(0)} MB heap in this process` : ''}
${''.padEnd(26)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'req/s'.padStart(10)}`);
    const single = await measure(mix, 1, ({ query }) => fetchOk(base + query));
    console.log(line('HTTP, 1 client', single));
    const concurrent = await measure(mix, clientCount, ({ query }) => fetchOk(base + query));
    console.log(line(`HTTP, ${clientCount} clients`, concurrent));
    const raw = await measure(engineQueries, 1, (query) => engine.search(query));
    console.log(line('engine in-process (raw)', raw));
    const rssMb = residentMb(server);
    console.log(`server resident memory after the run: ${rssMb === null ? 'unknown' : `${rssMb.toFixed(0)} MB`}`);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    // A restart: the memory engine restores the index it kept on disk (SEARCH_INDEX_DIR) instead of building it.
    let restartMs: number | null = null;
    if (engine instanceof MemorySearchEngine) {
      const restartedAt = performance.now();
      const restarted = startServer(port, databaseUrl, leg.env);
      servers.push(restarted);
      await waitUntilReady(port, restarted);
      restartMs = performance.now() - restartedAt;
      console.log(`restart to ready (index kept on disk): ${(restartMs / 1000).toFixed(1)} s`);
      restarted.kill('SIGTERM');
    }
    results.push({ name: leg.name, single, concurrent, raw, readyMs, restartMs, rssMb });
  }
  printSummary(results, mix);
  if (process.env.MEILI_URL) {
    await benchMeilisearch(
      {
        dataSource,
        mix,
        engineQueries,
        clientCount,
        measure,
        percentiles,
        fetchOk,
        line,
        startApi: async (env) => {
          const apiPort = await freePort();
          const child = startServer(apiPort, databaseUrl, env);
          servers.push(child);
          await waitUntilReady(apiPort, child);
          return { base: `http://127.0.0.1:${apiPort}/api/v1/search?`, stop: () => child.kill('SIGTERM') };
        },
      },
      process.env.MEILI_URL,
      process.env.MEILI_MASTER_KEY ?? '',
      serviceCount,
    );
  } else {
    console.log('Meilisearch: not measured (MEILI_URL is not set).');
  }
} finally {
  for (const server of servers) if (server.exitCode === null) server.kill('SIGTERM');
  await database.close();
}

interface Leg {
  name: 'memory';
  env: Record<string, string>;
  engine: (dataSource: DataSource) => SearchEngine;
}

/** The engines in the API process (Meilisearch is measured by bench-search-meili.ts when MEILI_URL is set). */
function legs(): Leg[] {
  return [{ name: 'memory', env: {}, engine: (ds) => new MemorySearchEngine(() => loadEngineReference(ds)) }];
}

interface EngineRun {
  name: string;
  single: Measurement;
  concurrent: Measurement;
  raw: Measurement;
  readyMs: number;
  restartMs: number | null;
  rssMb: number | null;
}

function line(label: string, r: Measurement): string {
  return `${label.padEnd(26)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}${r.rps.toFixed(0).padStart(10)}`;
}

function printSummary(results: EngineRun[], mix: { kind: string }[]): void {
  const column = (value: string) => value.padStart(14);
  const row = (label: string, value: (r: EngineRun) => string) => `${label.padEnd(30)}${results.map((r) => column(value(r))).join('')}`;
  console.log(`
side by side${''.padEnd(18)}${results.map((r) => column(r.name)).join('')}
${row('HTTP 1 client p50', (r) => `${r.single.p50.toFixed(1)} ms`)}
${row('HTTP 1 client p95', (r) => `${r.single.p95.toFixed(1)} ms`)}
${row(`HTTP ${clientCount} clients req/s`, (r) => r.concurrent.rps.toFixed(0))}
${row('engine p50 / p95', (r) => `${r.raw.p50.toFixed(1)}/${r.raw.p95.toFixed(1)}`)}
${row('HTTP p50 − engine p50', (r) => `${(r.single.p50 - r.raw.p50).toFixed(1)} ms`)}
${row('ready after spawn', (r) => `${(r.readyMs / 1000).toFixed(1)} s`)}
${row('ready after a restart', (r) => (r.restartMs === null ? '—' : `${(r.restartMs / 1000).toFixed(1)} s`))}
${row('server resident memory', (r) => (r.rssMb === null ? '?' : `${r.rssMb.toFixed(0)} MB`))}`);
  const memory = results.find((r) => r.name === 'memory');
  if (memory) {
    const byKind = [...new Set(mix.map((m) => m.kind))].map((kind) => {
      const latencies = memory.single.latencies.filter((_, i) => mix[i].kind === kind);
      return { kind, count: latencies.length, ...percentiles(latencies) };
    });
    console.log(`memory engine, HTTP, 1 client, by kind of query:
${byKind.map((k) => `  ${`${k.kind} (${k.count})`.padEnd(28)}${ms(k.p50)}${ms(k.p95)}${ms(k.p99)}`).join('\n')}
${
  serviceCount >= 200_000
    ? `target at 200,000 (memory): p95 ≤ 50 ms with 1 client [${memory.single.p95 <= 50 ? 'met' : 'not met'}]`
    : `targets at 20,000 (memory): p95 ≤ 10 ms with 1 client [${memory.single.p95 <= 10 ? 'met' : 'not met'}], ≥ 500 req/s with ${clientCount} clients [${memory.concurrent.rps >= 500 ? 'met' : 'not met'}], HTTP p50 within 2 ms of the engine's [${memory.single.p50 - memory.raw.p50 <= 2 ? 'met' : 'not met'}], restart to ready ≤ 3 s [${memory.restartMs !== null && memory.restartMs <= 3000 ? 'met' : 'not met'}]`
}`);
  }
}

/** Resident memory of a child process (Linux), in MB. */
function residentMb(child: ChildProcess): number | null {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** Latency of each item, in the order of the items. */
  latencies: number[];
}

function percentiles(values: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs every item once, spread over `clients` concurrent loops; latency per item and overall rate. */
async function measure<T>(items: T[], clients: number, run: (item: T) => Promise<unknown>): Promise<Measurement> {
  const latencies: number[] = new Array<number>(items.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const index = next++;
        const t = performance.now();
        await run(items[index]);
        latencies[index] = performance.now() - t;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...percentiles(latencies), rps: items.length / seconds, latencies };
}

function toEngineQuery(query: string, vocabulary: Awaited<ReturnType<SearchVocabulary['get']>>, now: Date): SearchQuery {
  const params = new URLSearchParams(query);
  const plain: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    plain[key] = all.length > 1 ? all : all[0];
  }
  const dto = plainToInstance(SearchQueryDto, plain);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new Error(`benchmark query ${query} is invalid: ${errors.map((e) => e.property).join(', ')}`);
  const { filters, sort } = toFilters(dto, vocabulary, now);
  return { text: dto.q ?? '', filters, sort, offset: dto.offset, limit: dto.pageSize, facets: true };
}

async function fetchOk(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`.padStart(10);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The API as deployed: its own process, on the benchmark database. */
function startServer(port: number, databaseUrl: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [fromRepoRoot('api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEARCH_WORKER: 'false',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      MEILI_URL: '',
      // Production needs one; the benchmark sends no mail.
      SMTP_URL: 'smtp://127.0.0.1:25',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Until /api/health says `ok`: listening, and the primary engine answers (the memory index is built). */
async function waitUntilReady(port: number, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 600_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok && ((await response.json()) as { status: string }).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  throw new Error('the API was not ready within 10 minutes');
}
