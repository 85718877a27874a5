// The analysed text index as bytes, so the server can hand a phone the index it built (issue #12,
// item 5): the phone places stored vectors instead of analysing 20,000 texts on its first start.
//
// Layout (little-endian): "SKTI", u32 codec version, u32 header length, the header as UTF-8 JSON
// ({ format, analysis, lexemes, serviceIds, counts }), zero padding to a multiple of 4, then the
// typed arrays one after another: hashes (u32), entryCounts (u32), entries (u32), positionCounts
// (u16), positions (u16). HTTP compression (gzip/brotli) does the rest.
import type { StoredTextIndex } from './text-index.js';

/**
 * Version of the text analysis (tokenizer, stemmer, vocabulary, synonyms, compounds) that made the
 * vectors. A device ignores a stored index of another version: its hashes only say the texts are
 * unchanged, not that they were analysed by the same rules. Bump it with every analysis change.
 */
export const TEXT_ANALYSIS_VERSION = 1;

const MAGIC = 0x49544b53; // "SKTI" read as a little-endian u32
const CODEC_VERSION = 1;

interface Header {
  format: StoredTextIndex['format'];
  analysis: number;
  lexemes: string[];
  serviceIds: string[];
  counts: [hashes: number, entryCounts: number, entries: number, positionCounts: number, positions: number];
}

export function encodeStoredTextIndex(stored: StoredTextIndex): Uint8Array {
  const arrays = [stored.hashes, stored.entryCounts, stored.entries, stored.positionCounts, stored.positions] as const;
  const header: Header = {
    format: stored.format,
    analysis: TEXT_ANALYSIS_VERSION,
    lexemes: stored.lexemes,
    serviceIds: stored.serviceIds,
    counts: arrays.map((a) => a.length) as Header['counts'],
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align4(12 + json.length);
  const size = arrays.reduce((n, a) => align4(n + a.byteLength), start);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, CODEC_VERSION, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  let at = start;
  for (const array of arrays) {
    writeLittleEndian(view, at, array);
    at = align4(at + array.byteLength);
  }
  return bytes;
}

/** The stored index, or null when the bytes are not one, or of another codec or analysis version. */
export function decodeStoredTextIndex(bytes: Uint8Array): StoredTextIndex | null {
  if (bytes.byteLength < 12) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== CODEC_VERSION) return null;
  const jsonLength = view.getUint32(8, true);
  if (12 + jsonLength > bytes.byteLength) return null;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as Header;
  } catch {
    return null;
  }
  if (header.analysis !== TEXT_ANALYSIS_VERSION || !Array.isArray(header.counts) || header.counts.length !== 5) return null;
  const [hashCount, entryCountCount, entryCount, positionCountCount, positionCount] = header.counts;
  let at = align4(12 + jsonLength);
  const take = <T extends Uint32Array | Uint16Array>(make: (n: number) => T, n: number): T | null => {
    const array = make(n);
    if (at + array.byteLength > bytes.byteLength) return null;
    readLittleEndian(view, at, array);
    at = align4(at + array.byteLength);
    return array;
  };
  const hashes = take((n) => new Uint32Array(n), hashCount);
  const entryCounts = take((n) => new Uint32Array(n), entryCountCount);
  const entries = take((n) => new Uint32Array(n), entryCount);
  const positionCounts = take((n) => new Uint16Array(n), positionCountCount);
  const positions = take((n) => new Uint16Array(n), positionCount);
  if (!hashes || !entryCounts || !entries || !positionCounts || !positions) return null;
  if (hashes.length !== 2 * header.serviceIds.length || entryCounts.length !== header.serviceIds.length) return null;
  return {
    format: header.format,
    lexemes: header.lexemes,
    serviceIds: header.serviceIds,
    hashes,
    entryCounts,
    entries,
    positionCounts,
    positions,
  };
}

const align4 = (n: number) => (n + 3) & ~3;

/** Every browser and server we run on is little-endian; the DataView path keeps others correct. */
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function writeLittleEndian(view: DataView, at: number, array: Uint32Array | Uint16Array): void {
  if (IS_LITTLE_ENDIAN)
    new Uint8Array(view.buffer, view.byteOffset).set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
  else if (array instanceof Uint32Array) array.forEach((value, i) => view.setUint32(at + 4 * i, value, true));
  else array.forEach((value, i) => view.setUint16(at + 2 * i, value, true));
}

function readLittleEndian(view: DataView, at: number, array: Uint32Array | Uint16Array): void {
  if (IS_LITTLE_ENDIAN) new Uint8Array(array.buffer).set(new Uint8Array(view.buffer, view.byteOffset + at, array.byteLength));
  else if (array instanceof Uint32Array) for (let i = 0; i < array.length; i++) array[i] = view.getUint32(at + 4 * i, true);
  else for (let i = 0; i < array.length; i++) array[i] = view.getUint16(at + 2 * i, true);
}
