import { Injectable } from '@nestjs/common';
import { DomainException, NotFoundProblem, ProblemCode } from '../../common/problem/domain-exception.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { ClaimStatus } from '../auth/entities/index.js';
import type { ClaimDto } from './claims.dto.js';
import { type ClaimRow, ClaimsRepository } from './claims.repository.js';

function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

/** Claims: a logged-in user asks to manage an organisation; a moderator or admin decides. */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly accounts: AccountsRepository,
  ) {}

  async create(actor: AuthUser, organizationId: string, message: string): Promise<ClaimDto> {
    if ((await this.accounts.findOrganizationName(organizationId)) === null) throw new NotFoundProblem('organization', organizationId);
    const id = await this.claims.transaction(async (claims, accounts) => {
      if (await accounts.isMember(actor.id, organizationId)) {
        throw new DomainException(ProblemCode.Conflict, 'You already manage this organisation.');
      }
      if (await claims.hasPending(actor.id, organizationId)) {
        throw new DomainException(ProblemCode.Conflict, 'You already asked to manage this organisation; a moderator will decide.');
      }
      const claimId = await claims.insert({ userId: actor.id, organizationId, message });
      await accounts.recordAudit([
        {
          resourceType: 'organization_claim',
          resourceId: claimId,
          actionType: 'create',
          fieldName: 'status',
          replacementValue: 'pending',
          updatedBy: actor.id,
        },
      ]);
      return claimId;
    });
    return this.get(id);
  }

  async list(status: ClaimStatus): Promise<ClaimDto[]> {
    return (await this.claims.findByStatus(status)).map(toClaimDto);
  }

  /** Approving makes the claimant a member; a claim is decided once. */
  async decide(actor: AuthUser, id: string, decision: 'approved' | 'refused', comment: string | null): Promise<ClaimDto> {
    await this.claims.transaction(async (claims, accounts) => {
      const claim = await claims.findForDecision(id);
      if (!claim) throw new NotFoundProblem('claim', id);
      if (claim.status !== 'pending') throw new DomainException(ProblemCode.Conflict, `This claim was already ${claim.status}.`);
      await claims.decide(id, { status: decision, decidedBy: actor.id, comment });
      const isAdded = decision === 'approved' && (await accounts.addMember(claim.userId, claim.organizationId, actor.id));
      await accounts.recordAudit([
        {
          resourceType: 'organization_claim',
          resourceId: id,
          actionType: decision === 'approved' ? 'approve' : 'refuse',
          fieldName: 'status',
          previousValue: 'pending',
          replacementValue: decision,
          updatedBy: actor.id,
        },
        ...(isAdded
          ? [
              {
                resourceType: 'organization_member' as const,
                resourceId: claim.userId,
                actionType: 'approve',
                fieldName: 'organization_id',
                replacementValue: claim.organizationId,
                updatedBy: actor.id,
              },
            ]
          : []),
      ]);
    });
    return this.get(id);
  }

  private async get(id: string): Promise<ClaimDto> {
    const row = await this.claims.find(id);
    if (!row) throw new NotFoundProblem('claim', id);
    return toClaimDto(row);
  }
}
