// The one module through which the PWA reads and writes IndexedDB (database `sociale-kaart`,
// see docs/offline.md): the offline snapshot of published services, sync state, reference data
// for on-device search (and its analysed text index, so a start need not analyse 20,000 listings
// again), the favourites of "mijn netwerk" and the offline searches waiting to be counted. Everything else calls these
// intent-named functions; the search worker opens the same database through this module.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SnapshotHoliday, SnapshotService, StoredReference } from '../features/offline/snapshot-types';
import type { StoredTextIndex } from '@sociale-kaart/core';

const DB_NAME = 'sociale-kaart';
const DB_VERSION = 1;

export interface SyncState {
  /** Change-feed cursor of the data held. */
  cursor: string;
  /** ETag of the snapshot last downloaded, for If-None-Match. */
  etag: string | null;
  /** When the data was last brought up to date (ISO). */
  syncedAt: string;
}

export interface FavouriteRow {
  id: string;
  savedAt: string;
  /** The record as it was when saved: a favourite still opens after the listing leaves the snapshot. */
  service: SnapshotService;
}

/**
 * A search the device answered offline, waiting to be counted by the API (features/offline/
 * search-log.ts): the filters, the result count and the day, never who searched.
 */
export interface QueuedSearch {
  /** Random, to remove exactly the entries the API accepted. */
  id: string;
  day: string;
  resultCount: number;
  lifeDomain: string[];
  targetGroup: string[];
  language: string[];
  district: string[];
  wijk: string[];
  free: boolean;
  walkIn: boolean;
  q?: string;
}

interface MetaValues {
  sync: SyncState;
  holidays: SnapshotHoliday[];
  reference: StoredReference & { fetchedAt: string };
  persisted: boolean;
  /** The search worker's analysed texts; each service's entry is used only while its texts are unchanged. */
  searchIndex: StoredTextIndex;
  searchLog: QueuedSearch[];
}

interface OfflineSchema extends DBSchema {
  services: { key: string; value: SnapshotService };
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  favourites: { key: string; value: FavouriteRow; indexes: { savedAt: string } };
}

let database: Promise<IDBPDatabase<OfflineSchema>> | undefined;

function db(): Promise<IDBPDatabase<OfflineSchema>> {
  database ??= openDB<OfflineSchema>(DB_NAME, DB_VERSION, {
    upgrade(upgrade) {
      upgrade.createObjectStore('services', { keyPath: 'id' });
      upgrade.createObjectStore('meta');
      upgrade.createObjectStore('favourites', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
    },
    // Another tab upgrading the schema: let it, and reopen on next use.
    blocking() {
      void database?.then((d) => d.close());
      database = undefined;
    },
  });
  return database;
}

export function isOfflineDbAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export async function getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
  return (await (await db()).get('meta', key)) as MetaValues[K] | undefined;
}

export async function putMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void> {
  await (await db()).put('meta', value, key);
}

/** The stored text index, or undefined (none yet, or unreadable: the worker then analyses again). */
export async function getStoredSearchIndex(): Promise<StoredTextIndex | undefined> {
  const stored = await getMeta('searchIndex').catch(() => undefined);
  return stored?.format === 1 ? stored : undefined;
}

export async function putStoredSearchIndex(index: StoredTextIndex): Promise<void> {
  await putMeta('searchIndex', index);
}

export async function getAllServices(): Promise<SnapshotService[]> {
  return (await db()).getAll('services');
}

export async function getStoredService(id: string): Promise<SnapshotService | undefined> {
  return (await db()).get('services', id);
}

export async function countServices(): Promise<number> {
  return (await db()).count('services');
}

/** Replaces every stored service with a downloaded snapshot, in one transaction with its sync state. */
export async function replaceSnapshot(services: SnapshotService[], holidays: SnapshotHoliday[], sync: SyncState): Promise<void> {
  const tx = (await db()).transaction(['services', 'meta'], 'readwrite');
  const store = tx.objectStore('services');
  await store.clear();
  await Promise.all([
    ...services.map((s) => store.put(s)),
    tx.objectStore('meta').put(holidays, 'holidays'),
    tx.objectStore('meta').put(sync, 'sync'),
    tx.done,
  ]);
}

/** Applies one page of the change feed and moves the cursor, atomically: a crash never skips changes. */
export async function applyChanges(upserts: SnapshotService[], removedIds: string[], sync: SyncState): Promise<void> {
  const tx = (await db()).transaction(['services', 'meta'], 'readwrite');
  const store = tx.objectStore('services');
  await Promise.all([
    ...upserts.map((s) => store.put(s)),
    ...removedIds.map((id) => store.delete(id)),
    tx.objectStore('meta').put(sync, 'sync'),
    tx.done,
  ]);
}

/** Adds an offline search to the queue, keeping the newest `max` (one transaction: tabs may add at once). */
export async function appendQueuedSearch(entry: QueuedSearch, max: number): Promise<void> {
  const tx = (await db()).transaction('meta', 'readwrite');
  const queue = ((await tx.store.get('searchLog')) as QueuedSearch[] | undefined) ?? [];
  queue.push(entry);
  await tx.store.put(queue.slice(-max), 'searchLog');
  await tx.done;
}

export async function getQueuedSearches(): Promise<QueuedSearch[]> {
  return (await getMeta('searchLog')) ?? [];
}

/** Removes the searches with these ids (those the API counted, or refused for good). */
export async function removeQueuedSearches(ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  const tx = (await db()).transaction('meta', 'readwrite');
  const queue = ((await tx.store.get('searchLog')) as QueuedSearch[] | undefined) ?? [];
  await tx.store.put(
    queue.filter((entry) => !gone.has(entry.id)),
    'searchLog',
  );
  await tx.done;
}

export async function listFavouriteRows(): Promise<FavouriteRow[]> {
  return (await db()).getAllFromIndex('favourites', 'savedAt');
}

export async function getFavouriteRow(id: string): Promise<FavouriteRow | undefined> {
  return (await db()).get('favourites', id);
}

export async function putFavouriteRow(row: FavouriteRow): Promise<void> {
  await (await db()).put('favourites', row);
}

export async function deleteFavouriteRow(id: string): Promise<void> {
  await (await db()).delete('favourites', id);
}
