// The search vector PostgreSQL builds for a service (postgres-search.engine.ts `vector()`):
// `simple` and `dutch` lexemes of the unaccented text, each section weighted (A name, B
// organisation and terms, C texts) and shifted past the previous one, as tsvector `||` does.
import { dutchLexeme, tokenize, unaccent } from '../text/text-analysis.js';

/** Weight codes as PostgreSQL stores them in a position (A = 3 … D = 0). */
export const WEIGHT = { A: 3, B: 2, C: 1 } as const;
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;

export interface IndexedText {
  /** Weight A. */
  name: string;
  /** Weight B: organisation name, taxonomy labels and keywords. */
  terms: string;
  /** Weight C: description and other text fields, translations. */
  body: string;
}

/** A lexeme's positions, each `position | weight << 14` as in a PostgreSQL WordEntryPos. */
export type Vector = Map<string, number[]>;

function sectionVector(text: string, weight: number, simpleLexemes?: Set<string>): { vector: Vector; maxPosition: number } {
  const tokens = tokenize(unaccent(text).toLowerCase());
  tokens.forEach((t) => simpleLexemes?.add(t.text));
  const vector: Vector = new Map();
  let offset = 0;
  // `to_tsvector('simple', …) || to_tsvector('dutch', …)`: the second is shifted by the first's last position.
  for (const lexemeOf of [(t: (typeof tokens)[number]) => t.text, dutchLexeme]) {
    let last = 0;
    tokens.forEach((token, i) => {
      const lexeme = lexemeOf(token);
      if (lexeme === null) return;
      const position = Math.min(offset + i + 1, MAX_POSITION);
      last = i + 1;
      const positions = vector.get(lexeme);
      if (!positions) vector.set(lexeme, [position | (weight << 14)]);
      else if (positions.length < MAX_POSITIONS_PER_LEXEME) positions.push(position | (weight << 14));
    });
    offset += last;
  }
  return { vector, maxPosition: offset };
}

/** The service's search vector: A || B || C, each section shifted past the previous one. */
export function searchVector(text: IndexedText, simpleLexemes?: Set<string>): Vector {
  const result: Vector = new Map();
  let offset = 0;
  for (const [section, weight] of [
    [text.name, WEIGHT.A],
    [text.terms, WEIGHT.B],
    [text.body, WEIGHT.C],
  ] as const) {
    const { vector, maxPosition } = sectionVector(section, weight, simpleLexemes);
    for (const [lexeme, positions] of vector) {
      const shifted = positions.map((p) => (p & 0xc000) | Math.min((p & 0x3fff) + offset, MAX_POSITION));
      const existing = result.get(lexeme);
      if (!existing) result.set(lexeme, shifted);
      else existing.push(...shifted.slice(0, MAX_POSITIONS_PER_LEXEME - existing.length));
    }
    offset = Math.min(offset + maxPosition, MAX_POSITION);
  }
  return result;
}
