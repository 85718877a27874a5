import { Injectable } from '@nestjs/common';
import {
  DomainException,
  ForbiddenProblem,
  NotFoundProblem,
  ProblemCode,
  ValidationProblem,
} from '../../common/problem/domain-exception.js';
import { type AuditEntry, AccountsRepository, type UserWithOrganizations } from '../auth/accounts.repository.js';
import { AuthService, normalizeEmail, TOKEN_LIFETIME_SECONDS } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { AppUser } from '../auth/entities/index.js';
import { hashToken, randomToken } from '../auth/secrets.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import type { InvitationDto, InvitationResultDto, UserDto, UserUpdateDto } from './users.dto.js';

export function toUserDto(user: UserWithOrganizations): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    hasPassword: user.passwordHash !== null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    organizations: user.organizations,
  };
}

/** User administration: invitations (admins and moderators), roles and disabling (admins). */
@Injectable()
export class UsersService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly auth: AuthService,
  ) {}

  async invite(actor: AuthUser, input: InvitationDto): Promise<InvitationResultDto> {
    const role = input.role ?? 'editor';
    if (actor.role !== 'admin' && role !== 'editor') throw new ForbiddenProblem('Only admins may invite moderators and admins.');
    if (role === 'editor' && !input.organizationId) {
      throw new ValidationProblem([{ name: 'organizationId', in: 'body', reason: 'is required to invite an editor' }]);
    }
    const organizationId = input.organizationId?.toLowerCase();
    const organizationName = organizationId ? await this.accounts.findOrganizationName(organizationId) : null;
    if (organizationId && organizationName === null) throw new NotFoundProblem('organization', organizationId);
    const email = normalizeEmail(input.email);
    const token = randomToken();
    const outcome = await this.accounts.transaction(async (accounts) => {
      const audit: AuditEntry[] = [];
      let user = await accounts.findUserByEmail(email);
      if (user?.disabledAt)
        throw new DomainException(ProblemCode.Conflict, `The account ${email} is disabled; an admin can enable it first.`);
      if (!user) {
        user = await accounts.insertUser({ email, role, displayName: input.displayName ?? '' });
        if (!user) throw new DomainException(ProblemCode.Conflict, `The account ${email} was created meanwhile; try again.`);
        audit.push({
          resourceType: 'app_user',
          resourceId: user.id,
          actionType: 'invite',
          fieldName: 'role',
          replacementValue: role,
          updatedBy: actor.id,
        });
      }
      const isMembershipAdded = organizationId ? await accounts.addMember(user.id, organizationId, actor.id) : false;
      if (isMembershipAdded && organizationId) {
        audit.push({
          resourceType: 'organization_member',
          resourceId: user.id,
          actionType: 'invite',
          fieldName: 'organization_id',
          replacementValue: organizationId,
          updatedBy: actor.id,
        });
      }
      // Someone who already has a password is only told; a new link would let the mail's reader in.
      const isInvitationSent = user.passwordHash === null;
      if (isInvitationSent) {
        // One open invitation per account: the newest link is the one that works.
        await accounts.retireTokens(user.id, 'invite');
        await accounts.insertToken({
          id: hashToken(token),
          kind: 'invite',
          userId: user.id,
          organizationId,
          expiresAt: new Date(Date.now() + TOKEN_LIFETIME_SECONDS.invite * 1000),
        });
      }
      await accounts.recordAudit(audit);
      return { user, isInvitationSent, isMembershipAdded };
    });
    this.mailInvitation(outcome.user, outcome.isInvitationSent ? token : null, organizationName);
    const user = await this.accounts.findUserWithOrganizations(outcome.user.id);
    if (!user) throw new NotFoundProblem('user', outcome.user.id);
    return { user: toUserDto(user), isInvitationSent: outcome.isInvitationSent, isMembershipAdded: outcome.isMembershipAdded };
  }

  /** Ends a membership: the user keeps their account, but no longer edits the organisation. Recorded. */
  async removeMember(actor: AuthUser, userId: string, organizationId: string): Promise<void> {
    await this.accounts.transaction(async (accounts) => {
      if (!(await accounts.removeMember(userId, organizationId))) {
        throw new NotFoundProblem('membership of organization', `${organizationId} for user ${userId}`);
      }
      await accounts.recordAudit([
        {
          resourceType: 'organization_member',
          resourceId: userId,
          actionType: 'remove',
          fieldName: 'organization_id',
          previousValue: organizationId,
          replacementValue: '',
          updatedBy: actor.id,
        },
      ]);
    });
  }

  async list(): Promise<UserDto[]> {
    return (await this.accounts.listUsers()).map(toUserDto);
  }

  async update(actor: AuthUser, id: string, changes: UserUpdateDto): Promise<UserDto> {
    if (id === actor.id && ((changes.role && changes.role !== actor.role) || changes.isDisabled)) {
      // The last admin could otherwise lock everybody out.
      throw new DomainException(ProblemCode.Conflict, 'You cannot change your own role or disable yourself; ask another admin.');
    }
    const isDisabling = await this.accounts.transaction(async (accounts) => {
      const user = await accounts.findUserById(id);
      if (!user) throw new NotFoundProblem('user', id);
      const audit: AuditEntry[] = [];
      const record = (fieldName: string, previousValue: string, replacementValue: string) =>
        audit.push({
          resourceType: 'app_user',
          resourceId: id,
          actionType: 'update',
          fieldName,
          previousValue,
          replacementValue,
          updatedBy: actor.id,
        });
      const update: Partial<Pick<AppUser, 'role' | 'displayName' | 'disabledAt'>> = {};
      if (changes.role !== undefined && changes.role !== user.role) {
        update.role = changes.role;
        record('role', user.role, changes.role);
      }
      if (changes.displayName !== undefined && changes.displayName !== user.displayName) {
        update.displayName = changes.displayName;
        record('display_name', user.displayName, changes.displayName);
      }
      if (changes.isDisabled !== undefined && changes.isDisabled !== (user.disabledAt !== null)) {
        update.disabledAt = changes.isDisabled ? new Date() : null;
        record('disabled_at', user.disabledAt?.toISOString() ?? '', update.disabledAt?.toISOString() ?? '');
      }
      if (audit.length > 0) await accounts.updateUser(id, update);
      await accounts.recordAudit(audit);
      return update.disabledAt instanceof Date;
    });
    if (isDisabling) await this.sessions.deleteAllOf(id);
    const user = await this.accounts.findUserWithOrganizations(id);
    if (!user) throw new NotFoundProblem('user', id);
    return toUserDto(user);
  }

  private mailInvitation(user: AppUser, token: string | null, organizationName: string | null): void {
    const where = organizationName ? ` voor ${organizationName}` : '';
    if (token) {
      const link = this.auth.passwordLink(token);
      this.auth.sendInBackground({
        to: user.email,
        subject: `Uitnodiging${where} op de Sociale Kaart Antwerpen`,
        text: `Je bent uitgenodigd om${where} mee te werken aan de Sociale Kaart Antwerpen. Kies een wachtwoord via deze link (7 dagen geldig, één keer te gebruiken):\n\n${link}`,
        link,
      });
    } else if (organizationName) {
      const link = this.auth.portalLink();
      this.auth.sendInBackground({
        to: user.email,
        subject: `Je beheert nu ook ${organizationName} op de Sociale Kaart Antwerpen`,
        text: `Je kunt nu ook ${organizationName} beheren. Log in op ${link}.`,
        link,
      });
    }
  }
}
