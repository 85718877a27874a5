// Measures on-device search in Node over 20,000 synthetic services (docs/offline.md, Performance):
// index build time and heap, the cold start (stored index → first answer), and query latency
// p50/p95/p99 by kind over the API benchmark's seeded query mix and the broad queries of typing.
// `--golden-write FILE` stores every answer's fingerprint, `--golden-check FILE` compares with it,
// so an optimisation can be shown to change no result.
// `--repeat N` times each query N times and keeps the fastest (for a machine shared with other work).
//   node --expose-gc --import ./api/src/dev-loader.mjs core/bench/measure-device-search.ts [--dir .data/perf-offline]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DeviceSearch, type DeviceSearchResponse } from '../src/search/device-search.js';
import { broadQueries, CORPUS_HELP, loadCorpus, type MeasuredQuery, queryMix } from './corpus.js';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: '.data/perf-offline' },
    services: { type: 'string', default: '20000' },
    queries: { type: 'string', default: '200' },
    'golden-write': { type: 'string' },
    'golden-check': { type: 'string' },
    /** Runs each query N times and keeps the fastest: on a shared, loaded machine this filters out other processes' noise. */
    repeat: { type: 'string', default: '1' },
  },
});
if (!existsSync(`${args.dir}/snapshot.json`)) {
  console.error(CORPUS_HELP.replaceAll('DIR', args.dir));
  process.exit(2);
}

const PAGE_SIZE = 20;
/** A fixed moment: `open` statuses, and so the golden answers, do not depend on when this runs. */
const NOW = new Date('2026-11-24T10:00:00+01:00');
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

const corpus = loadCorpus(args.dir, Number(args.services));
const heapRecords = heapMb();
let started = performance.now();
const device = new DeviceSearch(corpus.reference, corpus.holidays);
device.upsert(corpus.services);
const buildMs = performance.now() - started;
const heapIndex = heapMb();

console.log(`on-device search: ${device.size.toLocaleString('en')} services${gc ? '' : ' (run with --expose-gc for exact heap figures)'}`);
console.log(`index build          ${ms(buildMs).padStart(10)}`);
console.log(
  `heap                 ${`${heapIndex.toFixed(0)} MB`.padStart(10)}   (records alone ${heapRecords.toFixed(0)} MB, index ${(heapIndex - heapRecords).toFixed(0)} MB)`,
);

// A later start: the analysed texts come back from IndexedDB (structuredClone stands in for it).
const stored = structuredClone(device.storeText());
const storedMb =
  (stored.entries.byteLength + stored.positionCounts.byteLength + stored.positions.byteLength + stored.hashes.byteLength) / 1024 / 1024;
started = performance.now();
const restarted = new DeviceSearch(corpus.reference, corpus.holidays);
const analysed = restarted.upsert(corpus.services, stored);
const reloadMs = performance.now() - started;
restarted.search(broadQueries().find((q) => q.query === '')!.filters, { pageSize: PAGE_SIZE, now: NOW });
const firstAfterReload = performance.now() - started;
console.log(
  `start, stored index  ${ms(reloadMs).padStart(10)}   (${analysed} analysed again; stored ${storedMb.toFixed(1)} MB of arrays + ${stored.lexemes.length.toLocaleString('en')} lexemes)`,
);
console.log(`  … to first answer  ${ms(firstAfterReload).padStart(10)}`);

// The worker's start (search-host.ts): records first, the first answer without text, then the texts.
const browse = broadQueries().find((q) => q.query === '')!.filters;
started = performance.now();
const deferred = new DeviceSearch(corpus.reference, corpus.holidays);
deferred.upsertDeferringText(corpus.services);
deferred.search(browse, { pageSize: PAGE_SIZE, now: NOW });
const firstNoText = performance.now() - started;
deferred.placeTexts(Infinity, stored);
deferred.search(queryMix(corpus, 1)[0].filters, { pageSize: PAGE_SIZE, now: NOW });
console.log(
  `start, records first ${ms(firstNoText).padStart(10)}   (first answer without text; with text after ${ms(performance.now() - started)})`,
);

const search = (q: MeasuredQuery) => device.search(q.filters, { pageSize: PAGE_SIZE, now: NOW });
started = performance.now();
search({ kind: 'browse', query: '', filters: broadQueries().find((q) => q.query === '')!.filters });
console.log(`first answer         ${ms(performance.now() - started).padStart(10)}   (browse, no text, right after the build)`);

/** Facet keys sorted: their order is not part of the answer (the API's follows its SQL plan). */
const canonical = (r: DeviceSearchResponse) => ({
  ...r,
  facets: Object.fromEntries(Object.entries(r.facets).map(([k, counts]) => [k, Object.entries(counts).sort()])),
});
const fingerprint = (r: DeviceSearchResponse) =>
  createHash('sha1')
    .update(JSON.stringify(canonical(r)))
    .digest('hex')
    .slice(0, 16);
const percentile = (sortedValues: number[], p: number) =>
  sortedValues[Math.min(sortedValues.length - 1, Math.ceil((p / 100) * sortedValues.length) - 1)];

function run(label: string, queries: MeasuredQuery[], golden: Record<string, string>): void {
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  for (const q of queries) {
    let answer: DeviceSearchResponse | undefined;
    let took = Infinity;
    for (let r = 0; r < Math.max(1, Number(args.repeat)); r++) {
      const t0 = performance.now();
      answer = search(q);
      took = Math.min(took, performance.now() - t0);
    }
    if (!answer) throw new Error('no answer');
    all.push(took);
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), took]);
    golden[`${label} ${q.query}`] = `${answer.total} ${fingerprint(answer)}`;
  }
  const line = (name: string, values: number[]) => {
    const s = values.slice().sort((a, b) => a - b);
    return `  ${name.padEnd(24)} ${String(s.length).padStart(4)}  p50 ${ms(percentile(s, 50)).padStart(9)}  p95 ${ms(percentile(s, 95)).padStart(9)}  p99 ${ms(percentile(s, 99)).padStart(9)}  max ${ms(s[s.length - 1]).padStart(9)}`;
  };
  console.log(`\n${label}`);
  for (const [kind, values] of [...byKind].sort()) console.log(line(kind, values));
  console.log(line('ALL', all));
}

// Warm-up with another seed: JIT and lazily built structures, without repeating the measured queries.
for (const q of queryMix(corpus, 100, 8)) search(q);
const golden: Record<string, string> = {};
run(`query mix (${args.queries} queries, seed 7, page of ${PAGE_SIZE})`, queryMix(corpus, Number(args.queries)), golden);
run('broad queries (typing, short prefixes, word pairs, browsing)', broadQueries(), golden);

if (args['golden-write']) writeFileSync(args['golden-write'], JSON.stringify(golden, null, 1));
if (args['golden-check']) {
  const expected = JSON.parse(readFileSync(args['golden-check'], 'utf8')) as Record<string, string>;
  const differing = Object.keys(expected).filter((k) => expected[k] !== golden[k]);
  console.log(
    `\ngolden answers: ${differing.length === 0 ? 'all identical' : `${differing.length} differ`} (${Object.keys(expected).length} compared)`,
  );
  differing.slice(0, 10).forEach((k) => console.log(`  ${k}: expected ${expected[k]}, got ${golden[k]}`));
  if (differing.length > 0) process.exitCode = 1;
}
