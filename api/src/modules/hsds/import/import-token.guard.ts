// Imports over HTTP need the admin token until accounts and roles exist (issue #5): without
// IMPORT_TOKEN configured nobody may import (403); with it, the request must carry it (401).
import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';

/** Who the import log names for a request with the token. */
export const IMPORT_TOKEN_ACTOR = 'import-token';

@Injectable()
export class ImportTokenGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const token = this.config.imports.token;
    if (!token) throw new ForbiddenException('Imports are switched off: the server has no IMPORT_TOKEN.');
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization ?? '';
    const given = /^Bearer (.+)$/i.exec(header)?.[1] ?? '';
    const [a, b] = [Buffer.from(given), Buffer.from(token)];
    // Constant-time, so the comparison does not reveal how much of a guess was right.
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new UnauthorizedException('An import needs `Authorization: Bearer <IMPORT_TOKEN>`.');
    }
    return true;
  }
}
