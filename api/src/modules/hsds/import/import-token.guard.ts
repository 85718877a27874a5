// Imports over HTTP: a logged-in moderator or admin (session cookie, with its CSRF token), or the
// admin token for scripts (`Authorization: Bearer <IMPORT_TOKEN>`, no cookie, so no CSRF check).
// Without IMPORT_TOKEN configured only the session way is open (403 otherwise); a wrong token, or
// neither, is a 401; an editor's session is a 403.
import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { type AuthUser, authOf } from '../../auth/auth-user.js';
import { isSameSecret } from '../../auth/secrets.js';

/** Who the import log names for a request with the token. */
export const IMPORT_TOKEN_ACTOR = 'import-token';

@Injectable()
export class ImportTokenGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    assertMayImport(request, authOf(request).user, this.config);
    return true;
  }
}

/** Throws 401 or 403 unless the user or the Bearer token may import; also run before the body is read (HsdsModule). */
export function assertMayImport(request: FastifyRequest, user: AuthUser | undefined, config: AppConfig): void {
  if (user?.role === 'admin' || user?.role === 'moderator') return;
  const header = request.headers.authorization ?? '';
  const given = /^Bearer (.+)$/i.exec(header)?.[1];
  if (user && given === undefined) throw new ForbiddenException('Imports need a moderator or admin.');
  const token = config.imports.token;
  if (!token) throw new ForbiddenException('Imports are switched off: the server has no IMPORT_TOKEN; log in as a moderator or admin.');
  if (!isSameSecret(given ?? '', token)) {
    throw new UnauthorizedException('An import needs a moderator or admin session, or `Authorization: Bearer <IMPORT_TOKEN>`.');
  }
}
