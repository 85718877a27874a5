// The session as the PWA knows it: one entry in the query cache, filled by `GET /auth/me` and by a
// login, emptied by a logout. The CSRF token the API demands on writes lives here too, so there is
// one place that knows whether someone is logged in.
import type { components } from '../../../generated/api';
import { queryClient } from '../../../lib/query-client';

export type PortalSession = components['schemas']['SessionDto'];
export type PortalUser = PortalSession['user'];
export type Role = components['schemas']['Role'];

export const SESSION_QUERY_KEY = ['portal', 'session'] as const;

/** `null`: known to be anonymous; `undefined`: not asked yet. */
export function cachedSession(): PortalSession | null | undefined {
  return queryClient.getQueryData<PortalSession | null>(SESSION_QUERY_KEY);
}

const MARKER = 'sk.portalSession';

/**
 * Stores what a login, a logout or a password set answered. A `GET /auth/me` still in flight (a
 * refetch on focus, another screen asking) is cancelled first: answered after a logout, it would
 * put the ended session back and leave the user on the portal.
 */
export async function storeSession(session: PortalSession | null): Promise<void> {
  await queryClient.cancelQueries({ queryKey: SESSION_QUERY_KEY });
  queryClient.setQueryData<PortalSession | null>(SESSION_QUERY_KEY, session);
  rememberSession(session !== null);
}

/** Marks on this device whether someone is logged in, for {@link mayHaveSession}. */
export function rememberSession(isLoggedIn: boolean): void {
  try {
    if (isLoggedIn) localStorage.setItem(MARKER, '1');
    else localStorage.removeItem(MARKER);
  } catch {
    // Private mode may forbid storage: public pages then only know a session the portal loaded.
  }
}

/** Someone logged in to the portal on this device and did not log out: worth asking `/auth/me`. */
export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(MARKER) === '1';
  } catch {
    return false;
  }
}
