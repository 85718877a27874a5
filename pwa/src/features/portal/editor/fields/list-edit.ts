// Immutable edits of the lists a field value is made of.

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** An empty text input means "no value" (null), as the API stores it; spaces are kept while typing. */
export function textOrNull(text: string): string | null {
  return text === '' ? null : text;
}
