// HTTP content negotiation for the snapshot, as pure functions: which stored encoding to send for
// an `Accept-Encoding` header (RFC 9110 §12.5.3), and whether an `If-None-Match` header matches.

export const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The encoding to send: the acceptable one with the highest q-value, preferring brotli, then gzip,
 * on ties (smaller). `identity` is acceptable unless refused (`identity;q=0`, or `*;q=0` without it).
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[] = ENCODINGS): Encoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  const weightOf = (encoding: Encoding) =>
    weights.get(encoding) ?? (encoding === 'identity' ? (weights.get('*') ?? 1) : (weights.get('*') ?? 0));
  let best: Encoding = 'identity';
  let bestWeight = 0;
  for (const encoding of ENCODINGS) {
    if (!available.includes(encoding)) continue;
    const weight = weightOf(encoding);
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  // Nothing acceptable at all: RFC 9110 allows sending identity anyway rather than a 406.
  return best;
}

/** The strong entity tag of one encoding of a representation: the bytes differ, so the tags do. */
export function taggedFor(baseTag: string, encoding: Encoding): string {
  return encoding === 'identity' ? `"${baseTag}"` : `"${baseTag}-${encoding}"`;
}

/**
 * Whether `If-None-Match` names the current representation in any encoding: the weak comparison
 * RFC 9110 §13.1.2 prescribes, and a phone that switched encodings still has the same data.
 */
export function matchesTag(ifNoneMatch: string | undefined, baseTag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const candidates = new Set(ENCODINGS.map((encoding) => taggedFor(baseTag, encoding)));
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => candidates.has(tag));
}
