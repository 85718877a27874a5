// One listing for the detail page: from the device when it holds it, else from the API while
// online (a listing the snapshot does not have yet), else null.
import { getStoredService, isOfflineDbAvailable } from '../../lib/offline-db';
import type { SnapshotService } from './snapshot-types.js';

export async function getServiceRecord(id: string): Promise<SnapshotService | null> {
  if (isOfflineDbAvailable()) {
    const stored = await getStoredService(id).catch(() => undefined);
    if (stored) return stored;
  }
  if (typeof navigator !== 'undefined' && !navigator.onLine) return null;
  try {
    const response = await fetch(`/api/v1/snapshot/services/${encodeURIComponent(id)}`);
    return response.ok ? ((await response.json()) as SnapshotService) : null;
  } catch {
    return null;
  }
}
