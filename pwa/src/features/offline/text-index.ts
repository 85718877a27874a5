// On-device full-text index that reproduces the API's PostgreSQL text search (docs/search.md,
// api/src/search/postgres/postgres-search.engine.ts): per service a tsvector-like list of lexemes
// with weighted positions (simple and dutch lexemes of A name, B organisation and terms, C texts),
// an inverted index over it, and MiniSearch's radix tree for prefixes and typo candidates.
// Ranking follows ts_rank (calc_rank_or/calc_rank_and of PostgreSQL's tsrank.c) so that
// results come in the API's order.
import SearchableMap from 'minisearch/SearchableMap';
import { allowedTypos, queryWords } from '../../../../api/src/search/postgres/query-text.js';
import { SYNONYMS } from '../../../../api/src/search/synonyms.js';
import { DUTCH_STOPWORDS } from './dutch-stemmer.js';
import { type IndexedText, searchVector, WEIGHT } from './search-vector.js';
import { dutchLexeme, tokenize, trigrams, trigramSimilarity, unaccent } from './text-analysis.js';
import { type Operand, type OperandEntries, tsRank, uniqueOperands } from './ts-rank.js';

export type { IndexedText };
export { searchVector };

/** One query word: any of its operands or synonym phrases matches it. */
interface WordQuery {
  operands: Operand[];
  phrases: string[][];
  /** Operand order in PostgreSQL's query item array: ranks depend on which duplicate survives. */
  full: Operand[];
  exact: Operand[];
}

export interface TextMatch {
  /** Slot → rank as the API computes it (name tier + ts_rank(full) + 2 ts_rank(exact)). */
  ranks: Map<number, number>;
}

/** One service's vector, packed: lexeme ids ascending, and their positions (`starts[i]`…`starts[i + 1]`). */
interface PackedVector {
  ids: Int32Array;
  starts: Uint32Array;
  positions: Uint16Array;
}

const EMPTY = new Uint16Array(0);

export class TextIndex {
  /** Lexeme → id; MiniSearch's radix tree gives prefix lookups. */
  private readonly lexemeIds = new SearchableMap<number>();
  private readonly lexemes: string[] = [];
  /** Per lexeme id, the slots holding it, ascending. */
  private readonly postings: number[][] = [];
  private readonly vectors: (PackedVector | undefined)[] = [];
  /** Simple lexemes of 4+ characters: the API's `search_lexicon`, the words a typo is corrected towards. */
  private readonly typoLexicon = new SearchableMap<true>();

  add(slot: number, text: IndexedText): void {
    const entries: [number, number[]][] = [];
    const simple = new Set<string>();
    for (const [lexeme, positions] of searchVector(text, simple)) {
      let id = this.lexemeIds.get(lexeme);
      if (id === undefined) {
        id = this.lexemes.length;
        this.lexemes.push(lexeme);
        this.postings.push([]);
        this.lexemeIds.set(lexeme, id);
      }
      this.postings[id].push(slot);
      entries.push([id, positions]);
    }
    for (const lexeme of simple) if (lexeme.length >= 4 && [...lexeme].length >= 4) this.typoLexicon.set(lexeme, true);
    entries.sort((a, b) => a[0] - b[0]);
    const starts = new Uint32Array(entries.length + 1);
    entries.forEach(([, positions], i) => (starts[i + 1] = starts[i] + positions.length));
    const packed = new Uint16Array(starts[entries.length]);
    entries.forEach(([, positions], i) => packed.set(positions, starts[i]));
    this.vectors[slot] = { ids: Int32Array.from(entries, (e) => e[0]), starts, positions: packed };
  }

  /** Forgets a slot's vector (its postings stay until the index is rebuilt). */
  drop(slot: number): void {
    this.vectors[slot] = undefined;
  }

