// The portal's HTTP client: the typed client generated from the OpenAPI document, sending the
// session cookie (same origin only) and, on every write, the session's CSRF token, which the API
// requires of each POST/PUT/PATCH/DELETE that carries the cookie. Failures become a PortalError
// the forms can word: no connection, invalid fields, wrong credentials, a spent link, a wait.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../../generated/api';
import { cachedSession } from './session-cache';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfToken: Middleware = {
  onRequest({ request }) {
    const token = cachedSession()?.csrfToken;
    if (token && WRITE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', token);
    return request;
  },
};

export const portalApi = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
portalApi.use(csrfToken);

export type PortalFailure =
  | { kind: 'offline' }
  /** 400: the names of the invalid inputs, as the API's `errors` list them, and why each is invalid. */
  | { kind: 'invalid'; fields: string[]; reasons: Record<string, string> }
  /** 401: not logged in, or a wrong e-mail or password (the API does not say which). */
  | { kind: 'unauthorised' }
  /** 409: someone else saved first; `current` is what the API returned as the state now. */
  | { kind: 'conflict'; current: unknown }
  /** 410: a one-time link that was used or has expired. */
  | { kind: 'gone' }
  /** 429; null when the answer did not say how long to wait. */
  | { kind: 'rate-limited'; retryAfterSeconds: number | null }
  | { kind: 'failed'; status: number };

export class PortalError extends Error {
  constructor(readonly failure: PortalFailure) {
    super(failure.kind);
    this.name = 'PortalError';
  }
}

export function failureOf(error: unknown): PortalFailure {
  return error instanceof PortalError ? error.failure : { kind: 'failed', status: 0 };
}

/** `Retry-After` is either a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function invalidFields(body: unknown): { fields: string[]; reasons: Record<string, string> } {
  const errors = (body as { errors?: { name?: unknown; reason?: unknown }[] } | undefined)?.errors ?? [];
  const fields = errors.map((e) => String(e.name));
  return { fields, reasons: Object.fromEntries(errors.map((e) => [String(e.name), typeof e.reason === 'string' ? e.reason : ''])) };
}

function failureFrom(response: Response, body: unknown): PortalFailure {
  switch (response.status) {
    case 400:
      return { kind: 'invalid', ...invalidFields(body) };
    case 401:
      return { kind: 'unauthorised' };
    case 409:
      return { kind: 'conflict', current: (body as { current?: unknown } | undefined)?.current ?? null };
    case 410:
      return { kind: 'gone' };
    case 429:
      return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) };
    default:
      return { kind: 'failed', status: response.status };
  }
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Runs one call of {@link portalApi}; anything but a 2xx answer throws a PortalError. */
export async function send<T>(call: () => Promise<Answer<T>>): Promise<T> {
  if (!navigator.onLine) throw new PortalError({ kind: 'offline' });
  let answer: Answer<T>;
  try {
    answer = await call();
  } catch (error) {
    // fetch rejects with a TypeError when the connection drops.
    if (error instanceof TypeError) throw new PortalError({ kind: 'offline' });
    throw error;
  }
  if (!answer.response.ok) throw new PortalError(failureFrom(answer.response, answer.error));
  // A 204 has no body: its T is undefined.
  return answer.data as T;
}
