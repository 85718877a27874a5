// What the moderation screens share in how they ask the API: a refusal (4xx) is an answer, not a
// hiccup to retry; and a decision is sent once, failing at once offline instead of waiting paused.
import { PortalError } from '../../api/portal-client';

const isAnswered = (error: unknown) =>
  error instanceof PortalError && (error.failure.kind !== 'failed' || (error.failure.status >= 400 && error.failure.status < 500));

export const readOptions = {
  retry: (failureCount: number, error: unknown) => navigator.onLine && failureCount < 2 && !isAnswered(error),
} as const;

export const writeOptions = { networkMode: 'always', retry: false } as const;

/** The HTTP status of a failed call, when the API answered one. */
export function statusOf(error: unknown): number | null {
  if (!(error instanceof PortalError)) return null;
  const { failure } = error;
  switch (failure.kind) {
    case 'failed':
      return failure.status;
    case 'invalid':
      return 400;
    case 'unauthorised':
      return 401;
    case 'conflict':
      return 409;
    case 'gone':
      return 410;
    case 'rate-limited':
      return 429;
    case 'offline':
      return null;
  }
}
