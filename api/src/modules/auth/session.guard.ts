import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuthService } from './auth.service.js';
import { setAuth } from './auth-user.js';
import { assertCsrfToken, assertNotCrossSite, CSRF_EXEMPT, isUnsafeMethod } from './csrf.js';
import { readSessionCookie } from './session-cookie.js';

/**
 * Global (APP_GUARD), so it runs before every other guard: finds the session behind the cookie,
 * puts its user on the request, and checks the CSRF token of writes made with it. It denies
 * nothing else: a request without a (live) session is anonymous, and `@Roles()` decides. Every
 * write a browser marks as cross-site is refused, with or without a session.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = readSessionCookie(request);
    const live = token ? await this.auth.authenticate(token) : null;
    setAuth(request, live ?? {});
    // A guard runs for matched routes only, and every route here is the API's.
    if (!isUnsafeMethod(request)) return true;
    assertNotCrossSite(request, this.config.auth.publicUrl);
    if (live && !this.reflector.getAllAndOverride<boolean>(CSRF_EXEMPT, [context.getHandler(), context.getClass()])) {
      // Without a cookie (the import's Bearer token, scripts) there is nothing a forged request could borrow.
      assertCsrfToken(request, live.session);
    }
    return true;
  }
}
