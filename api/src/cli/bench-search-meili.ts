// The Meilisearch part of `npm run bench:search`, run when MEILI_URL is set: a timed reindex of the
// benchmark's services (progress bar), then the same query mix through an API on Meilisearch, next
// to the engine called directly (the client's HTTP round trips to Meilisearch, no API) and
// Meilisearch's own processing time. The API's own share is the API's latency minus the engine's,
// query by query.
import cliProgress from 'cli-progress';
import type { DataSource } from 'typeorm';
import { MeilisearchEngine } from '../search/meilisearch/meilisearch-search.engine.js';
import type { SearchQuery } from '../search/search-engine.js';
import { SearchIndexer } from '../search/search-indexer.js';

export interface BenchTools {
  dataSource: DataSource;
  mix: { kind: string; query: string }[];
  engineQueries: SearchQuery[];
  clientCount: number;
  /** Starts the API with these variables; returns its base search URL and a stop function. */
  startApi: (env: Record<string, string>) => Promise<{ base: string; stop: () => void }>;
  measure: <T>(items: T[], clients: number, run: (item: T) => Promise<unknown>) => Promise<Measurement>;
  percentiles: (values: number[]) => { p50: number; p95: number; p99: number };
  fetchOk: (url: string) => Promise<void>;
  line: (label: string, r: Measurement) => string;
}

interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  latencies: number[];
}

export async function benchMeilisearch(tools: BenchTools, url: string, apiKey: string, services: number): Promise<void> {
  const indexName = `bench_${services}`;
  const engine = new MeilisearchEngine({ url, apiKey, indexName, timeoutMs: 10_000 });
  let api: { base: string; stop: () => void } | undefined;
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
    const reindexSeconds = (performance.now() - started) / 1000;
    console.log(
      `\nMeilisearch ${version.pkgVersion}: reindex of ${indexed.toLocaleString('en')} services in ${reindexSeconds.toFixed(1)} s [target ≤ 15 s: ${reindexSeconds <= 15 ? 'met' : 'not met'}]`,
    );

    api = await tools.startApi({ MEILI_URL: url, MEILI_MASTER_KEY: apiKey, MEILI_INDEX: indexName });
    const base = api.base;
    for (let waited = 0; ; waited += 200) {
      const health = (await (await fetch(new URL('/api/health', base))).json()) as { status: string };
      if (health.status === 'ok') break;
      if (waited > 60_000) throw new Error('the API on Meilisearch did not become ready within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // After a slow request (a loaded machine) the API answers from the fallback for a 10 s cool-down.
    for (let waited = 0; ; waited += 1000) {
      const answeredBy = (await (await fetch(`${base}q=schulden`)).json()) as { engine: string };
      if (answeredBy.engine === 'meilisearch') break;
      if (waited > 60_000) throw new Error(`the API answered from ${answeredBy.engine}, not Meilisearch`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }

    for (const { query } of tools.mix.slice(0, 100)) await tools.fetchOk(base + query);
    for (const query of tools.engineQueries.slice(0, 100)) await engine.search(query);

    console.log(`API on Meilisearch${''.padEnd(8)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'req/s'.padStart(10)}`);
    const single = await tools.measure(tools.mix, 1, ({ query }) => tools.fetchOk(base + query));
    console.log(tools.line('HTTP, 1 client', single));
    const concurrent = await tools.measure(tools.mix, tools.clientCount, ({ query }) => tools.fetchOk(base + query));
    console.log(tools.line(`HTTP, ${tools.clientCount} clients`, concurrent));
    const processing: number[] = [];
    const direct = await tools.measure(tools.engineQueries, 1, async (query) => {
      await engine.search(query);
      processing.push(engine.lastProcessingTimeMs);
    });
    console.log(tools.line('engine → Meilisearch', direct));
    const own = tools.percentiles(processing);
    console.log(`${'Meilisearch processingTime'.padEnd(26)}${ms(own.p50)}${ms(own.p95)}${ms(own.p99)}`);
    const share = tools.percentiles(single.latencies.map((latency, i) => latency - direct.latencies[i]));
    console.log(`${"API's own share (API − engine)".padEnd(26)}${ms(share.p50)}${ms(share.p95)}${ms(share.p99)}`);
    console.log(
      `targets on Meilisearch at 20,000: API p95 ≤ 15 ms [${single.p95 <= 15 ? 'met' : 'not met'}], API's own share p50 ≤ 2 ms [${share.p50 <= 2 ? 'met' : 'not met'}], reindex ≤ 15 s [${reindexSeconds <= 15 ? 'met' : 'not met'}]`,
    );
  } finally {
    api?.stop();
    await engine.close();
  }
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`.padStart(10);
}
