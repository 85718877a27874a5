// The rows of editing as the repository reads them, the SQL fragments that select them, and the
// mapping to the values the editing rules compare (editing.repository.ts runs the statements).
import type { PublicationState, RevisionStatus, ServiceStatus } from '../../database/entities/index.js';
import {
  COLUMN_FIELDS,
  EDITABLE_COLUMNS,
  ORGANIZATION_COLUMNS,
  ORGANIZATION_FIELDS,
  type OrganizationValues,
  type ServiceValues,
} from './editable-fields.js';
import { PART_COLUMNS, partsFromRow } from './service-parts.js';
/** A service as the editing rules need it. */
export interface EditableService {
  id: string;
  organizationId: string;
  isTrusted: boolean;
  version: number;
  publicationState: string;
  updatedAt: Date;
  lastVerifiedAt: Date | null;
  lastVerifiedBy: string | null;
  values: ServiceValues;
}

export interface RevisionRow {
  id: string;
  resourceType: string;
  resourceId: string;
  resourceName: string;
  organizationId: string;
  organizationName: string;
  baseVersion: number;
  currentVersion: number;
  status: RevisionStatus;
  changes: ServiceValues;
  authorId: string;
  authorEmail: string | null;
  createdAt: Date;
  reviewerId: string | null;
  reviewedAt: Date | null;
  comment: string | null;
}

export interface HistoryRow {
  id: string;
  at: Date;
  actionType: string;
  updatedBy: string;
  updatedByEmail: string | null;
  revisionId: string | null;
  approvedBy: string | null;
  fields: { column: string; previousValue: string; replacementValue: string }[];
}

export interface ListingRow {
  id: string;
  name: string;
  publicationState: PublicationState;
  status: ServiceStatus;
  updatedAt: Date;
  lastVerifiedAt: Date | null;
  pendingRevisions: number;
}

export interface OrganizationListings {
  id: string;
  name: string;
  publicationState: PublicationState;
  isTrusted: boolean;
  services: ListingRow[];
}

export interface StaleRow {
  id: string;
  name: string;
  organizationId: string;
  organizationName: string;
  lastVerifiedAt: Date | null;
  total: number;
}

const VALUE_COLUMNS = COLUMN_FIELDS.map((f) => `s.${EDITABLE_COLUMNS[f]} AS "${f}"`).join(', ') + `, ${PART_COLUMNS}`;
export const SERVICE_COLUMNS = `s.id, s.organization_id AS "organizationId", o.is_trusted AS "isTrusted", s.version,
  s.publication_state AS "publicationState", s.updated_at AS "updatedAt", s.last_verified_at AS "lastVerifiedAt",
  s.last_verified_by AS "lastVerifiedBy", ${VALUE_COLUMNS}`;

// A revision is of a service or of an organisation's own details; either way it belongs to an organisation.
export const REVISION_COLUMNS = `r.id, r.resource_type AS "resourceType", r.resource_id AS "resourceId", coalesce(s.name, o.name) AS "resourceName",
  o.id AS "organizationId", o.name AS "organizationName", r.base_version AS "baseVersion",
  coalesce(s.version, o.version) AS "currentVersion", r.status, r.changes, r.author_id AS "authorId", u.email AS "authorEmail",
  r.created_at AS "createdAt", r.reviewer_id AS "reviewerId", r.reviewed_at AS "reviewedAt", r.comment`;
export const REVISION_FROM = `revision r LEFT JOIN service s ON r.resource_type = 'service' AND s.id = r.resource_id
  JOIN organization o ON o.id = CASE WHEN r.resource_type = 'service' THEN s.organization_id ELSE r.resource_id END
  LEFT JOIN app_user u ON u.id = r.author_id`;

/** An organisation's own details as edited. */
export interface EditableOrganization {
  id: string;
  isTrusted: boolean;
  version: number;
  publicationState: string;
  updatedAt: Date;
  values: OrganizationValues;
}

export const ORGANIZATION_SELECT = `SELECT o.id, o.is_trusted AS "isTrusted", o.version, o.publication_state AS "publicationState",
  o.updated_at AS "updatedAt", ${ORGANIZATION_FIELDS.map((f) => `o.${ORGANIZATION_COLUMNS[f]} AS "${f}"`).join(', ')} FROM organization o`;

export function toEditableOrganization(row: Record<string, unknown>): EditableOrganization {
  return {
    id: row.id as string,
    isTrusted: row.isTrusted as boolean,
    version: row.version as number,
    publicationState: row.publicationState as string,
    updatedAt: row.updatedAt as Date,
    values: Object.fromEntries(ORGANIZATION_FIELDS.map((f) => [f, row[f]])),
  };
}

/** Not verified for this long: stale (docs/moderation.md). */
export const STALE_AFTER_DAYS = 180;

export function toEditable(row: Record<string, unknown>): EditableService {
  const values: ServiceValues = { ...partsFromRow(row) };
  for (const f of COLUMN_FIELDS) values[f] = row[f];
  return {
    id: row.id as string,
    organizationId: row.organizationId as string,
    isTrusted: row.isTrusted as boolean,
    version: row.version as number,
    publicationState: row.publicationState as string,
    updatedAt: row.updatedAt as Date,
    lastVerifiedAt: row.lastVerifiedAt as Date | null,
    lastVerifiedBy: row.lastVerifiedBy as string | null,
    values,
  };
}
