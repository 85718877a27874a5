// Free-text queries over the on-device text index (text-index.ts), as the API's `analyse()` and
// `textMatch()` build them (api/src/search/postgres/postgres-search.engine.ts): each word as typed,
// as a prefix (last word), its Dutch stem, synonym phrases and typo corrections; every word must
// match. Ranking follows ts_rank (calc_rank_or/calc_rank_and of PostgreSQL's tsrank.c) so that
// results come in the API's order.
import { allowedTypos, queryWords } from '../text/query-text.js';
import { SYNONYMS } from '../text/synonyms.js';
import { DUTCH_STOPWORDS } from '../text/dutch-stemmer.js';
import { WEIGHT } from './search-vector.js';
import { dutchLexeme, tokenize, trigrams, trigramSimilarity, unaccent } from '../text/text-analysis.js';
import type { TextIndex } from './text-index.js';
import { type Operand, type SlotEntries, tsRank, uniqueOperands } from './ts-rank.js';

/** One query word: any of its operands or synonym phrases matches it. */
interface WordQuery {
  operands: Operand[];
  phrases: string[][];
  /** This word and the next written as one (`huur premie` → `huurpremie`), as far as the index knows them: match both words. */
  joined: Operand[];
  /** Operand order in PostgreSQL's query item array: ranks depend on which duplicate survives. */
  full: Operand[];
  exact: Operand[];
}

export interface TextMatch {
  /** The matching slots, ascending. */
  slots: number[];
  /** Per slot, an upper bound of its rank (cheap: name tier, and per lexeme the best share any entry has). */
  upper: Float64Array;
  /** The rank as the API computes it (name tier + ts_rank(full) + 2 ts_rank(exact)), computed on first use. */
  rankOf: (slot: number) => number;
}

/** Relative and absolute slack on the bounds: float4 rounding of the sums may exceed the exact sum a little. */
const SLACK = 1e-4;

/** Turns free text into per-word operands, as the API's `analyse()` and `textMatch()` do. */
export function analyse(index: TextIndex, text: string): WordQuery[] {
  const words = queryWords(text).map((raw) => ({ raw, word: unaccent(raw), isStopword: DUTCH_STOPWORDS.has(raw) }));
  const kept = words.some((w) => !w.isStopword) ? words.filter((w) => !w.isStopword) : words;
  // A compound the index does not know that splits into two words it does (`nachtasiel`) is both.
  const meaningful = kept.flatMap(
    (w, i) => splitCompound(index, w.word, i === kept.length - 1)?.map((part) => ({ raw: part, word: part })) ?? [w],
  );
  const corrections = meaningful.map(({ raw, word }) => typoAlternatives(index, raw, word));
  return meaningful.map(({ word }, i) => {
    const isLast = i === meaningful.length - 1;
    const alternatives = corrections[i];
    // This word and the next written as one, as typed or corrected (`vrjie tijd` → `vrijetijd…`).
    const joined: Operand[] = [];
    if (i + 1 < meaningful.length) {
      for (const left of [word, ...alternatives]) {
        for (const right of [meaningful[i + 1].word, ...corrections[i + 1]]) {
          const operand = { lexeme: left + right, isPrefix: i + 1 === meaningful.length - 1 };
          if (index.lookup(operand).length > 0) joined.push(operand);
        }
      }
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
      joined,
      full: [...dutch, ...simpleOperands.reverse(), ...joined],
      exact: [...dutch, typed],
    };
  });
}

/** Indexed words within the word's typo budget (trigram-similar enough), and its neighbour swaps. */
function typoAlternatives(index: TextIndex, raw: string, word: string): string[] {
  const typos = allowedTypos(raw);
  const alternatives: string[] = [];
  if (typos === 0) return alternatives;
  const wordTrigrams = trigrams(word);
  for (const candidate of index.typoLexicon.fuzzyGet(word, typos).keys()) {
    if (candidate !== word && trigramSimilarity(trigrams(candidate), wordTrigrams) >= 0.3) alternatives.push(candidate);
  }
  // Two neighbouring letters swapped (`vrjie`) is one slip of the fingers: one typo, as
  // Damerau counts it and Meilisearch's typo tolerance does, not Levenshtein's two.
  for (const swapped of adjacentSwaps(word)) {
    if (index.typoLexicon.has(swapped) && !alternatives.includes(swapped)) alternatives.push(swapped);
  }
  return alternatives.sort();
}

/** Shortest part of a compound that is split: shorter ones are mostly suffixes, not words. */
const MIN_PART = 4;

/**
 * Two words of the index that a word the index does not know (not as itself, its stem, or, for
 * the last word, as a prefix) is written from, the left one longest first; a linking `s`
 * (`arbeidsbemiddeling`) may join them. Null when there are none.
 */
