// The PWA benchmark's (run-bench.ts) targets and the helpers that format its figures: sizes in
// KB and MB (1 KB = 1,024 B), milliseconds, [met]/[not met] and percentiles.

export const KB = 1024;
export const MB = 1024 * 1024;

/** DESIGN.md's targets: initial JS gzipped, the snapshot gzipped, on-device query p95, cached cold start. */
export const TARGETS = { initialJsBytes: 200 * KB, snapshotBytes: 3 * MB, queryP95Ms: 20, coldStartMs: 2000 };

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const verdict = (isMet: boolean) => (isMet ? '[met]' : '[not met]');

export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}
