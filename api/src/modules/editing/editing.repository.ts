// All SQL of editing: the service or organisation as edited (locked while a change is applied), the
// optimistic update with its history rows and outbox entry, revisions, the history and the stale
// overview. The rows and select lists are in editing.rows.ts.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { enqueueSearchUpdate } from '../../search/outbox/search-outbox.js';
import { SEARCH_ENGINES, type SearchEngines } from '../../search/search-engines.js';
import type { RevisionStatus } from '../../database/entities/index.js';
import type { OpenDatabase } from '../../database/open-database.js';
import { OPEN_DATABASE } from '../../database/database.module.js';
import type { PlaceLocator } from '../places/place-locator.js';
import {
  EDITABLE_COLUMNS,
  ORGANIZATION_COLUMNS,
  type OrganizationField,
  type OrganizationValues,
  encodeHistoryValue,
  type FieldChange,
  isPartField,
  type ServiceValues,
} from './editable-fields.js';
import type { InvalidParam } from '../../common/problem/domain-exception.js';
import { checkParts, type PartContext } from './service-parts.checks.js';
import type { PartValues } from './service-parts.js';
import { writePart } from './service-parts.writer.js';
import {
  type EditableOrganization,
  type EditableService,
  type HistoryRow,
  type ListingRow,
  ORGANIZATION_SELECT,
  type OrganizationListings,
  REVISION_COLUMNS,
  REVISION_FROM,
  type RevisionRow,
  SERVICE_COLUMNS,
  STALE_AFTER_DAYS,
  type StaleRow,
  toEditable,
  toEditableOrganization,
} from './editing.rows.js';

export type { EditableOrganization, EditableService, HistoryRow, RevisionRow } from './editing.rows.js';
export { STALE_AFTER_DAYS } from './editing.rows.js';

@Injectable()
export class EditingRepository {
  private readonly locator: PlaceLocator;

  constructor(
    @InjectDataSource() private readonly db: DataSource | EntityManager,
    @Inject(SEARCH_ENGINES) private readonly engines: SearchEngines,
    @Inject(OPEN_DATABASE) database: Pick<OpenDatabase, 'locator'>,
  ) {
    this.locator = database.locator;
  }

  /** One transaction: a change, its history rows, its outbox entry and its revision commit together. */
  transaction<T>(work: (repository: EditingRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(new EditingRepository(manager, this.engines, { locator: this.locator })));
  }

  /** Proposed parts against the reference data and the organisation's locations (service-parts.ts). */
  checkParts(values: Partial<PartValues>, context: PartContext): Promise<InvalidParam[]> {
    return checkParts(this.db as EntityManager, values, context);
  }

