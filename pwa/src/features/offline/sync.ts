// Keeps the device's copy of the listings current (docs/offline.md): the whole snapshot on the
// first visit (or when the change feed says 410 Gone), otherwise the change feed from the stored
// cursor, page by page; on start, on the `online` event and every 5 minutes while visible.
import { decodeStoredTextIndex } from '@sociale-kaart/core';
import {
  applyChanges,
  countServices,
  getMeta,
  isOfflineDbAvailable,
  putMeta,
  putStoredSearchIndex,
  replaceSnapshot,
  type SyncState,
} from '../../lib/offline-db';
import { getOfflineStatus, updateOfflineStatus } from './offline-status.js';
import { fetchReferenceData } from './reference-data.js';
import { updateSearchIndex } from './search-client.js';
import { flushSearchLog } from './search-log.js';
import type { Snapshot, SnapshotChanges } from './snapshot-types.js';

const SYNC_INTERVAL_MS = 5 * 60_000;
/** Reference data (labels, places) changes rarely: refetched daily. */
const REFERENCE_MAX_AGE_MS = 24 * 60 * 60_000;
const CHANGES_PAGE = 500;

class FeedGoneError extends Error {}

async function ensureReference(): Promise<void> {
  const stored = await getMeta('reference');
  // A copy from before languages and holidays were kept is refreshed at once: the filter panel needs them.
  if (stored?.languages && Date.now() - Date.parse(stored.fetchedAt) < REFERENCE_MAX_AGE_MS) return;
  const reference = await fetchReferenceData((path) => fetch(path));
  await putMeta('reference', { ...reference, fetchedAt: new Date().toISOString() });
  if (stored) updateSearchIndex({ kind: 'reload' });
}

async function downloadSnapshot(previous: SyncState | undefined): Promise<void> {
  const response = await fetch('/api/v1/snapshot', { headers: previous?.etag ? { 'If-None-Match': previous.etag } : {} });
  if (response.status === 304 && previous) {
    await putMeta('sync', { ...previous, syncedAt: new Date().toISOString() });
    return;
  }
  if (!response.ok) throw new Error(`GET /api/v1/snapshot: HTTP ${response.status}`);
  const snapshot = (await response.json()) as Snapshot;
  await replaceSnapshot(snapshot.services, snapshot.holidays ?? [], {
    cursor: snapshot.cursor,
    etag: response.headers.get('ETag'),
    syncedAt: new Date().toISOString(),
  });
  await downloadSearchIndex();
  updateSearchIndex({ kind: 'reload' });
}

/**
 * The index the server analysed for this snapshot: with it the search worker places every text
 * instead of analysing it (the first start after a download is as fast as a warm one). Optional:
 * without it (an older server, an error) the device analyses the texts itself, as before.
 */
async function downloadSearchIndex(): Promise<void> {
  try {
    const response = await fetch('/api/v1/snapshot/search-index');
    if (!response.ok) return;
    const stored = decodeStoredTextIndex(new Uint8Array(await response.arrayBuffer()));
    if (stored) await putStoredSearchIndex(stored);
    performance.mark('offline:search-index-downloaded', { detail: { services: stored?.serviceIds.length ?? 0 } });
  } catch {
    // Offline again, or storage full: the device analyses on its own.
  }
}

async function followChanges(state: SyncState): Promise<void> {
  let cursor = state.cursor;
  for (;;) {
    const response = await fetch(`/api/v1/snapshot/changes?since=${encodeURIComponent(cursor)}&limit=${CHANGES_PAGE}`);
    if (response.status === 410) throw new FeedGoneError();
    if (!response.ok) throw new Error(`GET /api/v1/snapshot/changes: HTTP ${response.status}`);
    const page = (await response.json()) as SnapshotChanges;
    const changes = page.changes ?? [];
    const upserts = changes.flatMap((c) => (c.service ? [c.service] : []));
    const removedIds = changes.filter((c) => !c.service).map((c) => c.id);
    await applyChanges(upserts, removedIds, { ...state, cursor: page.cursor, syncedAt: new Date().toISOString() });
    if (changes.length > 0) updateSearchIndex({ kind: 'changes', upserts, removedIds });
    cursor = page.cursor;
    if (!page.hasMore) return;
  }
}

