import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AttemptKind } from './entities/index.js';

/** How many attempts of one kind fell in the window, and when the oldest of them leaves it. */
export interface AttemptCount {
  count: number;
  oldestAt: Date | null;
}

export interface AttemptLimit {
  perEmail: number;
  perIp: number;
  windowSeconds: number;
}

/** Whether the attempt was recorded (under both limits), and the counts it was judged by. */
export interface Admission {
  isAdmitted: boolean;
  byEmail: AttemptCount;
  byIp: AttemptCount;
}

/** Advisory-lock classes (the first key of `pg_advisory_xact_lock(int, int)`): one per counter. */
const LOCK_CLASS = { email: 7301, ip: 7302 } as const;

@Injectable()
export class LoginAttemptsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts and records in one transaction, under an advisory lock per account and per address
   * (always taken in that order, so two requests never wait on each other in a cycle): parallel
   * requests queue here, each sees the ones before it, and no more than the limit get through.
   */
  admit(kind: AttemptKind, email: string, ip: string, limit: AttemptLimit): Promise<Admission> {
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2)), pg_advisory_xact_lock($3, hashtext($4))', [
        LOCK_CLASS.email,
        `${kind}:${email}`,
        LOCK_CLASS.ip,
        `${kind}:${ip}`,
      ]);
      const byEmail = await this.count(manager, kind, 'email', email, limit.windowSeconds);
      const byIp = await this.count(manager, kind, 'ip', ip, limit.windowSeconds);
      const isAdmitted = byEmail.count < limit.perEmail && byIp.count < limit.perIp;
      if (isAdmitted) await manager.query('INSERT INTO login_attempt (kind, email, ip) VALUES ($1, $2, $3)', [kind, email, ip]);
      return { isAdmitted, byEmail, byIp };
    });
  }

  /** No window is longer than a day, and the table stays small. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM login_attempt WHERE created_at < now() - interval '1 day'`);
  }

  async clear(kind: AttemptKind, email: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempt WHERE kind = $1 AND email = $2', [kind, email]);
  }

  private async count(
    manager: EntityManager,
    kind: AttemptKind,
    by: 'email' | 'ip',
    value: string,
    windowSeconds: number,
  ): Promise<AttemptCount> {
    // `by` is one of two column names, never user input.
    const [row]: { count: number; oldest_at: Date | null }[] = await manager.query(
      `SELECT count(*)::int AS count, min(created_at) AS oldest_at FROM login_attempt
       WHERE kind = $1 AND ${by === 'email' ? 'email' : 'ip'} = $2 AND created_at > now() - $3::int * interval '1 second'`,
      [kind, value, windowSeconds],
    );
    return { count: row.count, oldestAt: row.oldest_at };
  }
}
