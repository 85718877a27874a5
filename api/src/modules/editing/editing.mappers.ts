// Rows to response DTOs; shared by the editing and revision services.
import type { EditableServiceDto, FieldDiffDto, HistoryChangeDto } from './editing.dto.js';
import {
  camel,
  decodeHistoryValue,
  diffFields,
  diffValues,
  EDITABLE_SERVICE_FIELDS,
  ORGANIZATION_FIELDS,
  type OrganizationValues,
  type EditableServiceField,
  type FieldChange,
  fieldOfColumn,
  type ServiceValues,
} from './editable-fields.js';
import type { EditableService, HistoryRow, RevisionRow } from './editing.repository.js';
import type { RevisionDto } from './revisions.dto.js';

export function toEditableDto(service: EditableService): EditableServiceDto {
  return {
    ...(service.values as Pick<EditableServiceDto, EditableServiceField>),
    id: service.id,
    organizationId: service.organizationId,
    version: service.version,
    publicationState: service.publicationState,
    updatedAt: service.updatedAt.toISOString(),
    lastVerifiedAt: service.lastVerifiedAt?.toISOString() ?? null,
    lastVerifiedBy: service.lastVerifiedBy,
  };
}

export const toFieldDiffs = (changes: FieldChange[]): FieldDiffDto[] =>
  changes.map((c) => ({ field: c.field, before: c.before, after: c.after }));

/** A service's revision that would make it public: it is a draft or archived now, and the revision publishes it. */
export function isPublishing(row: RevisionRow, current: ServiceValues): boolean {
  const proposed = row.changes;
  return row.resourceType === 'service' && current.publicationState !== 'published' && proposed.publicationState === 'published';
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * What the public will see once a publishing revision is approved: every field with a value, as
 * stored (a draft's fields change at once) or as proposed, against `null` (the public sees a 404).
 */
function publishedDiff(current: ServiceValues, proposed: ServiceValues): FieldDiffDto[] {
  return EDITABLE_SERVICE_FIELDS.map((field) => {
    if (field === 'publicationState') return { field, before: current.publicationState ?? null, after: proposed.publicationState };
    return { field, before: null, after: (field in proposed ? proposed[field] : current[field]) ?? null };
  }).filter((d) => !isEmpty(d.after));
}

/** `current`: the stored values now, so the moderator compares against what the public sees. */
export function toRevisionDto(row: RevisionRow, current: ServiceValues | OrganizationValues): RevisionDto {
  const { changes, ...rest } = row;
  const publishes = isPublishing(row, current);
  return {
    ...rest,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    publishes,
    diff:
      row.resourceType === 'organization'
        ? diffFields(ORGANIZATION_FIELDS, current as OrganizationValues, changes as OrganizationValues)
        : publishes
          ? publishedDiff(current, changes)
          : toFieldDiffs(diffValues(current, changes)),
  };
}

export function toHistoryDto(row: HistoryRow): HistoryChangeDto {
  return {
    ...row,
    at: row.at.toISOString(),
    fields: row.fields.map((f) => ({
      field: fieldOfColumn(f.column) ?? camel(f.column),
      before: decodeHistoryValue(f.previousValue),
      after: decodeHistoryValue(f.replacementValue),
    })),
  };
}