let running: Promise<void> | null = null;

/** One sync; concurrent calls share it. Never rejects: errors land in the status. */
export function syncNow(): Promise<void> {
  running ??= (async () => {
    updateOfflineStatus({ isSyncing: true });
    try {
      await ensureReference();
      const state = await getMeta('sync');
      if (!state || (await countServices()) === 0) await downloadSnapshot(undefined);
      else {
        try {
          await followChanges(state);
        } catch (error) {
          // The server no longer keeps changes this old: start over from a fresh snapshot.
          if (!(error instanceof FeedGoneError)) throw error;
          await downloadSnapshot(state);
        }
      }
      updateOfflineStatus({ error: null, isOnline: navigator.onLine });
      // The server answered: send the searches the device answered while offline (counts, search-log.ts).
      void flushSearchLog();
    } catch (error) {
      // fetch rejects (TypeError) when no answer came at all: offline, whatever navigator.onLine
      // says (a phone in a basement often still claims a connection).
      updateOfflineStatus({
        error: error instanceof Error ? error.message : String(error),
        ...(error instanceof TypeError ? { isOnline: false } : {}),
      });
    } finally {
      const [state, serviceCount] = await Promise.all([getMeta('sync'), countServices()]).catch(
        () => [undefined, getOfflineStatus().serviceCount] as const,
      );
      updateOfflineStatus({ isSyncing: false, syncedAt: state?.syncedAt ?? null, serviceCount, hasLoaded: true });
      running = null;
    }
  })();
  return running;
}

async function askPersistence(): Promise<void> {
  const stored = await getMeta('persisted');
  if (stored !== undefined) {
    updateOfflineStatus({ isPersisted: stored });
    if (stored) return;
  }
  // Without persistence the browser may evict the offline data under storage pressure.
  const isPersisted = (await navigator.storage?.persist?.()) ?? false;
  await putMeta('persisted', isPersisted);
  updateOfflineStatus({ isPersisted });
}

/** Starts keeping the offline data current; returns the function that stops it. Never throws. */
export function startOfflineSync(): () => void {
  if (typeof window === 'undefined' || !isOfflineDbAvailable()) {
    updateOfflineStatus({ error: 'IndexedDB is not available: offline search is off' });
    return () => {};
  }
  let timer: ReturnType<typeof setInterval> | undefined;
  const syncWhenUseful = () => {
    if (navigator.onLine && document.visibilityState === 'visible') void syncNow();
  };
  const onOnline = () => {
    updateOfflineStatus({ isOnline: true });
    void syncNow();
  };
  const onOffline = () => updateOfflineStatus({ isOnline: false });
  const onVisibility = () => {
    clearInterval(timer);
    // Polling only while visible: a hidden tab should not spend the user's data or battery.
    if (document.visibilityState === 'visible') {
      timer = setInterval(syncWhenUseful, SYNC_INTERVAL_MS);
      syncWhenUseful();
    }
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  document.addEventListener('visibilitychange', onVisibility);
  updateOfflineStatus({ isOnline: navigator.onLine });
  void Promise.all([getMeta('sync'), countServices()])
    .then(([state, serviceCount]) => updateOfflineStatus({ syncedAt: state?.syncedAt ?? null, serviceCount, hasLoaded: true }))
    .catch(() => updateOfflineStatus({ hasLoaded: true }));
  void askPersistence().catch(() => updateOfflineStatus({ isPersisted: false }));
  void syncNow();
  if (document.visibilityState === 'visible') timer = setInterval(syncWhenUseful, SYNC_INTERVAL_MS);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
