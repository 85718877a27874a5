// Small helpers of device-search.ts: walking a precomputed sort order for a page, the API's
// comparison of names and distances, and the `near` parameter.
import { hasBit } from './slot-set.js';

/** The `offset`…`offset + size` slots of `results` in a precomputed order, walking it only as far as needed. */
export function pageInOrder(order: Int32Array, results: Uint32Array, offset: number, size: number): number[] {
  const page: number[] = [];
  let seen = 0;
  for (let i = 0; i < order.length && page.length < size; i++) {
    if (!hasBit(results, order[i])) continue;
    if (seen++ >= offset) page.push(order[i]);
  }
  return page;
}

export function parseNear(near: string | null): { latitude: number; longitude: number } | null {
  if (!near) return null;
  const [latitude, longitude] = near.split(',').map(Number);
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
}

export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** `distance ASC NULLS LAST`. */
export const byDistance = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
