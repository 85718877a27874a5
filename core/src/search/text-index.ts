// On-device full-text index that reproduces the API's PostgreSQL text search (docs/search.md,
// api/src/search/postgres/postgres-search.engine.ts): per service a tsvector-like list of lexemes
// with weighted positions (simple and dutch lexemes of A name, B organisation and terms, C texts),
// an inverted index over it, and MiniSearch's radix tree for prefixes and typo candidates.
// Queries and ranking are in text-query.ts. The analysed vectors can be stored (IndexedDB) and
// reused at the next start, so only changed listings are analysed again.
import SearchableMap from 'minisearch/SearchableMap';
import { type IndexedText, searchVector } from './search-vector.js';
import { matchText, type TextMatch } from './text-query.js';
import { entryAt, hashText, type PackedVector, sortedByIds } from './packed-vector.js';
import { entryRankOr, type Operand } from './ts-rank.js';
import { WEIGHT } from './search-vector.js';

export type { IndexedText, TextMatch };
export { searchVector, hashText };

/** The analysed vectors of a set of services, in typed arrays (structured-clone friendly, compact). */
export interface StoredTextIndex {
  format: 1;
  /** Lexemes used by the stored services; entries refer to them by index. */
  lexemes: string[];
  serviceIds: string[];
  /** Two 32-bit hashes per service of the texts it was analysed from: a changed text is analysed again. */
  hashes: Uint32Array;
  /** Per service, its number of entries. */
  entryCounts: Uint32Array;
  /** `lexeme index << 1 | 1 when the lexeme is one of the service's simple tokens` (the typo lexicon's words). */
  entries: Uint32Array;
  /** Per entry, its number of positions (≤ 256). */
  positionCounts: Uint16Array;
  positions: Uint16Array;
}

const EMPTY = new Uint16Array(0);

export class TextIndex {
  /** Lexeme → id (exact lookups), and the same in MiniSearch's radix tree (prefix lookups). */
  private readonly lexemeIds = new Map<string, number>();
  private readonly prefixTree = new SearchableMap<number>();
  readonly lexemes: string[] = [];
  /** Per lexeme id, the slots holding it, ascending. */
  readonly postings: number[][] = [];
  private readonly vectors: (PackedVector | undefined)[] = [];
  /** Per slot: which of its entries are simple tokens (bit per entry), and the hashes of its texts. */
  private readonly simpleFlags: (Uint8Array | undefined)[] = [];
  private readonly hashes: number[] = [];
  /** Simple lexemes of 4+ characters: the API's `search_lexicon`, the words a typo is corrected towards. */
  readonly typoLexicon = new SearchableMap<true>();
  private readonly inTypoLexicon = new Set<number>();
  /**
   * Per lexeme id, the largest calc_rank_or share of any entry of it (dead slots included): an
   * upper bound that lets a query skip ranking the matches that cannot reach the page.
   */
  readonly maxEntryRank: number[] = [];
  /**
   * Per slot, the lexeme ids with a position in the name (weight A), ascending: the name tier
   * without positions. Slot `s`'s are `nameData[nameFrom[s]]` up to `nameData[nameTo[s]]`, in one
   * array appended slot by slot (a query walks thousands of slots' names: one array in slot order
   * rather than one small array each).
   */
  private nameData = new Int32Array(4096);
  private nameLength = 0;
  private nameFrom = new Uint32Array(1024);
  private nameTo = new Uint32Array(1024);

  get slotCount(): number {
    return this.vectors.length;
  }

  private intern(lexeme: string): number {
    let id = this.lexemeIds.get(lexeme);
    if (id === undefined) {
      id = this.lexemes.length;
      this.lexemes.push(lexeme);
      this.postings.push([]);
      this.maxEntryRank.push(0);
      this.lexemeIds.set(lexeme, id);
      this.prefixTree.set(lexeme, id);
    }
    return id;
  }

  private addTypoWord(id: number): void {
    if (this.inTypoLexicon.has(id)) return;
    this.inTypoLexicon.add(id);
    const lexeme = this.lexemes[id];
    if (lexeme.length >= 4 && [...lexeme].length >= 4) this.typoLexicon.set(lexeme, true);
  }

