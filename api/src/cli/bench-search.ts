// `npm run bench:search [-- --services 200000 | --large]`: the search benchmark of docs/search.md.
// Fills a separate embedded PostgreSQL (.data/bench-postgres) with N synthetic services (once per
// N: bench-database.ts), then runs one fixed, seeded query mix on every available engine and
// prints them side by side: the memory engine alone in this process (its build from PostgreSQL,
// heap, latency), the memory engine in an API of its own process over HTTP with 1 and 8 clients
// (time to ready with the index built, then restarted from the index kept in SEARCH_INDEX_DIR,
// heap and resident memory), and Meilisearch when MEILI_URL is set (bench-search-meili.ts, with
// its own processingTimeMs and the API's share). The load average is printed with the figures.
import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { buildQueryMix, Random } from '@sociale-kaart/core/dev';
import { fromRepoRoot } from '../config/paths.js';
import { SearchQueryDto } from '../modules/search/search.dto.js';
import { toFilters } from '../modules/search/search.service.js';
import { SearchVocabulary } from '../modules/search/search-vocabulary.js';
import { MemorySearchEngine } from '../search/memory/memory-search.engine.js';
import { loadEngineReference } from '../search/memory/reference-data.js';
import type { SearchQuery } from '../search/search-engine.js';
import { SearchIndexer } from '../search/search-indexer.js';
import { openBenchDatabase } from './bench-database.js';
import { benchMeilisearch, type MeiliRun } from './bench-search-meili.js';
import {
  fetchOk,
  header,
  line,
  loadAverage,
  mb,
  measure,
  type Measurement,
  ms,
  percentiles,
  seconds,
  serverMemory,
  type ServerMemory,
  startApi,
  timed,
} from './bench-search-tools.js';

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
const children: ChildProcess[] = [];
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
machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}
load average (1 / 5 / 15 min) at the start: ${loadAverage()}`);

  // 1. The memory engine alone, in this process: its build from PostgreSQL, heap and latency.
  const engine = new MemorySearchEngine(() => loadEngineReference(dataSource));
  let indexingMs = 0;
  const index = engine.index.bind(engine);
  engine.index = async (documents) => {
    const t = performance.now();
    await index(documents);
    indexingMs += performance.now() - t;
  };
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStarted = performance.now();
  const cpuBefore = process.cpuUsage();
  await indexer.reindex(engine);
  const buildMs = performance.now() - buildStarted;
  const cpu = process.cpuUsage(cpuBefore);
  const buildCpuMs = (cpu.user + cpu.system) / 1000;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  for (const query of engineQueries.slice(0, 100)) await engine.search(query);
  console.log(`
memory engine in this process (no HTTP)
  index build from PostgreSQL: ${timed(buildMs, buildCpuMs)}: waiting for and shaping documents ${seconds(buildMs - indexingMs)}, analysing and indexing ${seconds(indexingMs)}; heap +${heapMb.toFixed(0)} MB
${header('')}`);
  const raw = await measure(engineQueries, 1, (query) => engine.search(query));
  console.log(line('  engine, 1 caller', raw));

  // 2. The memory engine in an API of its own: first start builds the index, the restart reads it back.
  const indexDir = `.data/bench-search-index-${serviceCount}`;
  await rm(fromRepoRoot(indexDir), { recursive: true, force: true });
  const env = { SEARCH_INDEX_DIR: indexDir };
  const api = await startApi(databaseUrl, env, (child) => children.push(child));
  console.log(`
memory engine, API in its own process (production build, SEARCH_INDEX_DIR=${indexDir}, emptied first)
  ready after spawn (index built from PostgreSQL): ${timed(api.readyMs, api.readyCpuMs)}
