// The only form in which a searched free text is kept: the core's text analysis (as the search
// index sees it) reduced to a canonical key — unaccented, lowercase words, Dutch stopwords out,
// sorted and deduplicated — so "Schuldhulp in Borgerhout" and "borgerhout schuldhulp" are one
// text. A text with five or more digits in all loses every word with a digit (phone, national-
// register or account numbers, also typed in pieces), so a postcode alone stays; a name typed by
// mistake is kept but never shown below k = 5 sessions (docs/insights.md).
import { DUTCH_STOPWORDS, queryWords, unaccent } from '@sociale-kaart/core';

const DIGIT = /\p{Nd}/gu;
const MAX_DIGITS = 4;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/** The normalised text, or null when nothing is left to keep. */
export function normaliseSearchText(text: string | undefined | null): string | null {
  if (!text) return null;
  const hasNumber = (text.match(DIGIT)?.length ?? 0) > MAX_DIGITS;
  const words = queryWords(unaccent(text))
    .filter((word) => !DUTCH_STOPWORDS.has(word) && !(hasNumber && /\p{Nd}/u.test(word)) && [...word].length <= MAX_WORD_LENGTH)
    .sort();
  const kept = [...new Set(words)].slice(0, MAX_WORDS);
  return kept.length === 0 ? null : kept.join(' ');
}