export function splitCompound(index: TextIndex, word: string, isLast: boolean): [string, string] | null {
  const letters = [...word];
  if (letters.length < 2 * MIN_PART || !/^\p{L}+$/u.test(word)) return null;
  const known = (w: string) => index.idOf(w) !== undefined;
  const [token] = tokenize(word);
  const stem = token ? dutchLexeme(token) : null;
  if (known(word) || (stem !== null && known(stem)) || (isLast && index.lookup({ lexeme: word, isPrefix: true }).length > 0)) return null;
  for (let cut = letters.length - MIN_PART; cut >= MIN_PART; cut--) {
    const left = letters.slice(0, cut).join('');
    const right = letters.slice(cut).join('');
    if (DUTCH_STOPWORDS.has(right) || !known(right)) continue;
    if (known(left) && !DUTCH_STOPWORDS.has(left)) return [left, right];
    if (left.endsWith('s') && cut - 1 >= MIN_PART && known(left.slice(0, -1))) return [left.slice(0, -1), right];
  }
  return null;
}

/**
 * The query in words another engine (Meilisearch) matches as this core does: a word the index
 * does not know that is a compound of two it does, split (`nachtasiel` → `nacht asiel`); an unknown
 * word of five letters or more whose two swapped neighbouring letters give an indexed word, that
 * word (`vrjie` → `vrije`: Meilisearch counts a swap as two typos). Every other word as typed, for
 * the engine's own typo tolerance and prefix search.
 */
export function rewriteForEngine(index: TextIndex, text: string): string {
  const words = queryWords(text);
  return words
    .map((raw, i) => {
      // Words too short for a typo (and so for a compound of two 4-letter parts) go as typed,
      // before any lookup: a short last word is a prefix with thousands of matches.
      if (allowedTypos(raw) === 0) return raw;
      const word = unaccent(raw);
      const isLast = i === words.length - 1;
      const parts = splitCompound(index, word, isLast);
      if (parts) return parts.join(' ');
      if (index.idOf(word) !== undefined) return raw;
      const [token] = tokenize(word);
      const stem = token ? dutchLexeme(token) : null;
      if ((stem !== null && index.idOf(stem) !== undefined) || (isLast && index.lookup({ lexeme: word, isPrefix: true }).length > 0))
        return raw;
      return adjacentSwaps(word).find((swapped) => index.typoLexicon.has(swapped)) ?? raw;
    })
    .join(' ');
}

/** The word with each pair of different neighbouring letters swapped. */
function adjacentSwaps(word: string): string[] {
  const letters = [...word];
  const swaps: string[] = [];
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    swaps.push(swapped.join(''));
  }
  return swaps;
}

/** Services (slots among `isLive`) matching every word, with their API rank; null when there is no text. */
export function matchText(index: TextIndex, text: string, isLive: (slot: number) => boolean): TextMatch | null {
  const words = analyse(index, text);
  if (words.length === 0) return null;
  // Each operand's lexeme ids, looked up once (a short prefix finds thousands).
  const lookups = new Map<string, number[]>();
  const lookup = (operand: Operand) => {
    const key = `${operand.isPrefix ? '*' : ''}${operand.lexeme}`;
    let ids = lookups.get(key);
    if (!ids) lookups.set(key, (ids = index.lookup(operand)));
    return ids;
  };
  // hits[slot] = how many words, in order, the slot has matched so far.
  const hits = new Uint8Array(index.slotCount);
  words.forEach((word, w) => {
    // Before the word's own operands: a slot with the joined form matches this word and the next.
    for (const operand of word.joined)
      for (const id of lookup(operand)) for (const slot of index.postings[id]) if (hits[slot] === w) hits[slot] = w + 2;
    for (const operand of word.operands) {
      for (const id of lookup(operand)) for (const slot of index.postings[id]) if (hits[slot] === w) hits[slot] = w + 1;
    }
    for (const phrase of word.phrases) for (const slot of phraseSlots(index, phrase, false, (s) => hits[s] === w)) hits[slot] = w + 1;
  });
  const matched: number[] = [];
  // A flag array rather than a Set: membership is tested once per posting of every operand.
  const isMatched = new Uint8Array(index.slotCount);
  hits.forEach((count, slot) => {
    if (count === words.length && isLive(slot)) {
      matched.push(slot);
      isMatched[slot] = 1;
    }
  });
  const ranks = new Float64Array(index.slotCount).fill(NaN);
  const upper = new Float64Array(index.slotCount);
  const isAnd = words.length > 1;
  const operandsOf = (pick: (w: WordQuery) => Operand[]) => uniqueOperands(words.slice().reverse().flatMap(pick));
  const full = rankOperands(
    index,
    operandsOf((w) => w.full),
    lookup,
  );
  const exact = rankOperands(
    index,
    operandsOf((w) => w.exact),
    lookup,
  );
  const inNameTier = nameTier(index, words, matched, isMatched, lookup);
  // calc_rank_and is at most 1; calc_rank_or at most the sum of the best shares of the lexemes found.
  const fullBound = isAnd && full.operands.length >= 2 ? null : orBound(index, full, isMatched);
  const exactBound = isAnd && exact.operands.length >= 2 ? null : orBound(index, exact, isMatched);
  for (const slot of matched) {
    const bound = inNameTier[slot] + (fullBound ? fullBound[slot] : 1) + 2 * (exactBound ? exactBound[slot] : 1);
    upper[slot] = bound * (1 + SLACK) + SLACK;
  }
  const rankOf = (slot: number) => {
    if (Number.isNaN(ranks[slot])) {
      const rankFull = tsRank(full.entriesOf(slot), isAnd);
      const rankExact = tsRank(exact.entriesOf(slot), isAnd);
      ranks[slot] = Math.fround(Math.fround(inNameTier[slot] + rankFull) + Math.fround(2 * rankExact));
    }
    return ranks[slot];
  };
  return { slots: matched, upper, rankOf };
}

