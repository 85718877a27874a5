// The Meilisearch part of `npm run bench:search`, run when MEILI_URL is set: a timed reindex of the
// benchmark's services (progress bar), then the same query mix through an API on Meilisearch, next
// to the engine called directly (the client's HTTP round trips to Meilisearch, no API) and
// Meilisearch's own processing time. The API's own share is the API's latency minus the engine's,
// query by query. Returns the figures for bench-search.ts's side-by-side table.
import cliProgress from 'cli-progress';
import type { DataSource } from 'typeorm';
import { MeilisearchEngine } from '../search/meilisearch/meilisearch-search.engine.js';
import type { SearchQuery } from '../search/search-engine.js';
import { SearchIndexer } from '../search/search-indexer.js';
import {
  type Api,
  fetchOk,
  header,
  line,
  ms,
  measure,
  type Measurement,
  percentiles,
  seconds,
  serverMemory,
  type ServerMemory,
} from './bench-search-tools.js';

export interface BenchTools {
  dataSource: DataSource;
  mix: { kind: string; query: string }[];
  engineQueries: SearchQuery[];
  clientCount: number;
  /** Starts the API with these variables, once /api/health says ok. */
  startApi: (env: Record<string, string>) => Promise<Api>;
}

export interface MeiliRun {
  single: Measurement;
  concurrent: Measurement;
  direct: Measurement;
  processing: { p50: number; p95: number; p99: number };
  share: { p50: number; p95: number; p99: number };
  reindexMs: number;
  readyMs: number;
  memory: ServerMemory;
}

export async function benchMeilisearch(tools: BenchTools, url: string, apiKey: string, services: number): Promise<MeiliRun> {
  const indexName = `bench_${services}`;
  const engine = new MeilisearchEngine({ url, apiKey, indexName, timeoutMs: 10_000 });
  let api: Api | undefined;
  try {
    const version = (await (await fetch(new URL('/version', url), { headers: { authorization: `Bearer ${apiKey}` } })).json()) as {
      pkgVersion: string;
    };
    const bar = new cliProgress.SingleBar(
      { format: `meilisearch [{bar}] {value}/{total} services | {eta_formatted} left`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = performance.now();
    let isStarted = false;
    const indexed = await new SearchIndexer(tools.dataSource).reindex(engine, (done, total) => {
      if (!isStarted) bar.start(total, done);
      else bar.update(done);
      isStarted = true;
    });
    bar.stop();
    const reindexMs = performance.now() - started;
    console.log(
      `\nMeilisearch ${version.pkgVersion}: reindex of ${indexed.toLocaleString('en')} services in ${seconds(reindexMs)} [target ≤ 15 s: ${reindexMs <= 15_000 ? 'met' : 'not met'}]`,
    );

    api = await tools.startApi({ MEILI_URL: url, MEILI_MASTER_KEY: apiKey, MEILI_INDEX: indexName });
    const base = api.base;
    // After a slow request (a loaded machine) the API answers from the fallback for a 10 s cool-down.
    for (let waited = 0; ; waited += 1000) {
      const answeredBy = (await (await fetch(`${base}q=schulden`)).json()) as { engine: string };
      if (answeredBy.engine === 'meilisearch') break;
      if (waited > 60_000) throw new Error(`the API answered from ${answeredBy.engine}, not Meilisearch`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }

    for (const { query } of tools.mix.slice(0, 100)) await fetchOk(base + query);
    for (const query of tools.engineQueries.slice(0, 100)) await engine.search(query);

    console.log(header('API on Meilisearch'));
    const single = await measure(tools.mix, 1, ({ query }) => fetchOk(base + query));
    console.log(line('  HTTP, 1 client', single));
    const concurrent = await measure(tools.mix, tools.clientCount, ({ query }) => fetchOk(base + query));
    console.log(line(`  HTTP, ${tools.clientCount} clients`, concurrent));
    const processingTimes: number[] = [];
    const direct = await measure(tools.engineQueries, 1, async (query) => {
      await engine.search(query);
      processingTimes.push(engine.lastProcessingTimeMs);
    });
    console.log(line('  engine → Meilisearch', direct));
    const processing = percentiles(processingTimes);
    console.log(`${'  Meilisearch processingTimeMs'.padEnd(30)}${ms(processing.p50)}${ms(processing.p95)}${ms(processing.p99)}`);
    const share = percentiles(single.latencies.map((latency, i) => latency - direct.latencies[i]));
    console.log(`${"  API's share (API − engine)".padEnd(30)}${ms(share.p50)}${ms(share.p95)}${ms(share.p99)}`);
    const memory = await serverMemory(api);
    console.log(
      `targets on Meilisearch at 20,000: API p95 ≤ 15 ms [${single.p95 <= 15 ? 'met' : 'not met'}], API's own share p50 ≤ 2 ms [${share.p50 <= 2 ? 'met' : 'not met'}], reindex ≤ 15 s [${reindexMs <= 15_000 ? 'met' : 'not met'}]`,
    );
    return { single, concurrent, direct, processing, share, reindexMs, readyMs: api.readyMs, memory };
  } finally {
    await api?.stop();
    await engine.close();
  }
}
