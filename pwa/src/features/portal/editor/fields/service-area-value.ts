// Pure edits of a service area: the whole city, or districts, or wijken, plus postcodes that
// imports may bring. Emitted without duplicates, sorted by scope then code, as the API keeps it.
import type { AreaScope, AreaValue, FieldErrors } from '../listing-values';
import { indexedPath } from './field-errors';

export type AreaMode = 'city' | 'district' | 'wijk';

const SCOPE_ORDER: readonly AreaScope[] = ['city', 'district', 'wijk', 'postcode'];

export const WHOLE_CITY: AreaValue[] = [{ scope: 'city', code: null }];

export function sortArea(area: readonly AreaValue[]): AreaValue[] {
  const unique = new Map(area.map((entry) => [`${entry.scope}:${entry.code ?? ''}`, entry]));
  return [...unique.values()].sort(
    // Code units, as the API compares: the same order in every locale.
    (a, b) =>
      SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope) ||
      ((a.code ?? '') < (b.code ?? '') ? -1 : (a.code ?? '') > (b.code ?? '') ? 1 : 0),
  );
}

export const hasScope = (area: readonly AreaValue[], scope: AreaScope) => area.some((entry) => entry.scope === scope);

/** The choice a value shows: the widest scope it has; null for none (nothing chosen yet, or only postcodes). */
export function areaMode(area: readonly AreaValue[]): AreaMode | null {
  if (hasScope(area, 'city')) return 'city';
  if (hasScope(area, 'wijk')) return 'wijk';
  if (hasScope(area, 'district')) return 'district';
  return null;
}

export function codesOf(area: readonly AreaValue[], scope: AreaScope): string[] {
  return area.flatMap((entry) => (entry.scope === scope && entry.code ? [entry.code] : []));
}

/** The entries of `scope` replaced by `codes`; the rest kept. */
export function withCodes(area: readonly AreaValue[], scope: 'district' | 'wijk', codes: readonly string[]): AreaValue[] {
  return sortArea([...area.filter((entry) => entry.scope !== scope), ...codes.map((code) => ({ scope, code }))]);
}

/**
 * The value after choosing a mode: the whole city stands alone (the API refuses it combined);
 * districts or wijken replace the other of the two and keep postcodes, starting from `codes`.
 */
export function switchMode(area: readonly AreaValue[], mode: AreaMode, codes: readonly string[] = []): AreaValue[] {
  if (mode === 'city') return WHOLE_CITY;
  const other = mode === 'district' ? 'wijk' : 'district';
  const kept = area.filter((entry) => entry.scope !== 'city' && entry.scope !== other);
  return withCodes(kept, mode, codes);
}

/** Entries the current mode has no checkbox for (postcodes, or districts beside wijken): shown with a remove button. */
export function keptEntries(area: readonly AreaValue[], mode: AreaMode | null): { entry: AreaValue; index: number }[] {
  return area.flatMap((entry, index) => (entry.scope !== mode ? [{ entry, index }] : []));
}

/** Errors at `<i>.code` for the checklist of `scope`, keyed by the code's place in that checklist's value. */
export function checklistErrors(area: readonly AreaValue[], errors: FieldErrors, scope: AreaScope): FieldErrors {
  const codes = codesOf(area, scope);
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const parsed = indexedPath(path);
    const entry = parsed && (parsed.rest === 'code' || parsed.rest === '') ? area[parsed.index] : undefined;
    if (entry?.scope === scope && entry.code) result[String(codes.indexOf(entry.code))] = message;
  }
  return result;
}
