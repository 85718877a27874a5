// `@Roles(...)`: only logged-in users with one of these roles (401 when anonymous, 403 otherwise).
import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiCookieAuth } from '@nestjs/swagger';
import { ForbiddenProblem, NotLoggedInProblem } from '../../common/problem/domain-exception.js';
import { authOf } from './auth-user.js';
import { ROLES, type Role } from './entities/app-user.entity.js';
import { SESSION_COOKIE } from './session-cookie.js';

const ROLES_KEY = 'auth:roles';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    const { user } = authOf(context.switchToHttp().getRequest<object>());
    if (!user) throw new NotLoggedInProblem();
    if (!roles.includes(user.role)) throw new ForbiddenProblem(`This needs the role ${roles.join(' or ')}.`);
    return true;
  }
}

/** Only these roles; documents the session cookie in OpenAPI. */
export function Roles(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(ROLES_KEY, roles), UseGuards(RolesGuard), ApiCookieAuth(SESSION_COOKIE));
}

/** Any logged-in user. */
export function LoggedIn(): MethodDecorator & ClassDecorator {
  return Roles(...ROLES);
}
