import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AttemptKind } from './entities/index.js';

/** How many attempts of one kind fell in the window, and when the oldest of them leaves it. */
export interface AttemptCount {
  count: number;
  oldestAt: Date | null;
}

@Injectable()
export class LoginAttemptsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async count(kind: AttemptKind, by: 'email' | 'ip', value: string, windowSeconds: number): Promise<AttemptCount> {
    // `by` is one of two column names, never user input.
    const [row]: { count: number; oldest_at: Date | null }[] = await this.db.query(
      `SELECT count(*)::int AS count, min(created_at) AS oldest_at FROM login_attempt
       WHERE kind = $1 AND ${by === 'email' ? 'email' : 'ip'} = $2 AND created_at > now() - $3::int * interval '1 second'`,
      [kind, value, windowSeconds],
    );
    return { count: row.count, oldestAt: row.oldest_at };
  }

  /** Also forgets attempts older than a day: no window is longer, and the table stays small. */
  async record(kind: AttemptKind, email: string, ip: string): Promise<void> {
    await this.db.query('INSERT INTO login_attempt (kind, email, ip) VALUES ($1, $2, $3)', [kind, email, ip]);
    await this.db.query(`DELETE FROM login_attempt WHERE created_at < now() - interval '1 day'`);
  }

  async clear(kind: AttemptKind, email: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempt WHERE kind = $1 AND email = $2', [kind, email]);
  }
}
