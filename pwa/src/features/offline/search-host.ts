// Holds the on-device search index over what IndexedDB stores: built once from the stored
// snapshot, then kept current with the change-feed deltas sync hands it. Runs inside the search
// worker in the app, and in-process where there is no Worker (Jest, Node). The analysed texts are
// kept in IndexedDB too, so a start reuses them and analyses only listings that changed.
import { getAllServices, getMeta, getStoredSearchIndex, putStoredSearchIndex } from '../../lib/offline-db';
import type { SearchFilters } from '../search';
import { DeviceSearch, type DeviceSearchOptions, type DeviceSearchResponse } from './device-search.js';
import type { SnapshotService } from './snapshot-types.js';

/** What sync tells the index: the stored data was replaced, or these records changed. */
export type IndexUpdate = { kind: 'reload' } | { kind: 'changes'; upserts: SnapshotService[]; removedIds: string[] };

/** Feed pages come in bursts: store the analysed texts once they stop. */
const STORE_DELAY_MS = 5_000;

export class SearchHost {
  private index: Promise<DeviceSearch | null> | null = null;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Null when the device holds no snapshot yet. */
  private load(): Promise<DeviceSearch | null> {
    this.index ??= (async () => {
      const [reference, holidays, services, stored] = await Promise.all([
        getMeta('reference'),
        getMeta('holidays'),
        getAllServices(),
        getStoredSearchIndex(),
      ]);
      if (!reference || services.length === 0) {
        this.index = null;
        return null;
      }
      const search = new DeviceSearch(reference, holidays ?? []);
      if (search.upsert(services, stored) > 0) this.storeLater(search, 0);
      return search;
    })();
    return this.index;
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
    return index.search(filters, options);
  }
}
