// Sorting by name in Meilisearch. Meilisearch orders a sortable string by its normalised facet
// value (lower-cased, separators treated its own way), which put "huisarts van wacht" before
// "huisarts - wijkgezondheidscentrum" where the other engines do not. So the index stores the
// collation key in an order-preserving encoding of plain [0-9a-z] characters that Meilisearch's
// normalisation leaves as it is, and byte order of the encoding is the order of the keys.

/** The name collation: accents and case do not count, dash variants are one dash. */
export function nameSortKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[–—]/g, '-').toLowerCase();
}

/** Meilisearch keeps this many bytes of a facet value; the encoding stays below it. */
const MAX_ENCODED_CHARS = 80;
const DIGITS_PER_CHAR = 3;
const LARGEST = 36 ** DIGITS_PER_CHAR - 1;

/**
 * Each UTF-16 code unit of the key as three base-36 digits (fixed width keeps the order; code
 * units beyond 46,655 — rare in names — share the highest value). The first 80 characters decide;
 * equal prefixes fall back to the service id.
 */
export function encodeSortKey(key: string): string {
  let encoded = '';
  for (let i = 0; i < Math.min(key.length, MAX_ENCODED_CHARS); i++) {
    encoded += Math.min(key.charCodeAt(i), LARGEST).toString(36).padStart(DIGITS_PER_CHAR, '0');
  }
  return encoded;
}
