// The PWA benchmark's (run-bench.ts) server side: its own embedded PostgreSQL with N synthetic
// services (.data/bench-pwa-postgres, port 54346: bench-database.ts), the query mix from that
// data's vocabulary, the API in its own Node process serving the bench build, and the snapshot
// downloaded as the API sends it.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BenchDatabase, fromRepoRoot, openBenchDatabase, SearchVocabulary } from '@sociale-kaart/api/bench';
import { buildQueryMix, type MixQuery, Random } from '@sociale-kaart/core/dev';

/** The bench build (vite.bench.config.ts): the app plus bench.html, served by the API. */
export const BENCH_DIST = fromRepoRoot('.data/pwa-bench-dist');
/** Queries measured on the device, and more before them to warm up. */
export const MEASURED = 200;
export const WARM_UP = 20;

let api: ChildProcess | undefined;

/**
 * The embedded PostgreSQL with N synthetic services, as `npm run bench:snapshot` fills its own:
 * the same helper, and the same reuse rule (kept while it holds N services). Only DATA_DIR is read
 * from the environment: a DATABASE_URL there must never be truncated by a bench. `onOpen` gets
 * the database before it is filled, so that Ctrl-C meanwhile stops PostgreSQL too.
 */
export function openPwaBenchDatabase(services: number, onOpen: (database: BenchDatabase) => void): Promise<BenchDatabase> {
  return openBenchDatabase({
    dataDir: '.data/bench-pwa-postgres',
    port: 54346,
    services,
    log: (message) => console.log(message),
    onOpen,
  });
}

/** The API search benchmark's mix (bench-query-mix.ts, same seed): the first 200 measured, 20 more to warm up. */
export async function queryMix(opened: BenchDatabase, seed: number): Promise<{ warmUp: MixQuery[]; measured: MixQuery[] }> {
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
export async function startApi(port: number, databaseUrl: string): Promise<ChildProcess> {
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
      // Production refuses to start without a mail server; the benchmark sends no mail.
      SMTP_URL: 'smtp://127.0.0.1:25',
      ...(process.env.DATA_DIR ? { DATA_DIR: process.env.DATA_DIR } : {}),
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

export async function stopApi(): Promise<void> {
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
export function download(
  port: number,
  acceptEncoding: string,
  path = '/api/v1/snapshot',
): Promise<{ body: Buffer; encoding: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding }, timeout: 120_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`GET ${path}: HTTP ${response.statusCode}`));
        resolve({
          body: Buffer.concat(chunks),
          encoding: response.headers['content-encoding'] ?? 'identity',
          ms: performance.now() - started,
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}
