// The first k items of a list in comparator order without sorting all of it: a page of 20 out of
// 20,000 matches costs n·log k comparisons instead of n·log n.

export function topK<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return items.slice().sort(compare).slice(0, k);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, best[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

/**
 * The first k slots by `exact` descending, then `tieBreak`, ranking exactly only the slots whose
 * `upper` bound can still reach the k-th place: the k best bounds are ranked first, then a slot is
 * skipped while its bound is below the current k-th rank (which only rises). Same answer as
 * ranking every slot.
 */
export function topKBounded(
  slots: number[],
  k: number,
  upper: Float64Array,
  exact: (slot: number) => number,
  tieBreak: (a: number, b: number) => number,
): number[] {
  if (k <= 0) return [];
  const compare = (a: number, b: number) => exact(b) - exact(a) || tieBreak(a, b);
  const seeds = topK(slots, k, (a, b) => upper[b] - upper[a] || a - b);
  const best = seeds.slice().sort(compare);
  if (slots.length <= k) return best;
  const isSeed = new Set(seeds);
  for (const slot of slots) {
    if (isSeed.has(slot) || upper[slot] < exact(best[k - 1])) continue;
    if (compare(slot, best[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(slot, best[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, slot);
    best.pop();
  }
  return best;
}