/** One rank's unique operands, their lexeme ids, and how to collect a slot's entries of them. */
function rankOperands(index: TextIndex, operands: Operand[], lookup: (o: Operand) => number[]) {
  const ids = operands.map(lookup);
  // A handful of ids: binary search in the slot's vector; many (a short prefix): scan the vector against a lookup-order table.
  const orders = ids.map((list) => {
    if (list.length <= 8) return null;
    const orderOf = new Int32Array(index.lexemes.length);
    list.forEach((id, k) => (orderOf[id] = k + 1));
    return orderOf;
  });
  const entriesOf = (slot: number): SlotEntries => {
    const out: SlotEntries = { operandCount: operands.length, operand: [], positions: [] };
    ids.forEach((list, i) => index.collectEntries(slot, i, orders[i] ?? EMPTY_ORDER, orders[i] ? null : list, out));
    return out;
  };
  return { operands, ids, entriesOf };
}

const EMPTY_ORDER = new Int32Array(0);

/** Per matched slot, the OR rank's bound: Σ over the entries the operands find of the lexeme's best share, / operand count. */
function orBound(index: TextIndex, ranked: ReturnType<typeof rankOperands>, isMatched: Uint8Array): Float64Array {
  const bound = new Float64Array(isMatched.length);
  for (const list of ranked.ids) {
    for (const id of list) {
      const share = index.maxEntryRank[id];
      for (const slot of index.postings[id]) if (isMatched[slot] === 1) bound[slot] += share;
    }
  }
  const n = ranked.operands.length;
  if (n > 0) for (let slot = 0; slot < bound.length; slot++) bound[slot] /= n;
  return bound;
}

/** Slots where the phrase's lexemes stand at consecutive positions (optionally weight A only). */
function phraseSlots(index: TextIndex, phrase: string[], isNameOnly: boolean, isCandidate: (slot: number) => boolean): number[] {
  const ids = phrase.map((lexeme) => index.idOf(lexeme));
  if (ids.some((id) => id === undefined)) return [];
  const rest: Uint16Array[] = [];
  return index.postings[ids[0]!].filter((slot) => {
    if (!isCandidate(slot)) return false;
    // Every other lexeme of the phrase must be in the slot at all before positions are compared.
    rest.length = 0;
    for (let k = 1; k < ids.length; k++) {
      const positions = index.positionsOf(slot, ids[k]!);
      if (positions.length === 0) return false;
      rest.push(positions);
    }
    for (const first of index.positionsOf(slot, ids[0]!)) {
      if (isNameOnly && first >> 14 !== WEIGHT.A) continue;
      const start = first & 0x3fff;
      let k = 1;
      while (k < ids.length && hasPosition(rest[k - 1], start + k, isNameOnly)) k++;
      if (k === ids.length) return true;
    }
    return false;
  });
}

/** Whether `positions` hold the position (of weight A with `isNameOnly`). */
function hasPosition(positions: Uint16Array, position: number, isNameOnly: boolean): boolean {
  for (const p of positions) if ((p & 0x3fff) === position && (!isNameOnly || p >> 14 === WEIGHT.A)) return true;
  return false;
}

/** `ts_filter(search_vector, '{a}') @@ query`: every word matches within the name. 1 per slot in the tier. */
function nameTier(
  index: TextIndex,
  words: WordQuery[],
  matched: number[],
  isMatched: Uint8Array,
  lookup: (o: Operand) => number[],
): Uint8Array {
  // level[slot] = how many words, in order, match within the slot's name.
  const level = new Uint8Array(isMatched.length);
  const isWordId = new Uint8Array(index.lexemes.length);
  words.forEach((word, w) => {
    const isCandidate = (slot: number) => isMatched[slot] === 1 && level[slot] === w;
    if (word.joined.length > 0) {
      isWordId.fill(0);
      for (const operand of word.joined) for (const id of lookup(operand)) isWordId[id] = 1;
      for (let slot = 0; slot < level.length; slot++) if (isCandidate(slot) && index.hasNameId(slot, isWordId)) level[slot] = w + 2;
    }
    isWordId.fill(0);
    for (const operand of word.operands) for (const id of lookup(operand)) isWordId[id] = 1;
    const reached: number[] = [];
    // The slot's name lexemes against the word's: no positions needed (matched slots only, ascending).
    for (const slot of matched) {
      if (level[slot] === w && index.hasNameId(slot, isWordId)) reached.push(slot);
    }
    for (const phrase of word.phrases) reached.push(...phraseSlots(index, phrase, true, isCandidate));
    for (const slot of reached) level[slot] = w + 1;
  });
  return level.map((l) => (l === words.length ? 1 : 0));
}