  add(slot: number, text: IndexedText): void {
    const simple = new Set<string>();
    const entries: [number, number[], boolean][] = [];
    for (const [lexeme, positions] of searchVector(text, simple)) entries.push([this.intern(lexeme), positions, false]);
    for (const entry of entries) if (simple.has(this.lexemes[entry[0]])) entry[2] = true;
    entries.sort((a, b) => a[0] - b[0]);
    const starts = new Uint32Array(entries.length + 1);
    entries.forEach(([, positions], i) => (starts[i + 1] = starts[i] + positions.length));
    const packed = new Uint16Array(starts[entries.length]);
    entries.forEach(([, positions], i) => packed.set(positions, starts[i]));
    const flags = new Uint8Array((entries.length + 7) >> 3);
    entries.forEach(([, , isSimple], i) => isSimple && (flags[i >> 3] |= 1 << (i & 7)));
    this.place(slot, { ids: Int32Array.from(entries, (e) => e[0]), starts, positions: packed }, flags, hashText(text));
  }

  private place(slot: number, vector: PackedVector, flags: Uint8Array, hash: [number, number]): void {
    const { ids, starts, positions } = vector;
    const inName: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      this.postings[ids[i]].push(slot);
      if (flags[i >> 3] & (1 << (i & 7))) this.addTypoWord(ids[i]);
      const share = entryRankOr(positions, starts[i], starts[i + 1]);
      if (share > this.maxEntryRank[ids[i]]) this.maxEntryRank[ids[i]] = share;
      // Positions are sorted by position, not weight: look at all of them.
      for (let j = starts[i]; j < starts[i + 1]; j++) {
        if (positions[j] >> 14 === WEIGHT.A) {
          inName.push(ids[i]);
          break;
        }
      }
    }
    this.setNameIds(slot, inName);
    this.vectors[slot] = vector;
    this.simpleFlags[slot] = flags;
    this.hashes[2 * slot] = hash[0];
    this.hashes[2 * slot + 1] = hash[1];
  }

  private setNameIds(slot: number, ids: number[]): void {
    if (slot >= this.nameFrom.length) {
      this.nameFrom = grown(this.nameFrom, slot + 1);
      this.nameTo = grown(this.nameTo, slot + 1);
    }
    if (this.nameLength + ids.length > this.nameData.length) this.nameData = grown(this.nameData, this.nameLength + ids.length);
    this.nameFrom[slot] = this.nameLength;
    for (const id of ids) this.nameData[this.nameLength++] = id;
    this.nameTo[slot] = this.nameLength;
  }

  /** Whether one of the slot's name lexemes is marked in `isWanted` (by lexeme id). */
  hasNameId(slot: number, isWanted: Uint8Array): boolean {
    if (slot >= this.nameFrom.length) return false;
    const data = this.nameData;
    for (let i = this.nameFrom[slot], end = this.nameTo[slot]; i < end; i++) if (isWanted[data[i]] === 1) return true;
    return false;
  }

  /** Forgets a slot's vector (its postings stay until the index is rebuilt). */
  drop(slot: number): void {
    this.vectors[slot] = undefined;
    this.simpleFlags[slot] = undefined;
    if (slot < this.nameFrom.length) this.nameTo[slot] = this.nameFrom[slot];
  }

  /**
   * Appends to `out` the slot's entries whose lexeme has an order in `orderOf` (lookup position
   * + 1, 0 = not wanted), in that order; `few`: the wanted ids when there are only a handful (binary
   * search beats scanning the vector).
   */
  collectEntries(
    slot: number,
    operand: number,
    orderOf: Int32Array,
    few: number[] | null,
    out: { operand: number[]; positions: Uint16Array[] },
  ): void {
    const vector = this.vectors[slot];
    if (!vector) return;
    if (few) {
      for (const id of few) {
        const at = entryAt(vector.ids, id);
        if (at >= 0) {
          out.operand.push(operand);
          out.positions.push(vector.positions.subarray(vector.starts[at], vector.starts[at + 1]));
        }
      }
      return;
    }
    const found: number[] = [];
    for (let i = 0; i < vector.ids.length; i++) if (orderOf[vector.ids[i]] > 0) found.push(i);
    if (found.length > 1) found.sort((a, b) => orderOf[vector.ids[a]] - orderOf[vector.ids[b]]);
    for (const at of found) {
      out.operand.push(operand);
      out.positions.push(vector.positions.subarray(vector.starts[at], vector.starts[at + 1]));
    }
  }

  positionsOf(slot: number, lexemeId: number): Uint16Array {
    const vector = this.vectors[slot];
    const at = vector ? entryAt(vector.ids, lexemeId) : -1;
    return at < 0 ? EMPTY : vector!.positions.subarray(vector!.starts[at], vector!.starts[at + 1]);
  }

  /**
   * The word as the index spells it: itself when indexed, else the indexed word (4+ letters) fewest
   * edits away (1 up to 4 letters, 2 up to 8, else 3), the most used one on a tie; null when none is.
   */
  closestSpelling(word: string): string | null {
    if (this.lexemeIds.has(word)) return word;
    const length = [...word].length;
    const maxEdits = length <= 4 ? 1 : length <= 8 ? 2 : 3;
    let best: { word: string; edits: number; uses: number } | null = null;
    const candidates = [...this.typoLexicon.fuzzyGet(word, maxEdits)].map(([candidate, [, edits]]) => [candidate, edits] as const);
    // Two swapped neighbours (`hlup`) count as one edit, as they do in a search.
    const letters = [...word];
    for (let i = 0; i + 1 < letters.length; i++) {
      const swapped = [...letters.slice(0, i), letters[i + 1], letters[i], ...letters.slice(i + 2)].join('');
      if (swapped !== word && this.typoLexicon.has(swapped)) candidates.push([swapped, 1]);
    }
    for (const [candidate, edits] of candidates) {
      const uses = this.postings[this.lexemeIds.get(candidate)!].length;
      if (!best || edits < best.edits || (edits === best.edits && (uses > best.uses || (uses === best.uses && candidate < best.word))))
        best = { word: candidate, edits, uses };
    }
    return best?.word ?? null;
  }

  idOf(lexeme: string): number | undefined {
    return this.lexemeIds.get(lexeme);
  }

  /** Lexeme ids an operand finds, in byte order of the lexemes (the order of tsvector entries). */
  lookup(operand: Operand): number[] {
    if (!operand.isPrefix) {
      const id = this.lexemeIds.get(operand.lexeme);
      return id === undefined ? [] : [id];
    }
    const found: number[] = [];
    this.prefixTree.atPrefix(operand.lexeme).forEach((_, id) => found.push(id));
    return found.sort((a, b) => compareBytes(this.lexemes[a], this.lexemes[b]));
  }

  /** Services (slots among `isLive`) matching every word, with their API rank; null when there is no text. */
  match(text: string, isLive: (slot: number) => boolean): TextMatch | null {
    return matchText(this, text, isLive);
  }

  /** The vectors of the named slots (null: skipped), with only the lexemes they use. */
  store(serviceIds: (string | null)[]): StoredTextIndex {
    const kept = serviceIds.flatMap((id, slot) => (id !== null && this.vectors[slot] ? [{ id, slot, vector: this.vectors[slot] }] : []));
    // Renumbering in id order keeps each vector's ids ascending, so a loaded vector needs no sort.
    const used = new Uint8Array(this.lexemes.length);
    kept.forEach(({ vector }) => vector.ids.forEach((id) => (used[id] = 1)));
    const renumbered = new Int32Array(this.lexemes.length).fill(-1);
    const lexemes: string[] = [];
    used.forEach((isUsed, id) => isUsed && (renumbered[id] = lexemes.push(this.lexemes[id]) - 1));
    const entryCount = kept.reduce((n, { vector }) => n + vector.ids.length, 0);
    const stored: StoredTextIndex = {
      format: 1,
      lexemes,
      serviceIds: kept.map((k) => k.id),
      hashes: new Uint32Array(2 * kept.length),
      entryCounts: new Uint32Array(kept.length),
      entries: new Uint32Array(entryCount),
      positionCounts: new Uint16Array(entryCount),
      positions: new Uint16Array(kept.reduce((n, { vector }) => n + vector.positions.length, 0)),
    };
    let e = 0;
    let p = 0;
    kept.forEach(({ slot, vector }, k) => {
      stored.hashes[2 * k] = this.hashes[2 * slot];
      stored.hashes[2 * k + 1] = this.hashes[2 * slot + 1];
      stored.entryCounts[k] = vector.ids.length;
      const flags = this.simpleFlags[slot]!;
      vector.ids.forEach((id, i) => {
        stored.entries[e] = (renumbered[id] << 1) | ((flags[i >> 3] >> (i & 7)) & 1);
        stored.positionCounts[e++] = vector.starts[i + 1] - vector.starts[i];
      });
      stored.positions.set(vector.positions, p);
      p += vector.positions.length;
    });
    return stored;
  }

  /**
   * A function that places a stored vector in an index when the service's texts are unchanged
   * (returns false otherwise, and the caller analyses the texts).
   */
  static reader(stored: StoredTextIndex): (index: TextIndex, slot: number, serviceId: string, text: IndexedText) => boolean {
    const where = new Map<string, number>();
    const entryStart = new Uint32Array(stored.serviceIds.length + 1);
    const positionStart = new Uint32Array(stored.serviceIds.length + 1);
    let e = 0;
    stored.serviceIds.forEach((id, k) => {
      where.set(id, k);
      entryStart[k + 1] = entryStart[k] + stored.entryCounts[k];
      let positions = 0;
      for (; e < entryStart[k + 1]; e++) positions += stored.positionCounts[e];
      positionStart[k + 1] = positionStart[k] + positions;
    });
    const ids = new WeakMap<TextIndex, Int32Array>();
    return (index, slot, serviceId, text) => {
      const k = where.get(serviceId);
      if (k === undefined) return false;
      const hash = hashText(text);
      if (hash[0] !== stored.hashes[2 * k] || hash[1] !== stored.hashes[2 * k + 1]) return false;
      let map = ids.get(index);
      if (!map) {
        ids.set(index, (map = new Int32Array(stored.lexemes.length).fill(-1)));
        // Into an empty index (a start), in stored order: ids then ascend as the stored indexes do.
        if (index.lexemes.length === 0) stored.lexemes.forEach((lexeme, i) => (map![i] = index.intern(lexeme)));
      }
      const count = stored.entryCounts[k];
      const entries = stored.entries.subarray(entryStart[k], entryStart[k] + count);
      const vectorIds = new Int32Array(count);
      const flags = new Uint8Array((count + 7) >> 3);
      const starts = new Uint32Array(count + 1);
      let isAscending = true;
      for (let i = 0; i < count; i++) {
        const entry = entries[i];
        const at = entry >>> 1;
        if (map[at] < 0) map[at] = index.intern(stored.lexemes[at]);
        vectorIds[i] = map[at];
        if (i > 0 && vectorIds[i] < vectorIds[i - 1]) isAscending = false;
        if (entry & 1) flags[i >> 3] |= 1 << (i & 7);
        starts[i + 1] = starts[i] + stored.positionCounts[entryStart[k] + i];
      }
      // A view, not a copy: the stored arrays stay alive as the index's position storage.
      const positions = stored.positions.subarray(positionStart[k], positionStart[k + 1]);
      const vector = { ids: vectorIds, starts, positions };
      // An index that already held other lexemes numbers these differently: re-sort the entries.
      if (isAscending) index.place(slot, vector, flags, hash);
      else index.place(slot, ...sortedByIds(vector, flags), hash);
      return true;
    };
  }
}

/** A copy at least `length` long (twice as long as before, at least). */
function grown<T extends Int32Array | Uint32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (n: number) => T)(Math.max(length, 2 * array.length));
  copy.set(array);
  return copy;
}

const compareBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
