// Text analysis as PostgreSQL does it for the API's index (docs/search.md): `unaccent`, the default
// parser's tokens (with positions), the `simple` and `dutch` configurations, and pg_trgm
// similarity for typo candidates. On-device search builds the same lexemes so that it matches
// the same services.
import { DUTCH_STOPWORDS, dutchStem } from './dutch-stemmer.js';

/** Characters `unaccent` maps that Unicode decomposition does not take apart. */
const UNACCENT_EXTRA: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ĳ: 'ij',
  Ĳ: 'IJ',
  ŀ: 'l',
  Ŀ: 'L',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ё: 'е',
  Ё: 'Е',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '…': '...',
  '«': '<<',
  '»': '>>',
  '\u00a0': ' ',
};
const EXTRA = new RegExp(`[${Object.keys(UNACCENT_EXTRA).join('')}]`, 'g');

/** PostgreSQL's `unaccent`: accents off Latin and Greek letters (Cyrillic й and ї stay); typographic punctuation plain. */
export function unaccent(text: string): string {
  return text
    .replace(/[ёЁ]/g, (c) => UNACCENT_EXTRA[c])
    .normalize('NFD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}])[\u0300-\u036f]+/gu, '$1')
    .replace(EXTRA, (c) => UNACCENT_EXTRA[c])
    .normalize('NFC');
}

/** The sort key of names: `lower(unaccent(name))`, compared by code point as the C.UTF-8 collation does. */
export function nameKey(name: string): string {
  return unaccent(name).toLowerCase();
}

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type TokenKind = 'word' | 'number' | 'numword' | 'compound' | 'email' | 'host';

export interface Token {
  text: string;
  kind: TokenKind;
}

// The default parser's token types that matter for prose: e-mail addresses and host names stay
// whole, hyphenated words give the compound and then each part, everything else splits on
// characters that are not letters or digits.
const TOKEN =
  /[\p{L}\p{N}._+-]*[\p{L}\p{N}]@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;
const LETTERS = /^[\p{L}\p{M}]+$/u;
const DIGITS = /^\p{N}+$/u;

/** Tokens of already unaccented, lowercased text, each taking one position. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const [match] of text.matchAll(TOKEN)) {
    if (match.includes('@')) {
      tokens.push({ text: match, kind: 'email' });
      continue;
    }
    if (match.includes('.') && /\.[a-z]{2,}$/.test(match) && /^www\.|[a-z]\.[a-z]+\.[a-z]{2,}$/.test(match)) {
      tokens.push({ text: match, kind: 'host' });
      continue;
    }
    for (const piece of match.split('.').filter(Boolean)) pushWordTokens(piece, tokens);
  }
  return tokens;
}

function pushWordTokens(chunk: string, tokens: Token[]): void {
  const parts = chunk.split('-').filter(Boolean);
  if (parts.length > 1 && parts.every((p) => LETTERS.test(p))) {
    tokens.push({ text: parts.join('-'), kind: 'compound' });
    for (const part of parts) tokens.push({ text: part, kind: 'word' });
    return;
  }
  // After the first part, a hyphen before digits is a minus sign: `12-25` gives `12` and `-25`.
  parts.forEach((part, i) => {
    if (DIGITS.test(part)) tokens.push({ text: i > 0 ? `-${part}` : part, kind: 'number' });
    else tokens.push({ text: part, kind: LETTERS.test(part) ? 'word' : 'numword' });
  });
}

/** The `dutch` configuration's lexeme of a token: null for a stopword (which still takes its position). */
export function dutchLexeme(token: Token): string | null {
  if (token.kind !== 'word' && token.kind !== 'compound') return token.text;
  if (DUTCH_STOPWORDS.has(token.text)) return null;
  let stem = stems.get(token.text);
  if (stem === undefined) {
    // Words repeat across listings (labels, keywords): stemming each once makes indexing several times faster.
    if (stems.size > 200_000) stems.clear();
    stem = dutchStem(token.text);
    stems.set(token.text, stem);
  }
  return stem;
}

const stems = new Map<string, string>();

/** pg_trgm's trigram set of a string: each word padded with two spaces before and one after. */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 2 < chars.length; i++) set.add(chars[i] + chars[i + 1] + chars[i + 2]);
  }
  return set;
}

/** pg_trgm `similarity()`: shared trigrams over all distinct trigrams of both. */
export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}
