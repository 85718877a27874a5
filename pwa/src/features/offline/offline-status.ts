// The offline status the UI shows (online, syncing, last synced, how many listings the device
// holds, persistent storage, the last sync error): a small external store for useSyncExternalStore.
import { useSyncExternalStore } from 'react';

export interface OfflineStatus {
  isOnline: boolean;
  isSyncing: boolean;
  /** When the data was last brought up to date (ISO). */
  syncedAt: string | null;
  serviceCount: number;
  /** Whether the browser granted persistent storage; null until asked. */
  isPersisted: boolean | null;
  error: string | null;
  /** false until the device's copy has been looked at: until then the counts above mean nothing yet. */
  hasLoaded: boolean;
}

let status: OfflineStatus = {
  isOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  isSyncing: false,
  syncedAt: null,
  serviceCount: 0,
  isPersisted: null,
  error: null,
  hasLoaded: false,
};
const listeners = new Set<() => void>();

export function getOfflineStatus(): OfflineStatus {
  return status;
}

export function updateOfflineStatus(change: Partial<OfflineStatus>): void {
  status = { ...status, ...change };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOfflineStatus(): OfflineStatus {
  return useSyncExternalStore(subscribe, getOfflineStatus, getOfflineStatus);
}
