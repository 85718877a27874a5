// Rows to response DTOs; shared by the editing and revision services.
import type { EditableServiceDto, FieldDiffDto, HistoryChangeDto } from './editing.dto.js';
import {
  camel,
  decodeHistoryValue,
  diffFields,
  diffValues,
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

/** `current`: the published values now, so the moderator compares against what the public sees. */
export function toRevisionDto(row: RevisionRow, current: ServiceValues | OrganizationValues): RevisionDto {
  const { changes, ...rest } = row;
  return {
    ...rest,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    diff:
      row.resourceType === 'organization'
        ? diffFields(ORGANIZATION_FIELDS, current as OrganizationValues, changes as OrganizationValues)
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
