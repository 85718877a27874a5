// The search worker: indexing 20,000 listings and answering queries off the main thread, so typing
// stays smooth. Created by search-client.ts; reads IndexedDB itself through lib/offline-db.
import { SearchHost } from './search-host.js';
import type { WorkerRequest, WorkerResponse } from './search-client.js';

performance.mark('offline:worker-start');
const host = new SearchHost();
// The worker is created when a search is coming (at the app's start: start-early.ts): read
// IndexedDB right away rather than after the first message.
host.warmUp();

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'update') {
    await host.update(request.update);
    return;
  }
  let response: WorkerResponse;
  try {
    response = {
      id: request.id,
      result: await host.search(request.filters, { ...request.options, now: request.now ? new Date(request.now) : undefined }),
    };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  performance.mark('offline:answered');
  self.postMessage(response);
};