  /** `isLocked`: hold the row until the transaction ends, so two changes never interleave. */
  /** Whether any of these locations serves a published service other than `exceptServiceId`: changing it is a public change. */
  async isAnyLocationPublic(locationIds: string[], exceptServiceId: string): Promise<boolean> {
    if (locationIds.length === 0) return false;
    const [row] = await this.db.query<{ isPublic: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM service_at_location x JOIN service s ON s.id = x.service_id
         WHERE x.location_id = ANY($1::uuid[]) AND s.id <> $2 AND s.publication_state = 'published') AS "isPublic"`,
      [locationIds, exceptServiceId],
    );
    return row.isPublic;
  }

  async findService(id: string, isLocked = false): Promise<EditableService | null> {
    const [row] = await this.db.query<Record<string, unknown>[]>(
      `SELECT ${SERVICE_COLUMNS} FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = $1${isLocked ? ' FOR UPDATE OF s' : ''}`,
      [id],
    );
    return row ? toEditable(row) : null;
  }

  async findServices(ids: string[]): Promise<Map<string, EditableService>> {
    const rows = await this.db.query<Record<string, unknown>[]>(
      `SELECT ${SERVICE_COLUMNS} FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id as string, toEditable(r)]));
  }

  /**
   * Writes the changes only if the service is still at `version`, records each field in `metadata`
   * and enqueues the search and feed update. Returns false when the version moved on (nothing written).
   */
  async applyChanges(serviceId: string, version: number, changes: FieldChange[], actionType: string, updatedBy: string): Promise<boolean> {
    const params: unknown[] = [serviceId, version];
    const assignments = changes
      .filter((c) => !isPartField(c.field))
      .map((c) => {
        params.push(c.field === 'translations' ? JSON.stringify(c.after ?? {}) : c.after);
        return `${EDITABLE_COLUMNS[c.field]} = $${params.length}${c.field === 'translations' ? '::jsonb' : ''}, `;
      });
    const [rows] = await this.db.query<[{ organizationId: string }[], number]>(
      `UPDATE service SET ${assignments.join('')}version = version + 1, updated_at = now() WHERE id = $1 AND version = $2
       RETURNING organization_id AS "organizationId"`,
      params,
    );
    if (rows.length === 0) return false;
    const affected = new Set([serviceId]);
    const manager = this.db as EntityManager;
    for (const change of changes) {
      if (!isPartField(change.field)) continue;
      const others = await writePart(
        manager,
        this.locator,
        { id: serviceId, organizationId: rows[0].organizationId },
        change.field,
        change.after,
      );
      for (const id of others) affected.add(id);
    }
    // A part is recorded as stored: new locations with the ids they were given, so a rollback finds them.
    const stored = changes.some((c) => isPartField(c.field)) ? (await this.findService(serviceId))?.values : undefined;
    await this.recordHistory(
      serviceId,
      actionType,
      updatedBy,
      changes.map((c) => ({
        column: EDITABLE_COLUMNS[c.field],
        before: c.before,
        after: stored && isPartField(c.field) ? stored[c.field] : c.after,
      })),
    );
    await this.enqueue([...affected]);
    return true;
  }

  /** Sets the verification to now; does not bump `version` (the content is unchanged, no edit conflicts with it). */
  async verify(serviceId: string, verifiedBy: string, previous: Date | null): Promise<{ lastVerifiedAt: Date; lastVerifiedBy: string }> {
    const [[row]] = await this.db.query<[{ lastVerifiedAt: Date }[], number]>(
      `UPDATE service SET last_verified_at = now(), last_verified_by = $2 WHERE id = $1 RETURNING last_verified_at AS "lastVerifiedAt"`,
      [serviceId, verifiedBy],
    );
    await this.recordHistory(serviceId, 'verify', verifiedBy, [
      { column: 'last_verified_at', before: previous?.toISOString() ?? null, after: row.lastVerifiedAt.toISOString() },
    ]);
    await this.enqueue([serviceId]);
    return { lastVerifiedAt: row.lastVerifiedAt, lastVerifiedBy: verifiedBy };
  }

  /** A draft service named `name`; null when the organisation does not exist. */
  async createService(organizationId: string, name: string, createdBy: string): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO service (organization_id, name, publication_state, status)
       SELECT id, $2, 'draft', 'active' FROM organization WHERE id = $1 RETURNING id`,
      [organizationId, name],
    );
    if (!row) return null;
    await this.recordHistory(row.id, 'create', createdBy, [
      { column: 'name', before: null, after: name },
      { column: 'publication_state', before: null, after: 'draft' },
    ]);
    return row.id;
  }

  async findListings(
    organizationId: string,
  ): Promise<{ organization: Omit<OrganizationListings, 'services'>; services: ListingRow[] } | null> {
    const [organization] = await this.db.query<Omit<OrganizationListings, 'services'>[]>(
      `SELECT id, name, publication_state AS "publicationState", is_trusted AS "isTrusted" FROM organization WHERE id = $1`,
      [organizationId],
    );
    if (!organization) return null;
    const services = await this.db.query<ListingRow[]>(
      `SELECT s.id, s.name, s.publication_state AS "publicationState", s.status, s.updated_at AS "updatedAt",
         s.last_verified_at AS "lastVerifiedAt",
         (SELECT count(*)::int FROM revision r WHERE r.resource_id = s.id AND r.status = 'pending') AS "pendingRevisions"
       FROM service s WHERE s.organization_id = $1 ORDER BY s.name, s.id`,
      [organizationId],
    );
    return { organization, services };
  }

  /** Recorded in the organisation's history; false when it does not exist. */
  async setTrusted(organizationId: string, isTrusted: boolean, updatedBy: string): Promise<boolean> {
    const [before] = await this.db.query<{ isTrusted: boolean }[]>(
      `SELECT is_trusted AS "isTrusted" FROM organization WHERE id = $1 FOR UPDATE`,
      [organizationId],
    );
    if (!before) return false;
    if (before.isTrusted === isTrusted) return true;
    await this.db.query(`UPDATE organization SET is_trusted = $2 WHERE id = $1`, [organizationId, isTrusted]);
    await this.recordHistory(
      organizationId,
      'update',
      updatedBy,
      [{ column: 'is_trusted', before: before.isTrusted, after: isTrusted }],
      'organization',
    );
    return true;
  }

  private async recordHistory(
    resourceId: string,
    actionType: string,
    updatedBy: string,
    fields: { column: string; before: unknown; after: unknown }[],
    resourceType: 'service' | 'organization' = 'service',
  ): Promise<void> {
    // now() is the transaction's start: every row of one change carries the same time, which groups them.
    await this.db.query(
      `INSERT INTO metadata (resource_id, resource_type, last_action_date, last_action_type, field_name, previous_value, replacement_value, updated_by)
       SELECT $1, $7, now(), $2, f, p, r, $3 FROM unnest($4::text[], $5::text[], $6::text[]) AS x(f, p, r)`,
      [
        resourceId,
        actionType,
        updatedBy,
        fields.map((f) => f.column),
        fields.map((f) => encodeHistoryValue(f.before)),
        fields.map((f) => encodeHistoryValue(f.after)),
        resourceType,
      ],
    );
  }

  private enqueue(serviceIds: string[]): Promise<void> {
    return enqueueSearchUpdate(
      this.db as EntityManager,
      serviceIds,
      this.engines.remote.map((e) => e.name),
    );
  }

  async insertRevision(revision: {
    resourceType?: 'service' | 'organization';
    resourceId: string;
    baseVersion: number;
    changes: ServiceValues | OrganizationValues;
    authorId: string;
  }): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO revision (resource_type, resource_id, base_version, changes, author_id) VALUES ($5, $1, $2, $3::jsonb, $4) RETURNING id`,
      [revision.resourceId, revision.baseVersion, JSON.stringify(revision.changes), revision.authorId, revision.resourceType ?? 'service'],
    );
    return row.id;
  }

  async findOrganization(id: string, isLocked = false): Promise<EditableOrganization | null> {
    const [row] = await this.db.query<Record<string, unknown>[]>(`${ORGANIZATION_SELECT} WHERE o.id = $1${isLocked ? ' FOR UPDATE' : ''}`, [
      id,
    ]);
    return row ? toEditableOrganization(row) : null;
  }

  async findOrganizations(ids: string[]): Promise<Map<string, EditableOrganization>> {
    const rows = await this.db.query<Record<string, unknown>[]>(`${ORGANIZATION_SELECT} WHERE o.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id as string, toEditableOrganization(r)]));
  }

  /**
   * As {@link applyChanges}, for an organisation's details; every service of it is re-indexed (its
   * name is in their search documents and offline records).
   */
  async applyOrganizationChanges(
    id: string,
    version: number,
    changes: { field: OrganizationField; before: unknown; after: unknown }[],
    actionType: string,
    updatedBy: string,
  ): Promise<boolean> {
    const params: unknown[] = [id, version];
    const assignments = changes.map((c) => {
      params.push(c.field === 'translations' ? JSON.stringify(c.after ?? {}) : c.after);
      return `${ORGANIZATION_COLUMNS[c.field]} = $${params.length}${c.field === 'translations' ? '::jsonb' : ''}, `;
    });
    const [rows] = await this.db.query<[unknown[], number]>(
      `UPDATE organization SET ${assignments.join('')}version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      params,
    );
    if (rows.length === 0) return false;
    await this.recordHistory(
      id,
      actionType,
      updatedBy,
      changes.map((c) => ({ column: ORGANIZATION_COLUMNS[c.field], before: c.before, after: c.after })),
      'organization',
    );
    const services = await this.db.query<{ id: string }[]>(`SELECT id FROM service WHERE organization_id = $1`, [id]);
    if (services.length > 0) await this.enqueue(services.map((s) => s.id));
    return true;
  }

  async findRevision(id: string, isLocked = false): Promise<RevisionRow | null> {
    const [row] = await this.db.query<RevisionRow[]>(
      `SELECT ${REVISION_COLUMNS} FROM ${REVISION_FROM} WHERE r.id = $1${isLocked ? ' FOR UPDATE OF r' : ''}`,
      [id],
    );
    return row ?? null;
  }

  /** Oldest first: the queue is worked from the front. `organizationIds`: only their services'; `serviceId`: only its. */
  findRevisions(status: RevisionStatus, organizationIds?: string[], serviceId?: string): Promise<RevisionRow[]> {
    return this.db.query(
      `SELECT ${REVISION_COLUMNS} FROM ${REVISION_FROM}
       WHERE r.status = $1 AND ($2::uuid[] IS NULL OR o.id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR r.resource_id = $3)
       ORDER BY r.created_at, r.id LIMIT 500`,
      [status, organizationIds ?? null, serviceId ?? null],
    );
  }

  /** The last rejected revisions of a service or organisation, newest first: the author reads why. */
  findRejected(resourceId: string, limit = 5): Promise<RevisionRow[]> {
    return this.db.query(
      `SELECT ${REVISION_COLUMNS} FROM ${REVISION_FROM} WHERE r.status = 'rejected' AND r.resource_id = $1
       ORDER BY r.reviewed_at DESC, r.id LIMIT $2`,
      [resourceId, limit],
    );
  }

  /** `reviewed_at` is the transaction's now(), as the history rows of an approval: that links them. */
  async decideRevision(id: string, decision: { status: RevisionStatus; reviewerId: string; comment: string | null }): Promise<void> {
    await this.db.query(`UPDATE revision SET status = $2, reviewer_id = $3, comment = $4, reviewed_at = now() WHERE id = $1`, [
      id,
      decision.status,
      decision.reviewerId,
      decision.comment,
    ]);
  }

  /** The service's (or organisation's) changes, newest first: the metadata rows of one transaction are one change. */
  findHistory(serviceId: string, resourceType: 'service' | 'organization' = 'service'): Promise<HistoryRow[]> {
    return this.db.query(
      `SELECT min(m.id::text)::uuid AS id, m.last_action_date AS at, m.last_action_type AS "actionType", m.updated_by AS "updatedBy",
         min(u.email) AS "updatedByEmail", min(r.id::text)::uuid AS "revisionId", min(r.reviewer_id::text)::uuid AS "approvedBy",
         json_agg(json_build_object('column', m.field_name, 'previousValue', m.previous_value, 'replacementValue', m.replacement_value)
           ORDER BY m.field_name) AS fields
       FROM metadata m
       LEFT JOIN app_user u ON u.id::text = m.updated_by
       LEFT JOIN revision r ON r.resource_id = m.resource_id AND r.status = 'approved' AND r.reviewed_at = m.last_action_date
       WHERE m.resource_type = $2 AND m.resource_id = $1
       GROUP BY m.last_action_date, m.last_action_type, m.updated_by
       ORDER BY m.last_action_date DESC LIMIT 500`,
      [serviceId, resourceType],
    );
  }

  /**
   * The value each edited field had at a moment: the `previous_value` of the field's first edit
   * after it. `after` is a change id (the moment right after that change) or a timestamp. Fields
   * not edited since keep their current value and are left out. Null: no such change.
   */
  async findValuesAt(serviceId: string, after: { changeId: string } | { timestamp: Date }): Promise<Map<string, string> | null> {
    let moment: string;
    const params: unknown[] = [serviceId, Object.values(EDITABLE_COLUMNS)];
    if ('changeId' in after) {
      const [change] = await this.db.query<unknown[]>(`SELECT 1 FROM metadata WHERE id = $1 AND resource_id = $2`, [
        after.changeId,
        serviceId,
      ]);
      if (!change) return null;
      params.push(after.changeId);
      // Compared in SQL: the stored time has microseconds, a JavaScript Date only milliseconds.
      moment = '(SELECT last_action_date FROM metadata WHERE id = $3)';
    } else {
      params.push(after.timestamp);
      moment = '$3::timestamptz';
    }
    const rows = await this.db.query<{ column: string; value: string }[]>(
      `SELECT DISTINCT ON (field_name) field_name AS column, previous_value AS value FROM metadata
       WHERE resource_type = 'service' AND resource_id = $1 AND field_name = ANY($2::text[])
         AND last_action_type IN ('update', 'rollback') AND last_action_date > ${moment}
       ORDER BY field_name, last_action_date, id`,
      params,
    );
    return new Map(rows.map((r) => [r.column, r.value]));
  }

  /** Public services not verified for {@link STALE_AFTER_DAYS} days or never, never-verified first, then oldest. */
  findStale(filter: { district?: string; lifeDomain?: string; offset: number; limit: number }): Promise<StaleRow[]> {
    return this.db.query(
      `SELECT s.id, s.name, s.organization_id AS "organizationId", o.name AS "organizationName",
         s.last_verified_at AS "lastVerifiedAt", count(*) OVER ()::int AS total
       FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE s.publication_state = 'published' AND o.publication_state = 'published'
         AND (s.last_verified_at IS NULL OR s.last_verified_at < now() - make_interval(days => $1))
         AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM service_at_location x JOIN location l ON l.id = x.location_id
               WHERE x.service_id = s.id AND l.district_id = $2))
         AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
               WHERE a.service_id = s.id AND t.taxonomy = 'levensdomein' AND (t.code = $3 OR t.code LIKE $3 || '/%')))
       ORDER BY s.last_verified_at ASC NULLS FIRST, s.name, s.id
       LIMIT $4 OFFSET $5`,
      [STALE_AFTER_DAYS, filter.district ?? null, filter.lifeDomain ?? null, filter.limit, filter.offset],
    );
  }
}
