import { Injectable } from '@nestjs/common';
import { type Page, toPage } from '../../common/pagination/page.js';
import {
  DomainException,
  NotFoundProblem,
  ProblemCode,
  ValidationProblem,
  VersionConflictProblem,
} from '../../common/problem/domain-exception.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Authorization } from '../auth/authorization.service.js';
import {
  decodeHistoryValue,
  diffValues,
  EDITABLE_COLUMNS,
  EDITABLE_SERVICE_FIELDS,
  type EditableServiceField,
  type FieldChange,
  isPartField,
  type ServiceValues,
} from './editable-fields.js';
import type { EditableServiceDto, EditResultDto, HistoryChangeDto, VerifyResultDto } from './editing.dto.js';
import type { OrganizationListingsDto } from './organization-editing.dto.js';
import { toEditableDto, toFieldDiffs, toHistoryDto } from './editing.mappers.js';
import { type EditableService, EditingRepository, STALE_AFTER_DAYS } from './editing.repository.js';
import { canonicalPart, type PartField, type PartValues } from './service-parts.js';
import type { StaleServiceDto } from './revisions.dto.js';

const DAY_MS = 86_400_000;

/** Not verified for {@link STALE_AFTER_DAYS} days, or never. */
export function isStale(lastVerifiedAt: Date | null, now = Date.now()): boolean {
  return !lastVerifiedAt || now - lastVerifiedAt.getTime() > STALE_AFTER_DAYS * DAY_MS;
}

/** Throws the 409 that carries the service as it is now. */
export function assertVersion(service: EditableService, version: number): void {
  if (service.version !== version) throw new VersionConflictProblem(service.version, toEditableDto(service));
}

/**
 * Editing a service's own fields: who may, whether a change is published at once or waits as a
 * revision, optimistic locking, history, rollback and verification (docs/moderation.md).
 */
@Injectable()
export class EditingService {
  constructor(
    private readonly repository: EditingRepository,
    private readonly authorization: Authorization,
  ) {}

  /** Moderators, admins and editors of trusted organisations publish; other editors propose. */
  async edit(actor: AuthUser, serviceId: string, version: number, proposed: ServiceValues): Promise<EditResultDto> {
    const values = Object.fromEntries(
      Object.entries(proposed)
        .filter(([, v]) => v !== undefined)
        .map(([field, v]) => [field, isPartField(field as EditableServiceField) ? canonicalPart(field as PartField, v as never) : v]),
    ) as ServiceValues;
    if (Object.keys(values).length === 0) {
      throw new ValidationProblem([{ name: 'changes', in: 'body', reason: 'must change at least one field' }]);
    }
    return this.repository.transaction(async (repository) => {
      const service = await this.editableService(repository, actor, serviceId);
      assertVersion(service, version);
      const errors = await repository.checkParts(values as Partial<PartValues>, { serviceId, organizationId: service.organizationId });
      if (errors.length > 0) throw new ValidationProblem(errors);
      const changes = diffValues(service.values, values);
      if (changes.length === 0) return { outcome: 'unchanged', service: toEditableDto(service), revisionId: null, changes: [] };
      // What the public does not see (a draft, an archived service) changes at once, except its
      // publication and a location that published listings share.
      const listed = (values as Partial<PartValues>).locations ?? [];
      const sharedLocations = listed.map((l) => l.id).filter((id): id is string => id !== null);
      const isHidden =
        service.publicationState !== 'published' &&
        !changes.some((c) => c.field === 'publicationState') &&
        !(changes.some((c) => c.field === 'locations') && (await repository.isAnyLocationPublic(sharedLocations, serviceId)));
      if (this.authorization.isModerator(actor) || service.isTrusted || isHidden) {
        return this.apply(repository, service, changes, 'update', actor.id);
      }
      const revisionId = await repository.insertRevision({
        resourceId: serviceId,
        baseVersion: service.version,
        changes: Object.fromEntries(changes.map((c) => [c.field, c.after])),
        authorId: actor.id,
      });
      return { outcome: 'pending', service: toEditableDto(service), revisionId, changes: toFieldDiffs(changes) };
    });
  }

  /** Restores the values as they were after a change or at a moment; recorded as a change of its own. */
  async rollback(
    actor: AuthUser,
    serviceId: string,
    version: number,
    to: { changeId: string } | { timestamp: Date },
  ): Promise<EditResultDto> {
    return this.repository.transaction(async (repository) => {
      const service = await this.editableService(repository, actor, serviceId);
      assertVersion(service, version);
      const valuesAt = await repository.findValuesAt(serviceId, to);
      if (!valuesAt) throw new NotFoundProblem('change of this service', (to as { changeId: string }).changeId);
      const restored: ServiceValues = {};
      for (const field of EDITABLE_SERVICE_FIELDS) {
        const value = valuesAt.get(EDITABLE_COLUMNS[field]);
        if (value !== undefined) restored[field] = decodeHistoryValue(value);
      }
      const changes = diffValues(service.values, restored);
      if (changes.length === 0) return { outcome: 'unchanged', service: toEditableDto(service), revisionId: null, changes: [] };
      return this.apply(repository, service, changes, 'rollback', actor.id);
    });
  }

