// The two password calls, neither of which needs a session: asking for a reset link (always 202,
// so it never tells whether an address has an account) and setting a password with a one-time
// token from an invitation or reset mail (400 unknown token, 410 used or expired), which logs in.
import { useMutation } from '@tanstack/react-query';
import { portalApi, send } from './portal-client';
import { storeSession } from './session-cache';

/** As the API checks (`SetPasswordDto`): string length, in UTF-16 code units. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => send(() => portalApi.POST('/api/v1/auth/password-reset', { body: { email } })),
    networkMode: 'always',
    retry: false,
  });
}

/** Setting the password also logs in (the API answers as a login does): the session is stored at once. */
export function useSetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => send(() => portalApi.POST('/api/v1/auth/password', { body })),
    onSuccess: (session) => storeSession(session),
    networkMode: 'always',
    retry: false,
  });
}
