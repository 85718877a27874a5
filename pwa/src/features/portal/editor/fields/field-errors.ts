// Field errors arrive keyed by a path relative to the field (`weekly.2.closes`, `0.amount`, `` for
// the field as a whole). Each editor shows a message next to the input its path names and lists
// the rest at the top of its group, so that no message the API sends is lost.
import type { FieldErrors } from '../listing-values';

/** The errors below `prefix` (`closures` → `0.to`), with the prefix taken off. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const start = `${prefix}.`;
  const under: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    if (key.startsWith(start)) under[key.slice(start.length)] = message;
  }
  return under;
}

/** Messages whose path no input of the editor shows (`isShown` says which do), in path order. */
export function otherErrors(errors: FieldErrors, isShown: (path: string) => boolean): string[] {
  return Object.keys(errors)
    .filter((path) => !isShown(path))
    .sort()
    .map((path) => errors[path]);
}

/** `3.amount` → `{ index: 3, rest: 'amount' }`; null for a path that does not start with an index. */
export function indexedPath(path: string): { index: number; rest: string } | null {
  const match = /^(\d+)(?:\.(.*))?$/.exec(path);
  return match ? { index: Number(match[1]), rest: match[2] ?? '' } : null;
}

/** True for `<index>.<one of names>` with an index inside a list of `length` rows. */
export function isRowPath(path: string, length: number, names: readonly string[]): boolean {
  const parsed = indexedPath(path);
  return parsed !== null && parsed.index < length && names.includes(parsed.rest);
}
