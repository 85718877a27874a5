import { Injectable } from '@nestjs/common';
import { DomainException, ForbiddenProblem, NotFoundProblem, ProblemCode } from '../../common/problem/domain-exception.js';
import type { RevisionStatus } from '../../database/entities/index.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Authorization } from '../auth/authorization.service.js';
import { diffValues } from './editable-fields.js';
import { diffOrganization, OrganizationEditingService, toEditableOrganizationDto } from './organization-editing.service.js';
import { toEditableDto, toRevisionDto } from './editing.mappers.js';
import { EditingRepository, type RevisionRow } from './editing.repository.js';
import { assertVersion, EditingService, isStale } from './editing.service.js';
import type { ApproveResultDto, EditableListingDto, EditableOrganizationListingDto, RevisionDto } from './revisions.dto.js';

/** The moderation queue: editors' proposed changes, approved (published) or rejected by a moderator. */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly repository: EditingRepository,
    private readonly editing: EditingService,
    private readonly organizations: OrganizationEditingService,
    private readonly authorization: Authorization,
  ) {}

  /** Moderators see every revision; anyone may list those of their own organisations (`mine`). */
  async list(actor: AuthUser, status: RevisionStatus, isMine: boolean): Promise<RevisionDto[]> {
    if (!isMine && !this.authorization.isModerator(actor)) {
      throw new ForbiddenProblem('Editors see the revisions of their own organisations: add mine=true.');
    }
    return this.withDiffs(await this.repository.findRevisions(status, isMine ? actor.organizationIds : undefined));
  }

  /** The service as stored for the portal's editor, with its pending revisions. */
  async editable(actor: AuthUser, serviceId: string): Promise<EditableListingDto> {
    const service = await this.editing.editable(actor, serviceId);
    const [pending, rejected] = await Promise.all([
      this.repository.findRevisions('pending', undefined, serviceId).then((rows) => this.withDiffs(rows)),
      this.repository.findRejected(serviceId).then((rows) => this.withDiffs(rows)),
    ]);
    return {
      ...toEditableDto(service),
      pendingRevisions: pending,
      rejectedRevisions: rejected,
      isStale: isStale(service.lastVerifiedAt),
      isTrusted: service.isTrusted,
    };
  }

  /** Publishes the revision; a 409 when the service changed since the author read it (look again). */
  async approve(actor: AuthUser, id: string, comment: string | null): Promise<ApproveResultDto> {
    const result = await this.repository.transaction(async (repository): Promise<Omit<ApproveResultDto, 'revision'>> => {
      const revision = await this.pendingRevision(repository, id);
      if (revision.resourceType === 'organization') {
        const organization = await repository.findOrganization(revision.resourceId, true);
        if (!organization) throw new NotFoundProblem('organization', revision.resourceId);
        this.organizations.assertVersion(organization, revision.baseVersion);
        await repository.decideRevision(id, { status: 'approved', reviewerId: actor.id, comment });
        const changes = diffOrganization(organization.values, revision.changes);
        if (changes.length === 0) {
          return { outcome: 'unchanged', organization: toEditableOrganizationDto(organization), revisionId: id, changes: [] };
        }
        return { ...(await this.organizations.apply(repository, organization, changes, 'update', revision.authorId)), revisionId: id };
      }
      const service = await repository.findService(revision.resourceId, true);
      if (!service) throw new NotFoundProblem('service', revision.resourceId);
      assertVersion(service, revision.baseVersion);
      await repository.decideRevision(id, { status: 'approved', reviewerId: actor.id, comment });
      const changes = diffValues(service.values, revision.changes);
      // The author wrote it; the revision row says who approved it (history links the two by time).
      if (changes.length === 0) return { outcome: 'unchanged', service: toEditableDto(service), revisionId: id, changes: [] };
      return { ...(await this.editing.apply(repository, service, changes, 'update', revision.authorId)), revisionId: id };
    });
    return { ...result, revision: await this.get(id) };
  }

  async reject(actor: AuthUser, id: string, comment: string): Promise<RevisionDto> {
    await this.repository.transaction(async (repository) => {
      await this.pendingRevision(repository, id);
      await repository.decideRevision(id, { status: 'rejected', reviewerId: actor.id, comment });
    });
    return this.get(id);
  }

  /** Locks the revision: two moderators deciding at once do not both win. */
  private async pendingRevision(repository: EditingRepository, id: string): Promise<RevisionRow> {
    const revision = await repository.findRevision(id, true);
    if (!revision) throw new NotFoundProblem('revision', id);
    if (revision.status !== 'pending') throw new DomainException(ProblemCode.Conflict, `This revision was already ${revision.status}.`);
    return revision;
  }

  private async get(id: string): Promise<RevisionDto> {
    const row = await this.repository.findRevision(id);
    if (!row) throw new NotFoundProblem('revision', id);
    return (await this.withDiffs([row]))[0];
  }

  private async withDiffs(rows: RevisionRow[]): Promise<RevisionDto[]> {
    const ids = (type: string) => [...new Set(rows.filter((r) => r.resourceType === type).map((r) => r.resourceId))];
    const [services, organizations] = await Promise.all([
      this.repository.findServices(ids('service')),
      this.repository.findOrganizations(ids('organization')),
    ]);
    return rows.map((r) =>
      toRevisionDto(
        r,
        (r.resourceType === 'organization' ? organizations.get(r.resourceId)?.values : services.get(r.resourceId)?.values) ?? {},
      ),
    );
  }

  /** The organisation's details as stored, with the revisions of them that wait for a moderator. */
  async editableOrganization(actor: AuthUser, organizationId: string): Promise<EditableOrganizationListingDto> {
    const organization = await this.organizations.editable(actor, organizationId);
    const pending = await this.withDiffs(await this.repository.findRevisions('pending', undefined, organizationId));
    return { ...toEditableOrganizationDto(organization), pendingRevisions: pending.filter((r) => r.resourceType === 'organization') };
  }
}
