// Retention against a real PostgreSQL: old change-feed rows are deleted and a cursor from before
// them gets 410 "download the snapshot again" (docs/offline.md); expired sessions, old login
// attempts and expired one-time links are deleted too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RetentionService } from '../src/modules/retention/retention.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp({ FEED_RETENTION_DAYS: '30' });
});

afterAll(async () => {
  await api?.close();
});

const query = <T>(sql: string, params: unknown[] = []) => api.db.dataSource.query<T>(sql, params);

/** Appends a change-feed row in its own transaction; returns its cursor. */
async function change(serviceId: string, daysAgo: number): Promise<string> {
  const [row] = await query<{ cursor: string }[]>(
    `INSERT INTO service_change (service_id, changed_at) VALUES ($1, now() - $2::int * interval '1 day') RETURNING tx::text || '.' || seq::text AS cursor`,
    [serviceId, daysAgo],
  );
  return row.cursor;
}

describe('change-feed retention', () => {
  it('deletes changes past FEED_RETENTION_DAYS and answers an older cursor 410', async () => {
    const [first, second] = await query<{ id: string }[]>(
      `SELECT id FROM service WHERE publication_state = 'published' ORDER BY id LIMIT 2`,
    );
    const beforeOld = await change(first.id, 400);
    const old = await change(first.id, 40);
    await change(second.id, 1);

    const counts = await api.app.get(RetentionService).prune();
    expect(counts?.serviceChanges).toBeGreaterThanOrEqual(2);
    await expect(query(`SELECT 1 FROM service_change WHERE changed_at < now() - interval '30 days'`)).resolves.toHaveLength(0);

    // A phone that had not seen the deleted change must start over from the snapshot.
    const gone = await request(api.url).get(`/api/v1/snapshot/changes?since=${beforeOld}`).expect(410);
    expect(gone.headers['content-type']).toMatch(/problem\+json/);
    expect(gone.body.errors).toEqual([expect.objectContaining({ name: 'since', in: 'query' })]);
    expect(gone.body.detail).toMatch(/download the snapshot again/);

    // One that had seen it misses nothing: the feed goes on.
    const current = await request(api.url).get(`/api/v1/snapshot/changes?since=${old}`).expect(200);
    expect(current.body.changes.map((c: { id: string }) => c.id)).toContain(second.id);

    // The snapshot's cursor is never below the watermark, so a fresh download follows the feed again.
    const snapshot = await request(api.url).get('/api/v1/snapshot').expect(200);
    await request(api.url).get(`/api/v1/snapshot/changes?since=${snapshot.body.cursor}`).expect(200);
  });
});

describe('account retention', () => {
  it('deletes expired sessions, login attempts older than a day and long-expired one-time links', async () => {
    const [user] = await query<{ id: string }[]>(
      `INSERT INTO app_user (email, role, display_name) VALUES ('retention@example.be', 'editor', 'r') RETURNING id`,
    );
    await query(
      `INSERT INTO session (id, user_id, csrf_token, expires_at) VALUES (repeat('a', 64), $1, 'x', now() - interval '1 minute'), (repeat('b', 64), $1, 'x', now() + interval '1 hour')`,
      [user.id],
    );
    await query(
      `INSERT INTO login_attempt (kind, email, ip, created_at) VALUES ('login-failure', 'x@example.be', '127.0.0.1', now() - interval '2 days'), ('login-failure', 'x@example.be', '127.0.0.1', now())`,
    );
    await query(
      `INSERT INTO auth_token (id, kind, user_id, expires_at) VALUES (repeat('c', 64), 'invite', $1, now() - interval '8 days'), (repeat('d', 64), 'invite', $1, now() + interval '1 day')`,
      [user.id],
    );

    await api.app.get(RetentionService).prune();

    await expect(query(`SELECT left(id, 1) AS id FROM session WHERE user_id = $1`, [user.id])).resolves.toEqual([{ id: 'b' }]);
    await expect(query(`SELECT count(*)::int AS n FROM login_attempt WHERE email = 'x@example.be'`)).resolves.toEqual([{ n: 1 }]);
    await expect(query(`SELECT left(id, 1) AS id FROM auth_token WHERE user_id = $1`, [user.id])).resolves.toEqual([{ id: 'd' }]);
  });
});
