import type { Role } from './entities/app-user.entity.js';

/** Who is logged in, as the request carries it from the session guard to guards and handlers. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  /** Organisations the user is a member of (an editor may edit only these). */
  organizationIds: string[];
}

/** The session behind a request: its hashed id and the CSRF token writes must echo. */
export interface AuthSession {
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

/** What the session guard attaches to the request; anonymous requests have neither. */
export interface RequestAuth {
  user?: AuthUser;
  session?: AuthSession;
}

/** Where on the (Fastify) request the session guard puts {@link RequestAuth}. */
export const REQUEST_AUTH = Symbol('requestAuth');

export function authOf(request: object): RequestAuth {
  return (request as { [REQUEST_AUTH]?: RequestAuth })[REQUEST_AUTH] ?? {};
}

export function setAuth(request: object, auth: RequestAuth): void {
  (request as { [REQUEST_AUTH]?: RequestAuth })[REQUEST_AUTH] = auth;
}
