// The benchmark page's script (bench.html, built only into .data/pwa-bench-dist): the app's own
// offline sync and on-device search, driven by run-bench.ts through `window.bench`. Nothing here
// reaches the production bundle.
import { searchOnDevice, startOfflineSync } from '../src/features/offline/index.js';
import { getOfflineStatus } from '../src/features/offline/offline-status.js';
import { filtersFromParams } from '@sociale-kaart/core';

export interface OfflineData {
  /** From startOfflineSync() until the status says the device holds the snapshot. */
  syncMs: number;
  serviceCount: number;
}

export interface BenchRun {
  /** Per query, in the order given: performance.now() around searchOnDevice(). */
  ms: number[];
  /** Per query: the total the device found. */
  totals: number[];
  /**
   * The first search after the sync builds the index in the search worker: that search's time
   * (IndexedDB read, indexing and the query), and the same query's time right after it.
   */
  firstSearch: { ms: number; againMs: number };
}

export interface BenchApi {
  waitForOfflineData(timeoutMs: number): Promise<OfflineData>;
  runBench(queries: string[]): Promise<BenchRun>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

const PAGE_SIZE = 20;
const search = (query: string) => searchOnDevice(filtersFromParams(new URLSearchParams(query)), { pageSize: PAGE_SIZE });
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
};

let syncStarted = 0;
let firstSearch: BenchRun['firstSearch'] | undefined;

window.bench = {
  async waitForOfflineData(timeoutMs) {
    if (!syncStarted) {
      syncStarted = performance.now();
      startOfflineSync();
    }
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      // The status store's plain accessor (the app reads it through useOfflineStatus()).
      const status = getOfflineStatus();
      if (!status.isSyncing && status.error) throw new Error(`offline sync failed: ${status.error}`);
      if (!status.isSyncing && status.serviceCount > 0 && status.syncedAt) {
        return { syncMs: performance.now() - syncStarted, serviceCount: status.serviceCount };
      }
      if (performance.now() > deadline) throw new Error(`the device did not hold the snapshot within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },

  async runBench(queries) {
    if (!firstSearch && queries.length > 0) {
      const [, first] = await timed(() => search(queries[0]));
      const [, again] = await timed(() => search(queries[0]));
      firstSearch = { ms: first, againMs: again };
    }
    const ms: number[] = [];
    const totals: number[] = [];
    for (const query of queries) {
      const [result, took] = await timed(() => search(query));
      ms.push(took);
      totals.push(result.total);
    }
    return { ms, totals, firstSearch: firstSearch ?? { ms: 0, againMs: 0 } };
  },
};
document.getElementById('status')!.textContent = 'ready';
