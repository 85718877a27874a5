import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** What one pruning pass deleted, by table. */
export interface PruneCounts {
  serviceChanges: number;
  sessions: number;
  loginAttempts: number;
  authTokens: number;
  /** Search analytics (docs/insights.md): raw searches, past salts and session marks, unshown old texts. */
  searchEvents: number;
  searchSessionMarks: number;
  searchTexts: number;
}

/** Raw searches are kept this many days; the daily aggregates stay. */
export const SEARCH_EVENT_DAYS = 30;
/** A text shown to moderators needs this many sessions (k-anonymity); older texts below it are deleted. */
const SEARCH_TEXT_MIN_SESSIONS = 5;
const TODAY = `(now() AT TIME ZONE 'Europe/Brussels')::date`;

/** One pass at a time across API processes; a second process skips its turn. */
const PRUNE_LOCK = 7_302_011;

@Injectable()
export class RetentionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Deletes what is past its retention, in one transaction. Change-feed rows go only once final
   * (below the feed horizon), and the newest deleted position is kept as the watermark below
   * which a cursor is answered 410.
   */
  async prune(changeFeedDays: number): Promise<PruneCounts | null> {
    return this.db.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock($1) AS locked', [PRUNE_LOCK]);
      if (!locked) return null;
      const [{ pruned }] = await manager.query<{ pruned: number }[]>(
        `WITH doomed AS (
           DELETE FROM service_change
           WHERE changed_at < now() - $1::int * interval '1 day' AND tx < pg_snapshot_xmin(pg_current_snapshot())
           RETURNING tx, seq
         ), newest AS (
           SELECT tx, seq FROM doomed ORDER BY tx DESC, seq DESC LIMIT 1
         ), kept AS (
           INSERT INTO change_feed_retention (id, pruned_tx, pruned_seq)
           SELECT true, tx, seq FROM newest
           ON CONFLICT (id) DO UPDATE SET pruned_tx = EXCLUDED.pruned_tx, pruned_seq = EXCLUDED.pruned_seq, pruned_at = now()
             WHERE (EXCLUDED.pruned_tx, EXCLUDED.pruned_seq) > (change_feed_retention.pruned_tx, change_feed_retention.pruned_seq)
         )
         SELECT count(*)::int AS pruned FROM doomed`,
        [changeFeedDays],
      );
      const sessions = await this.deleted(manager, 'DELETE FROM session WHERE expires_at <= now()');
      // No login or reset window is longer than an hour (auth/login-rate-limiter.ts).
      const loginAttempts = await this.deleted(manager, `DELETE FROM login_attempt WHERE created_at < now() - interval '1 day'`);
      // Used or expired one-time links, kept a week so "this link has expired" can still be told apart from "unknown".
      const authTokens = await this.deleted(manager, `DELETE FROM auth_token WHERE expires_at < now() - interval '7 days'`);
      const searchEvents = await this.deleted(manager, `DELETE FROM insight_search_event WHERE day < ${TODAY} - ${SEARCH_EVENT_DAYS}`);
      // A day's salt and the session marks made with it go once the day is over: nobody can link them to anyone after.
      await manager.query(`DELETE FROM insight_search_salt WHERE day < ${TODAY}`);
      const searchSessionMarks = await this.deleted(manager, `DELETE FROM insight_search_session_mark WHERE day < ${TODAY}`);
      const searchTexts = await this.deleted(
        manager,
        `DELETE FROM insight_search_text_day WHERE day < ${TODAY} - ${SEARCH_EVENT_DAYS}
           AND text IN (SELECT text FROM insight_search_text_day GROUP BY text HAVING sum(sessions) < ${SEARCH_TEXT_MIN_SESSIONS})`,
      );
      return { serviceChanges: pruned, sessions, loginAttempts, authTokens, searchEvents, searchSessionMarks, searchTexts };
    });
  }

  private async deleted(manager: EntityManager, sql: string): Promise<number> {
    const [, count] = await manager.query<[unknown[], number]>(sql);
    return count;
  }
}
