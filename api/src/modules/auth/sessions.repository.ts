import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthSession, AuthUser } from './auth-user.js';
import { Session } from './entities/index.js';

export interface SessionLifetime {
  idleSeconds: number;
  maxSeconds: number;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    session: { id: string; userId: string; csrfToken: string; ip: string | null; userAgent: string | null },
    lifetime: SessionLifetime,
  ): Promise<Date> {
    const [row]: { expires_at: Date }[] = await this.db.query(
      `INSERT INTO session (id, user_id, csrf_token, ip, user_agent, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + least($6::int, $7::int) * interval '1 second') RETURNING expires_at`,
      [session.id, session.userId, session.csrfToken, session.ip, session.userAgent, lifetime.idleSeconds, lifetime.maxSeconds],
    );
    return row.expires_at;
  }

  /**
   * The live session with this id and its (enabled) user, and slides its expiry. The expiry is
   * written at most once a minute, so reading pages does not turn every request into a write.
   */
  async findLive(id: string, lifetime: SessionLifetime): Promise<{ user: AuthUser; session: AuthSession } | null> {
    const [row]: {
      id: string;
      csrf_token: string;
      expires_at: Date;
      is_stale: boolean;
      user_id: string;
      email: string;
      role: AuthUser['role'];
      display_name: string;
      organization_ids: string[];
    }[] = await this.db.query(
      `SELECT s.id, s.csrf_token, s.expires_at, s.last_seen_at < now() - interval '1 minute' AS is_stale,
              u.id AS user_id, u.email, u.role, u.display_name,
              ARRAY(SELECT m.organization_id::text FROM organization_member m WHERE m.user_id = u.id ORDER BY 1) AS organization_ids
       FROM session s JOIN app_user u ON u.id = s.user_id
       WHERE s.id = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [id],
    );
    if (!row) return null;
    let expiresAt = row.expires_at;
    if (row.is_stale) {
      const [[touched]]: [{ expires_at: Date }[], number] = await this.db.query(
        `UPDATE session SET last_seen_at = now(), expires_at = least(now() + $2::int * interval '1 second', created_at + $3::int * interval '1 second')
         WHERE id = $1 RETURNING expires_at`,
        [id, lifetime.idleSeconds, lifetime.maxSeconds],
      );
      expiresAt = touched?.expires_at ?? expiresAt;
    }
    return {
      user: { id: row.user_id, email: row.email, role: row.role, displayName: row.display_name, organizationIds: row.organization_ids },
      session: { id: row.id, csrfToken: row.csrf_token, expiresAt },
    };
  }

  async delete(id: string): Promise<void> {
    await this.db.getRepository(Session).delete({ id });
  }

  /** Logs the user out everywhere (password set, account disabled). */
  async deleteAllOf(userId: string): Promise<void> {
    await this.db.getRepository(Session).delete({ userId });
  }

  async deleteExpired(): Promise<void> {
    await this.db.query('DELETE FROM session WHERE expires_at <= now()');
  }
}
