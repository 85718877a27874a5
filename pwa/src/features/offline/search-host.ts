// Holds the on-device search index over what IndexedDB stores: built once from the stored
// snapshot, then kept current with the change-feed deltas sync hands it. Runs inside the search
// worker in the app, and in-process where there is no Worker (Jest, Node). The analysed texts are
// kept in IndexedDB too, so a start reuses them and analyses only listings that changed. A start
// places the records first and answers queries without text from them while the texts are placed
// in time slices; a query with text waits until they all are (never a partial text answer).
// The `offline:*` performance marks (worker: records read/placed, texts placed, answered) are
// there to read a cold start's timeline from a browser (docs/offline.md, Performance).
import { getAllServices, getMeta, getStoredSearchIndex, putStoredSearchIndex } from '../../lib/offline-db';
import type { SearchFilters } from '../search';
import { DeviceSearch, type DeviceSearchOptions, type DeviceSearchResponse, type StoredTextIndex } from '@sociale-kaart/core';
import type { SnapshotService } from './snapshot-types.js';

/** What sync tells the index: the stored data was replaced, or these records changed. */
export type IndexUpdate = { kind: 'reload' } | { kind: 'changes'; upserts: SnapshotService[]; removedIds: string[] };

/** Feed pages come in bursts: store the analysed texts once they stop. */
const STORE_DELAY_MS = 5_000;
/**
 * Texts are placed in slices of about this long, then the worker yields: a query without text
 * waiting meanwhile is answered within a slice. A time budget, not a count: reusing a stored
 * vector takes microseconds, analysing a text from scratch ~0.3 ms (2,000 of those blocked a
 * waiting query for ~0.6 s).
 */
const TEXT_SLICE_MS = 15;
/** Texts placed between two looks at the clock. */
const TEXT_STEP = 100;

/**
 * Yields to the event loop (a waiting query's message). A MessageChannel round trip, not
 * setTimeout(0): nested timeouts are clamped to 4 ms, hundreds of slices would add seconds.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

export class SearchHost {
  private index: Promise<DeviceSearch | null> | null = null;
  /** The index loaded last; one still placing texts when it is replaced stops. */
  private current: DeviceSearch | null = null;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Per index, settled once all its texts are placed. */
  private readonly textReady = new WeakMap<DeviceSearch, Promise<void>>();

  /** Null when the device holds no snapshot yet. */
  private load(): Promise<DeviceSearch | null> {
    this.index ??= (async () => {
      // The stored texts are read meanwhile: the records alone answer the first screen.
      const stored = getStoredSearchIndex();
      const [reference, holidays, services] = await Promise.all([getMeta('reference'), getMeta('holidays'), getAllServices()]);
      performance.mark('offline:records-read');
      if (!reference || services.length === 0) {
        this.index = null;
        return null;
      }
      const search = new DeviceSearch(reference, holidays ?? []);
      search.upsertDeferringText(services);
      this.current = search;
      performance.mark('offline:records-placed');
      this.textReady.set(search, this.placeTexts(search, stored));
      return search;
    })();
    return this.index;
  }

  private async placeTexts(search: DeviceSearch, stored: Promise<StoredTextIndex | undefined>): Promise<void> {
    const reusable = await stored;
    performance.mark('offline:stored-index-read');
    let analysed = 0;
    while (search.isTextPending) {
      await nextTask();
      // Replaced meanwhile (a new snapshot): stop, rather than analyse texts nobody will search.
      if (this.current !== search) return;
      const sliceEnd = performance.now() + TEXT_SLICE_MS;
      do analysed += search.placeTexts(TEXT_STEP, reusable);
      while (search.isTextPending && performance.now() < sliceEnd);
    }
    performance.mark('offline:texts-placed', { detail: { analysed } });
    if (analysed > 0) this.storeLater(search, 0);
  }

  /** Keeps the analysed texts for the next start, off the path of the answer that is waiting. */
  private storeLater(search: DeviceSearch, delay = STORE_DELAY_MS): void {
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => {
      void (async () => {
        if ((await this.index) !== search) return;
        await putStoredSearchIndex(search.storeText());
        performance.mark('offline:index-stored');
      })().catch(() => undefined);
    }, delay);
  }

  /** Starts reading IndexedDB and building now, before the first query asks (the worker's start). */
  warmUp(): void {
    void this.load().catch(() => undefined);
  }

  async update(update: IndexUpdate): Promise<void> {
    if (update.kind === 'reload' || !this.index) {
      this.index = null;
      this.current = null;
      return;
    }
    const index = await this.index;
    if (!index) return;
    await this.textReady.get(index);
    index.upsert(update.upserts);
    index.remove(update.removedIds);
    this.storeLater(index);
  }

  async search(filters: SearchFilters, options: DeviceSearchOptions): Promise<DeviceSearchResponse> {
    const index = await this.load();
    if (!index) {
      return {
        hits: [],
        total: 0,
        page: filters.page,
        pageSize: options.pageSize,
        totalPages: 0,
        engine: 'device',
        isFallback: false,
        facets: { lifeDomain: {}, targetGroup: {}, language: {}, district: {} },
      };
    }
    if (filters.q.trim().length > 0) {
      await this.textReady.get(index);
      // Its texts were never all placed (replaced by a new snapshot meanwhile): ask the new one.
      if (index.isTextPending) return this.search(filters, options);
    }
    return index.search(filters, options);
  }
}
