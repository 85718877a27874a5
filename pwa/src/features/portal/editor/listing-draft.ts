// The editor's draft of a service: the values as read, what the person changed (only those fields
// are sent, so a save never overwrites what someone else changed in another field), and the API's
// field errors sorted to the field editor that shows them.
import { type EditableServiceField, EDITABLE_FIELDS } from './editable-fields';
import type { FieldErrors, ListingValues } from './listing-values';

/** The editable values of a service as the API returns it (`EditableServiceDto`). */
export function toListingValues(service: Record<EditableServiceField, unknown>): ListingValues {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, service[field]])) as unknown as ListingValues;
}

/** Text inputs give '' for an empty optional field; the API stores null. */
function normalised(field: EditableServiceField, value: unknown): unknown {
  if (field !== 'name' && value === '') return null;
  if (typeof value === 'string' && field !== 'description') return value.trim() === '' && field !== 'name' ? null : value;
  return value;
}

/** Stable JSON: object keys sorted, so `{a,b}` and `{b,a}` compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The fields whose draft value differs from the value as read. */
export function changedFields(base: ListingValues, draft: ListingValues): Partial<ListingValues> {
  const changes: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    const after = normalised(field, draft[field]);
    if (stable(normalised(field, base[field])) !== stable(after)) changes[field] = after;
  }
  return changes;
}

/**
 * `changes.openingHours.weekly.2.closes` → `{ openingHours: { 'weekly.2.closes': message } }`;
 * names outside `changes.` (the version) go under `''`.
 */
export function errorsByField(messages: Record<string, string>): Partial<Record<EditableServiceField | '', FieldErrors>> {
  const byField: Partial<Record<EditableServiceField | '', FieldErrors>> = {};
  for (const [name, message] of Object.entries(messages)) {
    const match = /^changes\.([A-Za-z]+)(?:\.(.+))?$/.exec(name);
    const field = match && (EDITABLE_FIELDS as readonly string[]).includes(match[1]) ? (match[1] as EditableServiceField) : '';
    const path = match && field ? (match[2] ?? '') : name;
    (byField[field] ??= {})[path] = message;
  }
  return byField;
}
