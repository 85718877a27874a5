// "Mijn netwerk": services a social worker saved, kept on the device in the offline database with
// a copy of the record at save time, so a favourite still opens after its listing leaves the
// snapshot; the current record is shown whenever the device has one.
import { useEffect, useSyncExternalStore } from 'react';
import { deleteFavouriteRow, getFavouriteRow, getStoredService, listFavouriteRows, putFavouriteRow } from '../../lib/offline-db';
import type { SnapshotService } from './snapshot-types.js';

export interface Favourite {
  id: string;
  savedAt: string;
  service: SnapshotService | null;
}

export async function listFavourites(): Promise<Favourite[]> {
  const rows = await listFavouriteRows();
  return Promise.all(
    rows.map(async (row) => ({ id: row.id, savedAt: row.savedAt, service: (await getStoredService(row.id)) ?? row.service ?? null })),
  );
}

export async function addFavourite(service: SnapshotService): Promise<void> {
  await putFavouriteRow({ id: service.id, savedAt: new Date().toISOString(), service });
  await refresh();
}

export async function removeFavourite(id: string): Promise<void> {
  await deleteFavouriteRow(id);
  await refresh();
}

export async function isFavourite(id: string): Promise<boolean> {
  return (await getFavouriteRow(id)) !== undefined;
}

interface FavouritesState {
  favourites: Favourite[];
  isLoading: boolean;
}

let state: FavouritesState = { favourites: [], isLoading: true };
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();

async function refresh(): Promise<void> {
  const favourites = await listFavourites();
  state = { favourites, isLoading: false };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The saved services, oldest first; re-renders whenever one is added or removed. */
export function useFavourites(): Favourite[] {
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
  useEffect(() => {
    loaded ??= refresh().catch(() => {
      state = { favourites: [], isLoading: false };
      listeners.forEach((l) => l());
    });
  }, []);
  return current.favourites;
}
