import { Injectable } from '@nestjs/common';
import { ForbiddenProblem, NotLoggedInProblem } from '../../common/problem/domain-exception.js';
import type { AuthUser } from './auth-user.js';

/** Who may change what: the rules other modules ask, so that they are written once. */
@Injectable()
export class Authorization {
  /** Admins and moderators: any organisation; editors: the ones they are a member of. */
  canEditOrganization(user: AuthUser | undefined, organizationId: string): boolean {
    if (!user) return false;
    if (user.role === 'admin' || user.role === 'moderator') return true;
    return user.organizationIds.includes(organizationId.toLowerCase());
  }

  assertCanEditOrganization(user: AuthUser | undefined, organizationId: string): void {
    if (!user) throw new NotLoggedInProblem();
    if (!this.canEditOrganization(user, organizationId)) throw new ForbiddenProblem('You may edit only your own organisations.');
  }

  isModerator(user: AuthUser | undefined): boolean {
    return user?.role === 'admin' || user?.role === 'moderator';
  }
}
