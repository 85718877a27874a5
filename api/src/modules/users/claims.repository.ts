import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountsRepository } from '../auth/accounts.repository.js';
import { type ClaimStatus, OrganizationClaim } from '../auth/entities/index.js';

export interface ClaimRow {
  id: string;
  organizationId: string;
  organizationName: string;
  userId: string;
  userEmail: string;
  userDisplayName: string;
  message: string;
  status: ClaimStatus;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
}

const CLAIM_COLUMNS = `c.id, c.organization_id AS "organizationId", o.name AS "organizationName", c.user_id AS "userId",
  u.email AS "userEmail", u.display_name AS "userDisplayName", c.message, c.status, c.created_at AS "createdAt",
  c.decided_by AS "decidedBy", c.decided_at AS "decidedAt", c.comment`;
const CLAIM_FROM = 'organization_claim c JOIN organization o ON o.id = c.organization_id JOIN app_user u ON u.id = c.user_id';

@Injectable()
export class ClaimsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource | EntityManager) {}

  /** One transaction over claims and accounts (an approval adds a membership). */
  transaction<T>(work: (claims: ClaimsRepository, accounts: AccountsRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(new ClaimsRepository(manager), new AccountsRepository(manager)));
  }

  async hasPending(userId: string, organizationId: string): Promise<boolean> {
    return (await this.db.getRepository(OrganizationClaim).countBy({ userId, organizationId, status: 'pending' })) > 0;
  }

  async insert(claim: { userId: string; organizationId: string; message: string }): Promise<string> {
    const { identifiers } = await this.db.getRepository(OrganizationClaim).insert(claim);
    return (identifiers[0] as { id: string }).id;
  }

  async find(id: string): Promise<ClaimRow | null> {
    const [row]: ClaimRow[] = await this.db.query(`SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  /** Locks the claim's row, so two moderators deciding at once do not both win. */
  async findForDecision(id: string): Promise<{ status: ClaimStatus; userId: string; organizationId: string } | null> {
    const [row]: { status: ClaimStatus; userId: string; organizationId: string }[] = await this.db.query(
      'SELECT status, user_id AS "userId", organization_id AS "organizationId" FROM organization_claim WHERE id = $1 FOR UPDATE',
      [id],
    );
    return row ?? null;
  }

  async decide(id: string, decision: { status: ClaimStatus; decidedBy: string; comment: string | null }): Promise<void> {
    await this.db.getRepository(OrganizationClaim).update({ id }, { ...decision, decidedAt: new Date() });
  }

  /** Oldest first: the queue is worked from the front. */
  findByStatus(status: ClaimStatus): Promise<ClaimRow[]> {
    return this.db.query(`SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.status = $1 ORDER BY c.created_at, c.id LIMIT 500`, [status]);
  }
}
