import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppUser, AuthToken, type AuthTokenKind, OrganizationMember, type Role } from './entities/index.js';

/** One row of the HSDS `metadata` table: a change of one field, by whom. */
export interface AuditEntry {
  resourceType: 'app_user' | 'organization_member' | 'organization_claim';
  resourceId: string;
  actionType: string;
  fieldName: string;
  previousValue?: string;
  replacementValue?: string;
  /** The acting user's id. */
  updatedBy: string;
}

export interface UserWithOrganizations extends AppUser {
  organizations: { id: string; name: string }[];
}

export type TokenState = 'valid' | 'used' | 'expired' | 'unknown';

/** Users, memberships, one-time tokens and their audit rows. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource | EntityManager) {}

  /** Runs `work` in one transaction: nothing half-written stays behind. */
  transaction<T>(work: (accounts: AccountsRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(new AccountsRepository(manager)));
  }

  findUserByEmail(email: string): Promise<AppUser | null> {
    return this.db.getRepository(AppUser).findOneBy({ email });
  }

  findUserById(id: string): Promise<AppUser | null> {
    return this.db.getRepository(AppUser).findOneBy({ id });
  }

  async hasAdmin(): Promise<boolean> {
    return (await this.db.getRepository(AppUser).countBy({ role: 'admin' })) > 0;
  }

  /** Null when another process inserted the same address meanwhile. */
  async insertUser(user: { email: string; role: Role; displayName: string; passwordHash?: string }): Promise<AppUser | null> {
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(AppUser)
      .values({ ...user, passwordHash: user.passwordHash ?? null })
      .orIgnore()
      .returning(['id'])
      .execute();
    const [row] = result.raw as { id: string }[];
    return row ? this.findUserById(row.id) : null;
  }

  async updateUser(id: string, changes: Partial<Pick<AppUser, 'role' | 'displayName' | 'disabledAt' | 'passwordHash'>>): Promise<void> {
    await this.db.getRepository(AppUser).update({ id }, changes);
  }

  /** Every user with their organisations, by e-mail. */
  async listUsers(): Promise<UserWithOrganizations[]> {
    const users = await this.db.getRepository(AppUser).find({ order: { email: 'ASC' } });
    const organizations = await this.organizationsOf(users.map((u) => u.id));
    return users.map((u) => Object.assign(u, { organizations: organizations.get(u.id) ?? [] }));
  }

  async findUserWithOrganizations(id: string): Promise<UserWithOrganizations | null> {
    const user = await this.findUserById(id);
    if (!user) return null;
    return Object.assign(user, { organizations: (await this.organizationsOf([id])).get(id) ?? [] });
  }

  private async organizationsOf(userIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; id: string; name: string }[] = await this.db.query(
      `SELECT m.user_id, o.id, o.name FROM organization_member m JOIN organization o ON o.id = m.organization_id
       WHERE m.user_id = ANY($1::uuid[]) ORDER BY o.name, o.id`,
      [userIds],
    );
    const byUser = new Map<string, { id: string; name: string }[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), { id: row.id, name: row.name }]);
    return byUser;
  }

  /** The organisation's name, or null when there is none with this id (in any publication state). */
  async findOrganizationName(id: string): Promise<string | null> {
    const [row]: { name: string }[] = await this.db.query('SELECT name FROM organization WHERE id = $1', [id]);
    return row?.name ?? null;
  }

  async isMember(userId: string, organizationId: string): Promise<boolean> {
    return (await this.db.getRepository(OrganizationMember).countBy({ userId, organizationId })) > 0;
  }

  /** False when the user already was a member. */
  async addMember(userId: string, organizationId: string, addedBy: string): Promise<boolean> {
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(OrganizationMember)
      .values({ userId, organizationId, addedBy })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** False when the user was not a member. */
  async removeMember(userId: string, organizationId: string): Promise<boolean> {
    const result = await this.db.getRepository(OrganizationMember).delete({ userId, organizationId });
    return (result.affected ?? 0) > 0;
  }

  async insertToken(token: { id: string; kind: AuthTokenKind; userId: string; organizationId?: string; expiresAt: Date }): Promise<void> {
    await this.db.getRepository(AuthToken).insert({ ...token, organizationId: token.organizationId ?? null });
  }

  /** Marks a valid token used, atomically (two requests with one token: one wins); else says why not. */
  async consumeToken(id: string): Promise<{ state: 'valid'; token: AuthToken } | { state: Exclude<TokenState, 'valid'> }> {
    const [rows]: [AuthToken[], number] = await this.db.query(
      `UPDATE auth_token SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING id, kind, user_id AS "userId", organization_id AS "organizationId"`,
      [id],
    );
    if (rows.length > 0) return { state: 'valid', token: rows[0] };
    const [row]: { used: boolean }[] = await this.db.query('SELECT used_at IS NOT NULL AS used FROM auth_token WHERE id = $1', [id]);
    if (!row) return { state: 'unknown' };
    return { state: row.used ? 'used' : 'expired' };
  }

  /**
   * Ends the user's open links: all of them once a password is set (an old invitation must not
   * take over the account later), the older invitations when a new one is sent.
   */
  async retireTokens(userId: string, kind?: AuthTokenKind): Promise<void> {
    await this.db.query(
      'UPDATE auth_token SET used_at = now() WHERE user_id = $1 AND ($2::text IS NULL OR kind::text = $2) AND used_at IS NULL',
      [userId, kind ?? null],
    );
  }

  async recordAudit(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db
      .createQueryBuilder()
      .insert()
      .into('metadata')
      .values(
        entries.map((e) => ({
          resourceType: e.resourceType,
          resourceId: e.resourceId,
          lastActionType: e.actionType,
          fieldName: e.fieldName,
          previousValue: e.previousValue ?? '',
          replacementValue: e.replacementValue ?? '',
          updatedBy: e.updatedBy,
        })),
      )
      .execute();
  }
}
