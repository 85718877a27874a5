// `npm run bench:search [-- --services 200000]`: the search benchmark of docs/search.md.
// Fills a separate embedded PostgreSQL (.data/bench-postgres) with N synthetic services (once per
// N: bench-database.ts), starts the API in a child process, and runs a fixed, seeded mix of
// queries over HTTP with one client and with 8 concurrent clients, next to the same queries run
// directly on the engine (SQL through pg, no HTTP). Prints p50/p95/p99 latency and requests per
// second.
import { type ChildProcess, spawn } from 'node:child_process';
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
import { PostgresSearchEngine } from '../search/postgres/postgres-search.engine.js';
import type { SearchQuery } from '../search/search-engine.js';
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
  buildSearchIndex: true,
  analyzeEveryRun: true,
  readEnvironment: true,
});
let server: ChildProcess | undefined;
try {
  const { dataSource, config } = database;
  const indexer = new SearchIndexer(dataSource);
  const engine = new PostgresSearchEngine(dataSource);
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

  const port = await freePort();
  server = await startServer(port, database.embedded ? database.embedded.url('sociale_kaart') : config.database.url!);
  const base = `http://127.0.0.1:${port}/api/v1/search?`;

  // Warm-up: caches, JIT, connection pools.
  for (const { query } of mix.slice(0, 100)) await fetchOk(base + query);
  for (const query of engineQueries.slice(0, 100)) await engine.search(query);

  // Each figure is printed as soon as it is measured: a long run that is stopped still reports.
  const line = (label: string, r: Measurement) => `${label.padEnd(26)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}${r.rps.toFixed(0).padStart(10)}`;
  console.log(`
search benchmark: ${published.toLocaleString('en')} published services, ${mix.length} queries (seed ${args.seed}), PostgreSQL engine
machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}
${''.padEnd(26)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'req/s'.padStart(10)}`);
  const single = await measure(mix, 1, ({ query }) => fetchOk(base + query));
  console.log(line('HTTP, 1 client', single));
  const concurrent = await measure(mix, clientCount, ({ query }) => fetchOk(base + query));
  console.log(line(`HTTP, ${clientCount} clients`, concurrent));
  const raw = await measure(engineQueries, 1, (query) => engine.search(query));
  console.log(line('engine SQL via pg (raw)', raw));
  const byKind = [...new Set(mix.map((m) => m.kind))].map((kind) => {
    const latencies = single.latencies.filter((_, i) => mix[i].kind === kind);
    return { kind, count: latencies.length, ...percentiles(latencies) };
  });
  console.log(`API/raw p50 ratio: ${(single.p50 / raw.p50).toFixed(2)}
HTTP, 1 client, by kind of query:
${byKind.map((k) => `  ${`${k.kind} (${k.count})`.padEnd(28)}${ms(k.p50)}${ms(k.p95)}${ms(k.p99)}`).join('\n')}
${
  serviceCount >= 200_000
    ? `target at 200,000: p95 ≤ 150 ms with 1 client [${single.p95 <= 150 ? 'met' : 'not met'}]`
    : `targets at 20,000: p95 ≤ 30 ms with 1 client [${single.p95 <= 30 ? 'met' : 'not met'}], ≥ 300 req/s with ${clientCount} clients [${concurrent.rps >= 300 ? 'met' : 'not met'}], API/raw p50 ≤ 1.5 [${single.p50 / raw.p50 <= 1.5 ? 'met' : 'not met'}]`
}`);
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
          const child = await startServer(apiPort, database.embedded ? database.embedded.url('sociale_kaart') : config.database.url!, env);
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
  server?.kill('SIGTERM');
  await database.close();
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
async function startServer(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [fromRepoRoot('api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // Production needs one; the benchmark sends no mail.
      SMTP_URL: 'smtp://127.0.0.1:25',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEARCH_WORKER: 'false',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      MEILI_URL: '',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let waited = 0; waited < 60_000; waited += 200) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('the API did not start within 60 s');
}
