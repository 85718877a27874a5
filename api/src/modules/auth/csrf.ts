// CSRF protection. Writes made with a session cookie must echo the session's token in
// `X-CSRF-Token` (synchroniser token pattern: another site can make the browser send the cookie,
// but cannot read the token). Endpoints that act on no session (login, password reset, setting a
// password with a one-time token) need no token. Every write a browser marks as cross-site is
// refused. What counts as a write is decided by the HTTP method of a request the router matched,
// never by its raw path: the router decodes `/%61pi/…` to `/api/…`, a prefix test on the URL does not.
import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CsrfProblem } from '../../common/problem/domain-exception.js';
import type { AuthSession } from './auth-user.js';
import { isSameSecret } from './secrets.js';

export const CSRF_HEADER = 'x-csrf-token';
const CSRF_EXEMPT = 'auth:csrf-exempt';
/** RFC 9110's safe methods; every other method may change something. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The handler needs no CSRF token because it uses no session; cross-site requests are still refused. */
export const CsrfExempt = (): MethodDecorator => SetMetadata(CSRF_EXEMPT, true);
export { CSRF_EXEMPT };

export function isUnsafeMethod(request: FastifyRequest): boolean {
  return !SAFE_METHODS.has(request.method);
}

/** A write with a live session must carry its CSRF token. */
export function assertCsrfToken(request: FastifyRequest, session: AuthSession): void {
  const given = request.headers[CSRF_HEADER];
  if (typeof given !== 'string' || !isSameSecret(given, session.csrfToken)) {
    throw new CsrfProblem('This write needs the `X-CSRF-Token` header of your session (from login or `GET /api/v1/auth/me`).');
  }
}

/**
 * Fetch metadata first (`Sec-Fetch-Site`, sent by every current browser), else `Origin`; requests
 * with neither (curl, server-to-server) are not from a browser page and pass.
 */
export function assertNotCrossSite(request: FastifyRequest, publicUrl: string): void {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') throw new CsrfProblem('Cross-site requests are refused here.');
  if (site === 'same-origin' || site === 'none') return;
  const origin = request.headers.origin;
  if (!origin) return;
  const allowed = [new URL(publicUrl).origin, `${request.protocol}://${request.host}`];
  if (!allowed.includes(origin)) throw new CsrfProblem(`Requests from ${origin} are refused here.`);
}
