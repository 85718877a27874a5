// Limits on public feedback, per client address and per service, counted in PostgreSQL so that
// they hold across API processes and against parallel requests. A client's address is personal
// data (GDPR): the database sees only an HMAC of it (see FeedbackAttempt), kept for an hour.
import { createHmac, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface FeedbackLimits {
  perAddress: RateLimit;
  perService: RateLimit;
}

export const DEFAULT_FEEDBACK_LIMITS: FeedbackLimits = {
  perAddress: { limit: 5, windowSeconds: 10 * 60 },
  perService: { limit: 50, windowSeconds: 60 * 60 },
};

/** Advisory-lock classes (the first key of `pg_advisory_xact_lock(int, int)`), apart from the login limiter's. */
const LOCK_CLASS = { client: 7311, service: 7312 } as const;

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

export interface Refusal {
  retryAfterSeconds: number;
  limitedBy: 'address' | 'service';
}

@Injectable()
export class FeedbackRateLimiter {
  private key?: Promise<Buffer>;
  private readonly limits: FeedbackLimits = DEFAULT_FEEDBACK_LIMITS;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts one submission when both limits allow it: counted and recorded in one transaction under
   * an advisory lock per client and per service, so parallel requests cannot all pass the count
   * first. Returns how long to wait when a limit is reached; nothing is recorded then.
   */
  async take(address: string, serviceId: string): Promise<Refusal | null> {
    const client = createHmac('sha256', await this.hmacKey())
      .update(clientOf(address))
      .digest('base64url');
    const { perAddress, perService } = this.limits;
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2)), pg_advisory_xact_lock($3, hashtext($4))', [
        LOCK_CLASS.client,
        client,
        LOCK_CLASS.service,
        serviceId,
      ]);
      const addressWait = await this.waitFor(manager, 'client', client, perAddress);
      const serviceWait = await this.waitFor(manager, 'service_id', serviceId, perService);
      if (addressWait > 0 || serviceWait > 0) {
        return { retryAfterSeconds: Math.max(addressWait, serviceWait), limitedBy: addressWait >= serviceWait ? 'address' : 'service' };
      }
      await manager.query('INSERT INTO feedback_attempt (client, service_id) VALUES ($1, $2)', [client, serviceId]);
      const longest = Math.max(perAddress.windowSeconds, perService.windowSeconds);
      await manager.query(`DELETE FROM feedback_attempt WHERE created_at < now() - $1::int * interval '1 second'`, [longest]);
      return null;
    });
  }

  /** Seconds until `value` may submit again under `rule`; 0 when it may now. */
  private async waitFor(manager: EntityManager, column: 'client' | 'service_id', value: string, rule: RateLimit): Promise<number> {
    // `column` is one of two column names, never user input. The `limit`-th newest attempt in the
    // window is the one whose leaving frees a place.
    const rows: { wait: number }[] = await manager.query(
      `SELECT ceil(extract(epoch FROM created_at + $3::int * interval '1 second' - now()))::int AS wait
       FROM feedback_attempt WHERE ${column === 'client' ? 'client' : 'service_id'} = $1
         AND created_at > now() - $3::int * interval '1 second'
       ORDER BY created_at DESC OFFSET $2 - 1 LIMIT 1`,
      [value, rule.limit, rule.windowSeconds],
    );
    return rows.length === 0 ? 0 : Math.max(1, rows[0].wait);
  }

  /** Made once, by whichever process comes first; every process reads the same key. */
  private hmacKey(): Promise<Buffer> {
    this.key ??= (async () => {
      await this.db.query('INSERT INTO feedback_limit_key (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [randomBytes(32)]);
      const [row]: { key: Buffer }[] = await this.db.query('SELECT key FROM feedback_limit_key WHERE id = 1');
      return row.key;
    })();
    this.key.catch(() => (this.key = undefined));
    return this.key;
  }
}
