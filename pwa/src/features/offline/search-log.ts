// Offline searches, counted for the city's "what people search for in vain" figures
// (docs/insights.md): when the device answers a search because there is no network, the filters,
// the number of results and the day are queued in IndexedDB, and sent to
// POST /api/v1/insights/searches once the phone is online again. Never who searched: no session,
// account or device id goes with them, and the API keeps a free text only normalised and shows it
// only once five different sessions searched it (the same rule as online searches).
// Bounded: at most MAX_QUEUED wait (the oldest make room), at most MAX_BATCHES uploads of BATCH
// searches per sync (the API's own limits), searches older than the API's 30 days are dropped.
// An entry leaves the queue only when the API answered for it: 202 (counted) or 400 (it would
// never be accepted); a dropped connection or a 429 keeps it for the next time.
import type { SearchFilters } from '@sociale-kaart/core';
import { appendQueuedSearch, getQueuedSearches, isOfflineDbAvailable, type QueuedSearch, removeQueuedSearches } from '../../lib/offline-db';

export const MAX_QUEUED = 500;
/** The API takes at most 50 searches a request and 20 requests an hour from one connection. */
export const BATCH = 50;
const MAX_BATCHES = 3;
const MAX_AGE_DAYS = 29;
const UPLOAD_PATH = '/api/v1/insights/searches';

/** The Brussels calendar day, as the API counts days. */
export function brusselsDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(date);
}

/** What is recorded of a search: its filters (codes), result count and day; the text only as typed, trimmed. */
export function queuedSearchOf(filters: SearchFilters, resultCount: number, now: Date): QueuedSearch {
  const text = filters.q.trim().slice(0, 200);
  return {
    id: crypto.randomUUID(),
    day: brusselsDay(now),
    resultCount,
    lifeDomain: filters.lifeDomain,
    targetGroup: filters.targetGroup,
    language: filters.language,
    district: filters.district,
    wijk: filters.wijk,
    free: filters.free,
    walkIn: filters.walkIn,
    ...(text ? { q: text } : {}),
  };
}

/** Counts a search the device answered (page 1 only: the next pages are the same search). */
export async function recordDeviceSearch(filters: SearchFilters, resultCount: number, now = new Date()): Promise<void> {
  if (filters.page > 1 || !isOfflineDbAvailable()) return;
  await appendQueuedSearch(queuedSearchOf(filters, resultCount, now), MAX_QUEUED);
}

let flushing: Promise<void> | null = null;

/** Sends what is queued, when online; one flush at a time. Never throws. */
export function flushSearchLog(now = new Date()): Promise<void> {
  if (!isOfflineDbAvailable() || !navigator.onLine) return Promise.resolve();
  flushing ??= sendQueued(now)
    .catch(() => undefined)
    .finally(() => (flushing = null));
  return flushing;
}

async function sendQueued(now: Date): Promise<void> {
  const oldest = brusselsDay(new Date(now.getTime() - MAX_AGE_DAYS * 24 * 60 * 60 * 1000));
  const queue = await getQueuedSearches();
  const expired = queue.filter((entry) => entry.day < oldest);
  if (expired.length > 0) await removeQueuedSearches(expired.map((entry) => entry.id));
  const waiting = queue.filter((entry) => entry.day >= oldest);
  for (let batch = 0; batch < MAX_BATCHES && waiting.length > 0; batch++) {
    const entries = waiting.splice(0, BATCH);
    const response = await fetch(UPLOAD_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Only the recorded fields: the queue's own ids stay on the device.
      body: JSON.stringify({ searches: entries.map(({ id: _id, ...search }) => search) }),
      credentials: 'omit',
    });
    if (response.ok || response.status === 400) await removeQueuedSearches(entries.map((entry) => entry.id));
    if (!response.ok) return;
  }
}
