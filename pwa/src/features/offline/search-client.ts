// The UI's entry to on-device search: one worker per app (Vite bundles search.worker.ts from the
// `new URL(…, import.meta.url)` below); where there is no Worker (Jest, Node) the same SearchHost
// runs in-process.
import type { SearchFilters } from '../search';
import type { DeviceSearchOptions, DeviceSearchResponse } from '@sociale-kaart/core';
import { type IndexUpdate, SearchHost } from './search-host.js';

export type WorkerRequest =
  | { type: 'search'; id: number; filters: SearchFilters; options: { pageSize: number; language?: string }; now?: string }
  | { type: 'update'; update: IndexUpdate };

export type WorkerResponse = { id: number; result: DeviceSearchResponse } | { id: number; error: string };

interface Backend {
  search(filters: SearchFilters, options: DeviceSearchOptions): Promise<DeviceSearchResponse>;
  update(update: IndexUpdate): void;
}

function workerBackend(): Backend {
  performance.mark('offline:worker-create');
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (r: DeviceSearchResponse) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const reply = event.data;
    performance.mark('offline:answer-received');
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.result);
  };
  return {
    search(filters, options) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const message: WorkerRequest = {
          type: 'search',
          id,
          filters,
          options: { pageSize: options.pageSize, language: options.language },
          now: options.now?.toISOString(),
        };
        worker.postMessage(message);
      });
    },
    update(update) {
      worker.postMessage({ type: 'update', update } satisfies WorkerRequest);
    },
  };
}

function inProcessBackend(): Backend {
  const host = new SearchHost();
  return { search: (filters, options) => host.search(filters, options), update: (update) => void host.update(update) };
}

let backend: Backend | undefined;
function getBackend(): Backend {
  backend ??= typeof Worker !== 'undefined' && typeof window !== 'undefined' ? workerBackend() : inProcessBackend();
  return backend;
}

/**
 * Starts the search worker (and its IndexedDB reads) now instead of at the first search: the
 * index then loads while the page evaluates its scripts and renders (start-early.ts).
 */
export function startDeviceSearch(): void {
  getBackend();
}

/** Searches the listings on the device, with the API's filters, order and answer shape. */
export function searchOnDevice(filters: SearchFilters, options: DeviceSearchOptions): Promise<DeviceSearchResponse> {
  return getBackend().search(filters, options);
}

/** Sync tells the index what changed in IndexedDB. */
export function updateSearchIndex(update: IndexUpdate): void {
  // No index yet: the one made later reads IndexedDB as it is then (starting a worker here only
  // to load the data twice, once before and once after this update, wasted a second).
  backend?.update(update);
}
