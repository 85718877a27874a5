// Splits the free text of a query into words; PostgreSQL unaccents them as it did the index.

/** Letters, marks and digits in any script; everything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function queryWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(WORD) ?? [])].slice(0, 10);
}

/** Edits a word may be off by: none below 5 letters, 1 from 5, 2 from 9. */
export function allowedTypos(word: string): number {
  const length = [...word].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}
