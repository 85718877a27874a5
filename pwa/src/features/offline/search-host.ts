// Holds the on-device search index over what IndexedDB stores: built once from the stored
// snapshot, then kept current with the change-feed deltas sync hands it. Runs inside the search
// worker in the app, and in-process where there is no Worker (Jest, Node). The analysed texts are
// kept in IndexedDB too, so a start reuses them and analyses only listings that changed. A start
// places the records first and answers queries without text from them while the texts are placed
// in chunks; a query with text waits until they all are (never a partial text answer).
import { getAllServices, getMeta, getStoredSearchIndex, putStoredSearchIndex } from '../../lib/offline-db';
import type { SearchFilters } from '../search';
import { DeviceSearch, type DeviceSearchOptions, type DeviceSearchResponse } from './device-search.js';
import type { SnapshotService } from './snapshot-types.js';
import type { StoredTextIndex } from './text-index.js';

/** What sync tells the index: the stored data was replaced, or these records changed. */
export type IndexUpdate = { kind: 'reload' } | { kind: 'changes'; upserts: SnapshotService[]; removedIds: string[] };

/** Feed pages come in bursts: store the analysed texts once they stop. */
const STORE_DELAY_MS = 5_000;
/** Texts placed per macrotask at a start: small enough that a waiting query without text is answered in between. */
const TEXT_CHUNK = 2_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SearchHost {
  private index: Promise<DeviceSearch | null> | null = null;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Per index, settled once all its texts are placed. */
  private readonly textReady = new WeakMap<DeviceSearch, Promise<void>>();

  /** Null when the device holds no snapshot yet. */
  private load(): Promise<DeviceSearch | null> {
    this.index ??= (async () => {
      // The stored texts are read meanwhile: the records alone answer the first screen.
      const stored = getStoredSearchIndex();
      const [reference, holidays, services] = await Promise.all([getMeta('reference'), getMeta('holidays'), getAllServices()]);
      if (!reference || services.length === 0) {
        this.index = null;
        return null;
      }
      const search = new DeviceSearch(reference, holidays ?? []);
      search.upsertDeferringText(services);
      this.textReady.set(search, this.placeTexts(search, stored));
      return search;
    })();
    return this.index;
  }

  private async placeTexts(search: DeviceSearch, stored: Promise<StoredTextIndex | undefined>): Promise<void> {
    const reusable = await stored;
    let analysed = 0;
    while (search.isTextPending) {
      await nextTask();
      analysed += search.placeTexts(TEXT_CHUNK, reusable);
    }
    if (analysed > 0) this.storeLater(search, 0);
  }

  /** Keeps the analysed texts for the next start, off the path of the answer that is waiting. */
  private storeLater(search: DeviceSearch, delay = STORE_DELAY_MS): void {
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => {
      void (async () => {
        if ((await this.index) === search) await putStoredSearchIndex(search.storeText());
      })().catch(() => undefined);
    }, delay);
  }

  async update(update: IndexUpdate): Promise<void> {
    if (update.kind === 'reload' || !this.index) {
      this.index = null;
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
    if (filters.q.trim().length > 0) await this.textReady.get(index);
    return index.search(filters, options);
  }
}