  /** A new service of the organisation: a draft, public once published (moderated for untrusted organisations). */
  async create(actor: AuthUser, organizationId: string, name: string): Promise<EditableServiceDto> {
    this.authorization.assertCanEditOrganization(actor, organizationId);
    return this.repository.transaction(async (repository) => {
      const id = await repository.createService(organizationId, name.trim(), actor.id);
      if (!id) throw new NotFoundProblem('organization', organizationId);
      return toEditableDto((await repository.findService(id))!);
    });
  }

  /** The service as stored, whether published or not, for the portal's editor. */
  async editable(actor: AuthUser, serviceId: string): Promise<EditableService> {
    return this.editableService(this.repository, actor, serviceId, false);
  }

  /** An organisation with all its services, in every publication state. */
  async listings(actor: AuthUser, organizationId: string): Promise<OrganizationListingsDto> {
    this.authorization.assertCanEditOrganization(actor, organizationId);
    const listings = await this.repository.findListings(organizationId);
    if (!listings) throw new NotFoundProblem('organization', organizationId);
    return {
      ...listings.organization,
      services: listings.services.map((s) => ({
        ...s,
        updatedAt: s.updatedAt.toISOString(),
        lastVerifiedAt: s.lastVerifiedAt?.toISOString() ?? null,
        isStale: isStale(s.lastVerifiedAt),
      })),
    };
  }

  /** Trusted organisations publish their edits without review (moderator, admin); recorded in the history. */
  async setTrusted(actor: AuthUser, organizationId: string, isTrusted: boolean): Promise<{ id: string; isTrusted: boolean }> {
    return this.repository.transaction(async (repository) => {
      if (!(await repository.setTrusted(organizationId, isTrusted, actor.id))) throw new NotFoundProblem('organization', organizationId);
      return { id: organizationId, isTrusted };
    });
  }

  async history(actor: AuthUser, serviceId: string): Promise<HistoryChangeDto[]> {
    await this.editableService(this.repository, actor, serviceId, false);
    return (await this.repository.findHistory(serviceId)).map(toHistoryDto);
  }

  async verify(actor: AuthUser, serviceId: string): Promise<VerifyResultDto> {
    return this.repository.transaction(async (repository) => {
      const service = await this.editableService(repository, actor, serviceId);
      const verified = await repository.verify(serviceId, actor.id, service.lastVerifiedAt);
      return { lastVerifiedAt: verified.lastVerifiedAt.toISOString(), lastVerifiedBy: verified.lastVerifiedBy };
    });
  }

  async stale(query: { district?: string; lifeDomain?: string; page: number; pageSize: number }): Promise<Page<StaleServiceDto>> {
    const rows = await this.repository.findStale({ ...query, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    const now = Date.now();
    const items = rows.map((r) => ({
      id: r.id,
      name: r.name,
      organizationId: r.organizationId,
      organizationName: r.organizationName,
      lastVerifiedAt: r.lastVerifiedAt?.toISOString() ?? null,
      daysSinceVerified: r.lastVerifiedAt ? Math.floor((now - r.lastVerifiedAt.getTime()) / DAY_MS) : null,
    }));
    return toPage(items, rows[0]?.total ?? 0, query);
  }

  /** Writes through the version check; the service is locked, so a lost race cannot happen here, but the check stays. */
  async apply(
    repository: EditingRepository,
    service: EditableService,
    changes: FieldChange[],
    actionType: 'update' | 'rollback',
    updatedBy: string,
  ): Promise<EditResultDto> {
    if (!(await repository.applyChanges(service.id, service.version, changes, actionType, updatedBy))) {
      const current = await repository.findService(service.id);
      throw new VersionConflictProblem(current?.version ?? service.version, current ? toEditableDto(current) : {});
    }
    const updated = await repository.findService(service.id);
    if (!updated) throw new DomainException(ProblemCode.Conflict, 'The service was deleted meanwhile.');
    return { outcome: 'applied', service: toEditableDto(updated), revisionId: null, changes: toFieldDiffs(changes) };
  }

  /** The service (locked for the transaction unless only read), after checking the actor may edit its organisation as stored. */
  private async editableService(
    repository: EditingRepository,
    actor: AuthUser,
    serviceId: string,
    isLocked = true,
  ): Promise<EditableService> {
    const service = await repository.findService(serviceId, isLocked);
    if (!service) throw new NotFoundProblem('service', serviceId);
    this.authorization.assertCanEditOrganization(actor, service.organizationId);
    return service;
  }
}
