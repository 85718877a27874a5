// Sets of index slots as bitsets (one bit per service slot, 32 to a word), so that filters and
// facet counts over 20,000 services are a few hundred word-wide AND/popcount operations instead of
// a loop over every service's code lists (docs/offline.md, Performance).

/** A growable bitset of slots; `words` may be longer than needed, never shorter than the highest bit. */
export class SlotSet {
  words: Uint32Array;

  constructor(capacitySlots = 1024) {
    this.words = new Uint32Array(wordCount(capacitySlots));
  }

  add(slot: number): void {
    const word = slot >>> 5;
    if (word >= this.words.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.words.length * 2));
      grown.set(this.words);
      this.words = grown;
    }
    this.words[word] |= 1 << (slot & 31);
  }

  delete(slot: number): void {
    const word = slot >>> 5;
    if (word < this.words.length) this.words[word] &= ~(1 << (slot & 31));
  }

  has(slot: number): boolean {
    const word = slot >>> 5;
    return word < this.words.length && (this.words[word] & (1 << (slot & 31))) !== 0;
  }
}

export const wordCount = (slots: number) => (slots + 31) >>> 5;

/** Bit `slot` of a plain mask. */
export const hasBit = (mask: Uint32Array, slot: number) => (mask[slot >>> 5] & (1 << (slot & 31))) !== 0;
export const setBit = (mask: Uint32Array, slot: number) => void (mask[slot >>> 5] |= 1 << (slot & 31));
export const clearBit = (mask: Uint32Array, slot: number) => void (mask[slot >>> 5] &= ~(1 << (slot & 31)));

/** A copy of the set's first `words` words (zero-padded). */
export function maskOf(set: SlotSet, words: number): Uint32Array {
  const mask = new Uint32Array(words);
  mask.set(set.words.subarray(0, words));
  return mask;
}

/** `target |= set`, over the target's length. */
export function orInto(target: Uint32Array, set: SlotSet | undefined): void {
  if (!set) return;
  const n = Math.min(target.length, set.words.length);
  for (let i = 0; i < n; i++) target[i] |= set.words[i];
}

/** `target &= mask` for each non-null mask (null stands for "no filter": every slot). */
export function andInto(target: Uint32Array, ...masks: (Uint32Array | null)[]): Uint32Array {
  for (const mask of masks) if (mask) for (let i = 0; i < target.length; i++) target[i] &= mask[i];
  return target;
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(mask: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] !== 0) n += popcount32(mask[i]);
  return n;
}

/** |mask ∩ set| without materialising the intersection. */
export function countAnd(mask: Uint32Array, set: SlotSet): number {
  const n = Math.min(mask.length, set.words.length);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = mask[i] & set.words[i];
    if (v !== 0) count += popcount32(v);
  }
  return count;
}

/** The slots of a mask, ascending. */
export function slotsOf(mask: Uint32Array): number[] {
  const slots: number[] = [];
  for (let i = 0; i < mask.length; i++) {
    let v = mask[i];
    while (v !== 0) {
      const bit = 31 - Math.clz32(v & -v);
      slots.push((i << 5) | bit);
      v &= v - 1;
    }
  }
  return slots;
}
