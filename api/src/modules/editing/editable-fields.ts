// The fields of a service that are edited through revisions, and how their values are compared
// and kept in the history. Pure: shared by the service (rules) and the repository (SQL).
import { isDeepStrictEqual } from 'node:util';
import { PART_FIELDS, type PartField } from './service-parts.js';

/** A service's own columns, by property name. */
export const COLUMN_FIELDS = [
  'name',
  'alternateName',
  'description',
  'applicationProcess',
  'eligibilityDescription',
  'feesDescription',
  'email',
  'url',
  'status',
  'translations',
  'publicationState',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** Every edited field: the columns, then the child rows (service-parts.ts), each one value. */
export const EDITABLE_SERVICE_FIELDS = [...COLUMN_FIELDS, ...PART_FIELDS] as const;
export type EditableServiceField = ColumnField | PartField;

export function isPartField(field: EditableServiceField): field is PartField {
  return (PART_FIELDS as readonly string[]).includes(field);
}
export type ServiceValues = Partial<Record<EditableServiceField, unknown>>;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The SQL column of each field; `metadata.field_name` holds the column name, as HSDS names fields
 * (a part is named as if it were one: `opening_hours`, `service_area`).
 */
export const EDITABLE_COLUMNS: Record<EditableServiceField, string> = Object.fromEntries(
  EDITABLE_SERVICE_FIELDS.map((f) => [f, snake(f)]),
) as Record<EditableServiceField, string>;

const FIELD_OF_COLUMN = new Map<string, EditableServiceField>(EDITABLE_SERVICE_FIELDS.map((f) => [EDITABLE_COLUMNS[f], f]));

export function fieldOfColumn(column: string): EditableServiceField | undefined {
  return FIELD_OF_COLUMN.get(column);
}

export function isEditableField(name: string): name is EditableServiceField {
  return (EDITABLE_SERVICE_FIELDS as readonly string[]).includes(name);
}

/** One field that changes: its value before and after. */
export interface FieldChange {
  field: EditableServiceField;
  before: unknown;
  after: unknown;
}

/** The proposed values that differ from the current ones, in the order of `fields`. */
export function diffFields<F extends string>(
  fields: readonly F[],
  current: Partial<Record<F, unknown>>,
  proposed: Partial<Record<F, unknown>>,
): { field: F; before: unknown; after: unknown }[] {
  return fields
    .filter((f) => f in proposed && proposed[f] !== undefined)
    .map((field) => ({ field, before: current[field] ?? null, after: proposed[field] ?? null }))
    .filter((c) => !isDeepStrictEqual(c.before, c.after));
}

/** A service's proposed values that differ from the current ones, in the fields' order. */
export function diffValues(current: ServiceValues, proposed: ServiceValues): FieldChange[] {
  return diffFields(EDITABLE_SERVICE_FIELDS, current, proposed);
}

/** An organisation's edited fields (the organisation's own details; its services are edited one by one). */
export const ORGANIZATION_FIELDS = ['name', 'alternateName', 'description', 'email', 'website', 'translations'] as const;
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];
export type OrganizationValues = Partial<Record<OrganizationField, unknown>>;
export const ORGANIZATION_COLUMNS: Record<OrganizationField, string> = Object.fromEntries(
  ORGANIZATION_FIELDS.map((f) => [f, snake(f)]),
) as Record<OrganizationField, string>;

/** `alternate_name` → `alternateName`: the field a history row's column stands for. */
export const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * History values are JSON (`null`, `"text"`, `{"fr":{…}}`): `metadata` columns are text, and a
 * rollback must restore null and translations exactly, not their display form.
 */
export function encodeHistoryValue(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Rows written by other paths (import, seed) may hold plain text: shown as they are. */
export function decodeHistoryValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
