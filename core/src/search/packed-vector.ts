// A service's analysed text vector packed in typed arrays (text-index.ts): lexeme ids ascending
// with their positions, the lookups over it, and the hashes that tell whether stored vectors
// still match a service's texts.
import type { IndexedText } from './search-vector.js';

/** One service's vector, packed: lexeme ids ascending, and their positions (`starts[i]`…`starts[i + 1]`). */
export interface PackedVector {
  ids: Int32Array;
  starts: Uint32Array;
  positions: Uint16Array;
}

export function sortedByIds(vector: PackedVector, flags: Uint8Array): [PackedVector, Uint8Array] {
  const order = [...vector.ids.keys()].sort((a, b) => vector.ids[a] - vector.ids[b]);
  const starts = new Uint32Array(order.length + 1);
  order.forEach((i, k) => (starts[k + 1] = starts[k] + vector.starts[i + 1] - vector.starts[i]));
  const positions = new Uint16Array(vector.positions.length);
  const sortedFlags = new Uint8Array(flags.length);
  order.forEach((i, k) => {
    positions.set(vector.positions.subarray(vector.starts[i], vector.starts[i + 1]), starts[k]);
    if (flags[i >> 3] & (1 << (i & 7))) sortedFlags[k >> 3] |= 1 << (k & 7);
  });
  return [{ ids: Int32Array.from(order, (i) => vector.ids[i]), starts, positions }, sortedFlags];
}

/** Two independent 32-bit hashes (FNV-1a and a multiplicative one) of the three texts. */
export function hashText(text: IndexedText): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b1;
  for (const part of [text.name, text.terms, text.body]) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x85ebca77) ^ (b >>> 13);
    }
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x85ebca77);
  }
  return [a >>> 0, b >>> 0];
}

/** Index of the entry of lexeme `id` in ascending `ids`, or -1. */
export function entryAt(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return mid;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