  private positionsOf(slot: number, lexemeId: number): Uint16Array {
    const vector = this.vectors[slot];
    if (!vector) return EMPTY;
    let lo = 0;
    let hi = vector.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const id = vector.ids[mid];
      if (id === lexemeId) return vector.positions.subarray(vector.starts[mid], vector.starts[mid + 1]);
      if (id < lexemeId) lo = mid + 1;
      else hi = mid - 1;
    }
    return EMPTY;
  }

  /** Turns free text into per-word operands, as the API's `analyse()` and `textMatch()` do. */
  analyse(text: string): WordQuery[] {
    const words = queryWords(text).map((raw) => ({ raw, word: unaccent(raw), isStopword: DUTCH_STOPWORDS.has(raw) }));
    const meaningful = words.some((w) => !w.isStopword) ? words.filter((w) => !w.isStopword) : words;
    return meaningful.map(({ raw, word }, i) => {
      const isLast = i === meaningful.length - 1;
      const typos = allowedTypos(raw);
      const alternatives: string[] = [];
      if (typos > 0) {
        const wordTrigrams = trigrams(word);
        for (const candidate of this.typoLexicon.fuzzyGet(word, typos).keys()) {
          if (candidate !== word && trigramSimilarity(trigrams(candidate), wordTrigrams) >= 0.3) alternatives.push(candidate);
        }
        alternatives.sort();
      }
      const phrases = (SYNONYMS[word] ?? []).map((phrase) => phrase.split(' '));
      const typed: Operand = { lexeme: word, isPrefix: isLast };
      const [token] = tokenize(word);
      const stem = token ? dutchLexeme(token) : null;
      const dutch: Operand[] = stem === null ? [] : [{ lexeme: stem, isPrefix: false }];
      const corrected = alternatives.map((a) => ({ lexeme: a, isPrefix: false }));
      // `to_tsquery('simple', 'w | a1 | a2 | (p <-> q)') || plainto_tsquery('dutch', w)` is stored
      // operator first, right operand first: the dutch stem, then the simple operands in reverse.
      const simpleOperands = [typed, ...corrected, ...phrases.flat().map((p) => ({ lexeme: p, isPrefix: false }))];
      return {
        operands: [typed, ...corrected, ...dutch],
        phrases,
        full: [...dutch, ...simpleOperands.reverse()],
        exact: [...dutch, typed],
      };
    });
  }

  /** Services (slots among `isLive`) matching every word, with their API rank; null when there is no text. */
  match(text: string, isLive: (slot: number) => boolean): TextMatch | null {
    const words = this.analyse(text);
    if (words.length === 0) return null;
    // hits[slot] = how many words, in order, the slot has matched so far.
    const hits = new Uint8Array(this.vectors.length);
    words.forEach((word, w) => {
      for (const operand of word.operands) {
        for (const id of this.lookup(operand)) for (const slot of this.postings[id]) if (hits[slot] === w) hits[slot] = w + 1;
      }
      for (const phrase of word.phrases) for (const slot of this.phraseSlots(phrase, false, (s) => hits[s] === w)) hits[slot] = w + 1;
    });
    const matched = new Set<number>();
    hits.forEach((count, slot) => {
      if (count === words.length && isLive(slot)) matched.add(slot);
    });
    const ranks = new Map<number, number>();
    if (matched.size === 0) return { ranks };
    const isAnd = words.length > 1;
    const full = this.entries(
      uniqueOperands(
        words
          .slice()
          .reverse()
          .flatMap((w) => w.full),
      ),
      matched,
    );
    const exact = this.entries(
      uniqueOperands(
        words
          .slice()
          .reverse()
          .flatMap((w) => w.exact),
      ),
      matched,
    );
    const nameTier = this.nameTier(words, matched);
    for (const slot of matched) {
      const rank = Math.fround(
        Math.fround((nameTier.has(slot) ? 1 : 0) + tsRank(full, slot, isAnd)) + Math.fround(2 * tsRank(exact, slot, isAnd)),
      );
      ranks.set(slot, rank);
    }
    return { ranks };
  }

  /** Lexeme ids an operand finds, in byte order of the lexemes (the order of tsvector entries). */
  private lookup(operand: Operand): number[] {
    if (!operand.isPrefix) {
      const id = this.lexemeIds.get(operand.lexeme);
      return id === undefined ? [] : [id];
    }
    const found: number[] = [];
    this.lexemeIds.atPrefix(operand.lexeme).forEach((_, id) => found.push(id));
    return found.sort((a, b) => compareBytes(this.lexemes[a], this.lexemes[b]));
  }

  /** Slots where the phrase's lexemes stand at consecutive positions (optionally weight A only). */
  private phraseSlots(phrase: string[], isNameOnly: boolean, isCandidate: (slot: number) => boolean): number[] {
    const ids = phrase.map((lexeme) => this.lexemeIds.get(lexeme));
    if (ids.some((id) => id === undefined)) return [];
    const keep = (p: number) => !isNameOnly || p >> 14 === WEIGHT.A;
    return this.postings[ids[0]!].filter((slot) => {
      if (!isCandidate(slot)) return false;
      let starts = [...this.positionsOf(slot, ids[0]!)].filter(keep).map((p) => p & 0x3fff);
      for (let k = 1; k < ids.length && starts.length > 0; k++) {
        const next = new Set([...this.positionsOf(slot, ids[k]!)].filter(keep).map((p) => p & 0x3fff));
        starts = starts.filter((s) => next.has(s + k));
      }
      return starts.length > 0;
    });
  }

  /** `ts_filter(search_vector, '{a}') @@ query`: every word matches within the name. */
  private nameTier(words: WordQuery[], matched: Set<number>): Set<number> {
    let tier = matched;
    for (const word of words) {
      const slots = new Set<number>();
      for (const operand of word.operands) {
        for (const id of this.lookup(operand)) {
          for (const slot of this.postings[id]) {
            if (tier.has(slot) && this.positionsOf(slot, id).some((p) => p >> 14 === WEIGHT.A)) slots.add(slot);
          }
        }
      }
      for (const phrase of word.phrases) for (const slot of this.phraseSlots(phrase, true, (s) => tier.has(s))) slots.add(slot);
      tier = slots;
    }
    return tier;
  }

  /** Per unique operand, per matched slot, the positions of each tsvector entry it finds. */
  private entries(operands: Operand[], matched: Set<number>): OperandEntries[] {
    return operands.map((operand) => {
      const bySlot = new Map<number, Uint16Array[]>();
      for (const id of this.lookup(operand)) {
        for (const slot of this.postings[id]) {
          if (!matched.has(slot)) continue;
          const positions = this.positionsOf(slot, id);
          const list = bySlot.get(slot);
          if (list) list.push(positions);
          else bySlot.set(slot, [positions]);
        }
      }
      return bySlot;
    });
  }
}

const compareBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
