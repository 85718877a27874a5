import { Injectable } from '@nestjs/common';
import { NotFoundProblem, ValidationProblem, VersionConflictProblem } from '../../common/problem/domain-exception.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Authorization } from '../auth/authorization.service.js';
import { diffFields, ORGANIZATION_FIELDS, type OrganizationField, type OrganizationValues } from './editable-fields.js';
import type { HistoryChangeDto } from './editing.dto.js';
import type { EditableOrganizationDto, EditOrganizationResultDto } from './organization-editing.dto.js';
import { toHistoryDto } from './editing.mappers.js';
import { type EditableOrganization, EditingRepository } from './editing.repository.js';

export type OrganizationChange = { field: OrganizationField; before: unknown; after: unknown };

export function toEditableOrganizationDto(organization: EditableOrganization): EditableOrganizationDto {
  return {
    ...(organization.values as Pick<EditableOrganizationDto, OrganizationField>),
    id: organization.id,
    version: organization.version,
    publicationState: organization.publicationState,
    isTrusted: organization.isTrusted,
    updatedAt: organization.updatedAt.toISOString(),
  };
}

export const diffOrganization = (current: OrganizationValues, proposed: OrganizationValues): OrganizationChange[] =>
  diffFields(ORGANIZATION_FIELDS, current, proposed);

/**
 * Editing an organisation's own details with the rules of a service (docs/moderation.md): editors
 * of an untrusted organisation propose a revision, moderators, admins and trusted organisations
 * publish; optimistic locking; every change recorded.
 */
@Injectable()
export class OrganizationEditingService {
  constructor(
    private readonly repository: EditingRepository,
    private readonly authorization: Authorization,
  ) {}

  async editable(actor: AuthUser, id: string): Promise<EditableOrganization> {
    this.authorization.assertCanEditOrganization(actor, id);
    const organization = await this.repository.findOrganization(id);
    if (!organization) throw new NotFoundProblem('organization', id);
    return organization;
  }

  async edit(actor: AuthUser, id: string, version: number, proposed: OrganizationValues): Promise<EditOrganizationResultDto> {
    this.authorization.assertCanEditOrganization(actor, id);
    const values = Object.fromEntries(Object.entries(proposed).filter(([, v]) => v !== undefined)) as OrganizationValues;
    if (Object.keys(values).length === 0) {
      throw new ValidationProblem([{ name: 'changes', in: 'body', reason: 'must change at least one field' }]);
    }
    return this.repository.transaction(async (repository) => {
      const organization = await repository.findOrganization(id, true);
      if (!organization) throw new NotFoundProblem('organization', id);
      this.assertVersion(organization, version);
      const changes = diffOrganization(organization.values, values);
      const dto = toEditableOrganizationDto(organization);
      if (changes.length === 0) return { outcome: 'unchanged', organization: dto, revisionId: null, changes: [] };
      if (this.authorization.isModerator(actor) || organization.isTrusted || organization.publicationState !== 'published') {
        return this.apply(repository, organization, changes, 'update', actor.id);
      }
      const revisionId = await repository.insertRevision({
        resourceType: 'organization',
        resourceId: id,
        baseVersion: organization.version,
        changes: Object.fromEntries(changes.map((c) => [c.field, c.after])),
        authorId: actor.id,
      });
      return { outcome: 'pending', organization: dto, revisionId, changes };
    });
  }

  async history(actor: AuthUser, id: string): Promise<HistoryChangeDto[]> {
    await this.editable(actor, id);
    return (await this.repository.findHistory(id, 'organization')).map(toHistoryDto);
  }

  assertVersion(organization: EditableOrganization, version: number): void {
    if (organization.version !== version) throw new VersionConflictProblem(organization.version, toEditableOrganizationDto(organization));
  }

  async apply(
    repository: EditingRepository,
    organization: EditableOrganization,
    changes: OrganizationChange[],
    actionType: 'update' | 'rollback',
    updatedBy: string,
  ): Promise<EditOrganizationResultDto> {
    if (!(await repository.applyOrganizationChanges(organization.id, organization.version, changes, actionType, updatedBy))) {
      const current = await repository.findOrganization(organization.id);
      throw new VersionConflictProblem(current?.version ?? organization.version, current ? toEditableOrganizationDto(current) : {});
    }
    const updated = (await repository.findOrganization(organization.id))!;
    return { outcome: 'applied', organization: toEditableOrganizationDto(updated), revisionId: null, changes };
  }
}
