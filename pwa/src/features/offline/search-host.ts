// Holds the on-device search index over what IndexedDB stores: built once from the stored
// snapshot, then kept current with the change-feed deltas sync hands it. Runs inside the search
// worker in the app, and in-process where there is no Worker (Jest, Node).
import { getAllServices, getMeta } from '../../lib/offline-db';
import type { SearchFilters } from '../search';
import { DeviceSearch, type DeviceSearchOptions, type DeviceSearchResponse } from './device-search.js';
import type { SnapshotService } from './snapshot-types.js';

/** What sync tells the index: the stored data was replaced, or these records changed. */
export type IndexUpdate = { kind: 'reload' } | { kind: 'changes'; upserts: SnapshotService[]; removedIds: string[] };

export class SearchHost {
  private index: Promise<DeviceSearch | null> | null = null;

  /** Null when the device holds no snapshot yet. */
  private load(): Promise<DeviceSearch | null> {
    this.index ??= (async () => {
      const [reference, holidays, services] = await Promise.all([getMeta('reference'), getMeta('holidays'), getAllServices()]);
      if (!reference || services.length === 0) {
        this.index = null;
        return null;
      }
      const search = new DeviceSearch(reference, holidays ?? []);
      search.upsert(services);
      return search;
    })();
    return this.index;
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
