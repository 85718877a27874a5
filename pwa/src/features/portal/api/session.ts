// Who is logged in: `GET /api/v1/auth/me`, where a 401 means anonymous (null), not an error.
// Logging in and out write the same cache entry, so every screen follows at once.
import { useMutation, useQuery } from '@tanstack/react-query';
import { PortalError, portalApi, send } from './portal-client';
import { mayHaveSession, type PortalSession, rememberSession, SESSION_QUERY_KEY, storeSession } from './session-cache';

export async function getSession(): Promise<PortalSession | null> {
  // Nobody logged in on this device: anonymous without asking (a 401 from /auth/me is written to
  // the console as a failed resource, which a visitor's console and the browser tests count).
  // A login sets the marker, so a session made here is always asked after.
  if (!mayHaveSession()) return null;
  try {
    const session = await send(() => portalApi.GET('/api/v1/auth/me'));
    // The query stores the answer itself; only the device's marker is left to set.
    rememberSession(true);
    return session;
  } catch (error) {
    if (error instanceof PortalError && error.failure.kind === 'unauthorised') {
      rememberSession(false);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: getSession,
    // A session lasts 12 hours without use; asking again on every screen would only cost requests.
    staleTime: 5 * 60_000,
    retry: (failureCount, error) =>
      navigator.onLine && failureCount < 2 && !(error instanceof PortalError && error.failure.kind === 'offline'),
  });
}

/**
 * The session for public pages (an "edit" link on a listing): asks the API only when someone
 * logged in on this device before, so anonymous visitors cost no request.
 */
export function useKnownSession() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: getSession,
    enabled: mayHaveSession(),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * Where the portal opens for this user: an editor of one organisation lands on its list of
 * services (what they come for), anyone else on "Mijn portaal".
 */
export function portalHome(session: PortalSession): string {
  const { user } = session;
  return user.role === 'editor' && user.organizations.length === 1 ? `/portaal/organisaties/${user.organizations[0].id}` : '/portaal';
}

/** May this user edit listings of the organisation (moderators and admins: every one)? */
export function canEdit(session: PortalSession | null | undefined, organizationId: string): boolean {
  if (!session) return false;
  const { user } = session;
  return user.role === 'admin' || user.role === 'moderator' || user.organizations.some((o) => o.id === organizationId);
}

export interface Credentials {
  email: string;
  password: string;
}

export function useLogin() {
  return useMutation({
    mutationFn: (credentials: Credentials) => send(() => portalApi.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: (session) => storeSession(session),
    // Offline a form must fail at once (and say so), not wait paused for the network.
    networkMode: 'always',
    retry: false,
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await send(() => portalApi.POST('/api/v1/auth/logout'));
      } catch (error) {
        // A session that already ended is as logged out as it gets.
        if (!(error instanceof PortalError && error.failure.kind === 'unauthorised')) throw error;
      }
    },
    onSuccess: () => storeSession(null),
    networkMode: 'always',
    retry: false,
  });
}