${header('')}`);
  for (const { query } of mix.slice(0, 100)) await fetchOk(api.base + query);
  const single = await measure(mix, 1, ({ query }) => fetchOk(api.base + query));
  console.log(line('  HTTP, 1 client', single));
  const concurrent = await measure(mix, clientCount, ({ query }) => fetchOk(api.base + query));
  console.log(line(`  HTTP, ${clientCount} clients`, concurrent));
  const memory = await serverMemory(api);
  console.log(`  server after the run: heap ${mb(memory.heapMb)}, resident ${mb(memory.rssMb)}`);
  await api.stop();
  const restarted = await startApi(databaseUrl, env, (child) => children.push(child));
  console.log(`  restart to ready (index read back from ${indexDir}): ${timed(restarted.readyMs, restarted.readyCpuMs)}`);
  await restarted.stop();

  // 3. Meilisearch, on the same data and queries, when there is one.
  let meili: MeiliRun | null = null;
  if (process.env.MEILI_URL) {
    meili = await benchMeilisearch(
      {
        dataSource,
        mix,
        engineQueries,
        clientCount,
        startApi: (meiliEnv) => startApi(databaseUrl, meiliEnv, (child) => children.push(child)),
      },
      process.env.MEILI_URL,
      process.env.MEILI_MASTER_KEY ?? '',
      serviceCount,
    );
  } else {
    console.log('\nMeilisearch: not measured (MEILI_URL is not set).');
  }
  printSideBySide({ raw, single, concurrent, memory, buildMs, heapMb, readyMs: api.readyMs, restartMs: restarted.readyMs }, meili, mix);
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await database.close();
}

interface MemoryRun {
  raw: Measurement;
  single: Measurement;
  concurrent: Measurement;
  memory: ServerMemory;
  buildMs: number;
  heapMb: number;
  readyMs: number;
  restartMs: number;
}

function printSideBySide(m: MemoryRun, meili: MeiliRun | null, mix: { kind: string }[]): void {
  const cell = (value: string) => value.padStart(16);
  const pair = (a: number, b: number) => `${a.toFixed(1)} / ${b.toFixed(1)}`;
  const of = (value: (r: MeiliRun) => string) => (meili ? value(meili) : '—');
  const share = percentiles(m.single.latencies.map((latency, i) => latency - m.raw.latencies[i]));
  const rows: [string, string, string][] = [
    ['engine alone p50 / p95', pair(m.raw.p50, m.raw.p95), of((r) => pair(r.direct.p50, r.direct.p95))],
    ['engine processingTimeMs p50 / p95', '—', of((r) => pair(r.processing.p50, r.processing.p95))],
    ['HTTP, 1 client p50 / p95', pair(m.single.p50, m.single.p95), of((r) => pair(r.single.p50, r.single.p95))],
    [
      `HTTP, ${clientCount} clients p50 / p95`,
      pair(m.concurrent.p50, m.concurrent.p95),
      of((r) => pair(r.concurrent.p50, r.concurrent.p95)),
    ],
    [`HTTP, ${clientCount} clients req/s`, m.concurrent.rps.toFixed(0), of((r) => r.concurrent.rps.toFixed(0))],
    ["API's share (HTTP − engine) p50 / p95", pair(share.p50, share.p95), of((r) => pair(r.share.p50, r.share.p95))],
    ['index build, in this process', seconds(m.buildMs), of((r) => seconds(r.reindexMs))],
    ['ready after spawn (index built)', seconds(m.readyMs), of((r) => seconds(r.readyMs))],
    ['ready after a restart (index read)', seconds(m.restartMs), '—'],
    ['heap: engine alone / API process', `${m.heapMb.toFixed(0)} / ${mb(m.memory.heapMb)}`, of((r) => `— / ${mb(r.memory.heapMb)}`)],
    ['API process resident', mb(m.memory.rssMb), of((r) => mb(r.memory.rssMb))],
  ];
  const columns = meili ? ['memory', 'meilisearch'] : ['memory'];
  console.log(`\nside by side (ms unless stated)${''.padEnd(3)}${columns.map(cell).join('')}`);
  for (const [label, memory, other] of rows) console.log(`${label.padEnd(34)}${cell(memory)}${meili ? cell(other) : ''}`);
  const byKind = [...new Set(mix.map((q) => q.kind))].map((kind) => {
    const of = (r: Measurement) => r.latencies.filter((_, i) => mix[i].kind === kind);
    return { kind, count: of(m.single).length, http: percentiles(of(m.single)), engine: percentiles(of(m.raw)) };
  });
  console.log(`
memory engine by kind of query: HTTP 1 client p50 / p95, engine alone p50 / p95
${byKind.map((k) => `  ${`${k.kind} (${k.count})`.padEnd(28)}${ms(k.http.p50)}${ms(k.http.p95)}${ms(k.engine.p50)}${ms(k.engine.p95)}`).join('\n')}`);
  const verdict = (isMet: boolean) => (isMet ? 'met' : 'not met');
  const heap = m.memory.heapMb ?? Infinity;
  console.log(
    serviceCount >= 200_000
      ? `targets at 200,000 (memory): HTTP p95 ≤ 50 ms with 1 client [${verdict(m.single.p95 <= 50)}], API heap ≤ 1.5 GB [${verdict(heap <= 1536)}]`
      : `targets at 20,000 (memory): HTTP p95 ≤ 10 ms with 1 client [${verdict(m.single.p95 <= 10)}], ≥ 500 req/s with ${clientCount} clients [${verdict(m.concurrent.rps >= 500)}], HTTP p50 within 2 ms of the engine's [${verdict(m.single.p50 - m.raw.p50 <= 2)}], restart to ready ≤ 3 s [${verdict(m.restartMs <= 3000)}]`,
  );
  console.log(`load average (1 / 5 / 15 min) at the end: ${loadAverage()}`);
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
