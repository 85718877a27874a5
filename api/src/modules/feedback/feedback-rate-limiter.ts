// In-memory limits on public feedback: per client address and per service. A client's address is
// personal data (GDPR), so it is never stored in the database and never kept as such in memory:
// the limiter sees only an HMAC of it under a random key made at start. Without that key even the
// whole IPv4 space cannot be hashed to find an address back, and the key dies with the process.
// In memory means per process: behind several API instances each counts on its own, which is
// enough against a spamming script; a shared store is only worth it once that proves too loose.
import { createHmac, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface FeedbackLimits {
  perAddress: RateLimit;
  perService: RateLimit;
}

export const DEFAULT_FEEDBACK_LIMITS: FeedbackLimits = {
  perAddress: { limit: 5, windowMs: 10 * 60_000 },
  perService: { limit: 50, windowMs: 60 * 60_000 },
};

/** Beyond this many tracked keys the oldest is forgotten: memory stays bounded whatever a flood sends. */
const MAX_KEYS = 100_000;
const SWEEP_EVERY_MS = 60_000;

/** A sliding-window log: the times of the last `limit` hits per key. */
class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly rule: RateLimit) {}

  /** Milliseconds until `key` may hit again; 0 when it may now. */
  waitFor(key: string, now: number): number {
    const recent = this.recent(key, now);
    return recent.length < this.rule.limit ? 0 : recent[0] + this.rule.windowMs - now;
  }

  record(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    // Re-insert so that Map order is least recently used first.
    this.hits.delete(key);
    this.hits.set(key, recent.slice(-this.rule.limit));
    if (this.hits.size > MAX_KEYS) this.hits.delete(this.hits.keys().next().value!);
  }

  sweep(now: number): void {
    for (const [key, times] of this.hits) if (times.at(-1)! <= now - this.rule.windowMs) this.hits.delete(key);
  }

  get size(): number {
    return this.hits.size;
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((time) => time > now - this.rule.windowMs);
  }
}

/**
 * One client: an IPv4 address, or the /64 prefix of an IPv6 address (one household or phone gets a
 * whole /64 and could otherwise rotate through it).
 */
export function clientOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail] = address.split('%')[0].split('::');
  const before = head ? head.split(':') : [];
  const after = tail ? tail.split(':') : [];
  const groups = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

export class FeedbackRateLimiter {
  private readonly key = randomBytes(32);
  private readonly perAddress: SlidingWindow;
  private readonly perService: SlidingWindow;
  private lastSweep = 0;

  constructor(
    limits: FeedbackLimits = DEFAULT_FEEDBACK_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.perAddress = new SlidingWindow(limits.perAddress);
    this.perService = new SlidingWindow(limits.perService);
  }

  /**
   * Counts one submission when both limits allow it, in one synchronous step (so concurrent requests
   * cannot all pass the check first). Returns the seconds to wait when they do not; nothing is counted then.
   */
  take(address: string, serviceId: string): { retryAfterSeconds: number; limitedBy: 'address' | 'service' } | null {
    const now = this.now();
    if (now - this.lastSweep > SWEEP_EVERY_MS) {
      this.perAddress.sweep(now);
      this.perService.sweep(now);
      this.lastSweep = now;
    }
    const client = this.hash(clientOf(address));
    const addressWait = this.perAddress.waitFor(client, now);
    const serviceWait = this.perService.waitFor(serviceId, now);
    if (addressWait > 0 || serviceWait > 0) {
      return {
        retryAfterSeconds: Math.max(1, Math.ceil(Math.max(addressWait, serviceWait) / 1000)),
        limitedBy: addressWait >= serviceWait ? 'address' : 'service',
      };
    }
    this.perAddress.record(client, now);
    this.perService.record(serviceId, now);
    return null;
  }

  /** How many clients and services are tracked, for tests and diagnostics. */
  get trackedKeys(): { addresses: number; services: number } {
    return { addresses: this.perAddress.size, services: this.perService.size };
  }

  private hash(client: string): string {
    return createHmac('sha256', this.key).update(client).digest('base64url');
  }
}
