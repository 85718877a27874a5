// The session cookie: httpOnly (scripts cannot read it), SameSite=Lax (other sites' forms and
// fetches do not carry it on writes), Secure per SESSION_COOKIE_SECURE. Set through
// @fastify/cookie (registered in create-app.ts).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';
import { SESSION_LIFETIME } from './auth.service.js';

export const SESSION_COOKIE = 'sk_session';

export function readSessionCookie(request: FastifyRequest): string | undefined {
  const value = request.cookies?.[SESSION_COOKIE];
  return value ? value : undefined;
}

export function writeSessionCookie(reply: FastifyReply, config: AppConfig, token: string): void {
  // The browser may keep it for the longest a session lives; the server ends it sooner when idle.
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.auth.isCookieSecure,
    maxAge: SESSION_LIFETIME.maxSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: config.auth.isCookieSecure });
}
