import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type AuthSession, type AuthUser, authOf } from './auth-user.js';

/** The logged-in user, or undefined for an anonymous request (use with `@Roles()` to require one). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined => authOf(context.switchToHttp().getRequest<object>()).user,
);

/** The request's session (hashed id and CSRF token), or undefined. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthSession | undefined => authOf(context.switchToHttp().getRequest<object>()).session,
);
