// Faults (issue #11): the API killed with SIGKILL in the middle of a revision approval and of an
// HSDS import leaves no partial write, and the change feed consistent; then two API processes on
// the same database keep rate limits, sessions and the change feed right. The API runs as child
// processes (api/test/support/app-process.ts), over a database of the test cluster.
//
// Pausing inside the transactions, deterministically: the test holds an EXCLUSIVE lock on
// `service_change` (reads go on, inserts wait). Both transactions write the feed row last, after
// every other row of the change, so each waits there with all its other writes done, and
// `pg_stat_activity` shows it waiting. Then the API is killed; the transactions never commit.
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { fromRepoRoot } from '../src/config/paths.js';
import { startAppProcess, type AppProcess } from './support/app-process.js';
import { createUser, login, type TestSession, write } from './support/auth.js';
import { feedChangeOf, feedCursor, organizationWithServices, publishedServiceIds } from './support/editing.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import type { TestApp } from './support/test-app.js';

// Each test starts API processes; on a loaded machine one takes minutes to be ready.
jest.setTimeout(400_000);
const TOKEN = 'test-import-token-0123456789';
const RECORDS = 40;
let db: TestDatabase;
let killed: AppProcess | undefined;
const running: AppProcess[] = [];
/** The helpers of support/ need only `url` (and `db` to insert users). */
const asTestApp = (app: { url: string }) => ({ url: app.url, db }) as unknown as TestApp;
const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => db.dataSource.query<T[]>(sql, params);

let serviceId: string;
let revisionId: string;
let organizationId: string;
let records: object[];

beforeAll(async () => {
  db = await createTestDatabase();
  const world = asTestApp({ url: '' });
  organizationId = await organizationWithServices(world, 1);
  [serviceId] = await publishedServiceIds(world, 1, organizationId);
  await createUser(world, { email: 'moderator@example.org', role: 'moderator' });
  await createUser(world, { email: 'editor@example.org', role: 'editor', organizationIds: [organizationId] });
  const [{ version }] = await query<{ version: number }>('SELECT version FROM service WHERE id = $1', [serviceId]);
  [{ id: revisionId }] = await query<{ id: string }>(
    `INSERT INTO revision (resource_type, resource_id, base_version, changes, author_id)
     SELECT 'service', $1, $2, $3, id FROM app_user WHERE email = 'editor@example.org' RETURNING id`,
    [serviceId, version, JSON.stringify({ name: 'Naam na de goedkeuring (fout-test)', languages: ['ar', 'nl'] })],
  );
  const example = JSON.parse(await readFile(fromRepoRoot('data/hsds/examples/service_full.json'), 'utf8'));
  const organization = { ...example.organization, id: randomUUID(), phones: [], contacts: [], locations: [] };
  records = Array.from({ length: RECORDS }, (_, i) => ({
    id: randomUUID(),
    name: `Geïmporteerd na een crash ${i}`,
    status: 'active',
    organization,
  }));
}, 120_000);

afterAll(async () => {
  await killed?.kill();
  await Promise.all(running.map((app) => app.stop()));
  await db?.close();
});

/** The transactions of this database that wait for a lock on `service_change`. */
const waiting = async () =>
  (
    await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO service_change%'`,
    )
  )[0].n;
/** Other sessions of this database inside a transaction or a statement (this file's own pool is idle between queries). */
const busy = async () =>
  (
    await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'`,
    )
  )[0].n;

async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await condition()) return;
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** Everything the approval and the import write, to compare before and after. */
async function state() {
  const ids = records.map((r) => (r as { id: string }).id);
  const [service] = await query(`SELECT name, version FROM service WHERE id = $1`, [serviceId]);
  return {
    service,
    languages: await query(`SELECT code FROM language WHERE service_id = $1 ORDER BY code`, [serviceId]),
    revision: (await query(`SELECT status, reviewer_id FROM revision WHERE id = $1`, [revisionId]))[0],
    history: (await query<{ n: number }>(`SELECT count(*)::int AS n FROM metadata WHERE resource_id = $1`, [serviceId]))[0].n,
    imported: (await query<{ n: number }>(`SELECT count(*)::int AS n FROM service WHERE id = ANY($1::uuid[])`, [ids]))[0].n,
    importedOrganization: (
      await query<{ n: number }>(`SELECT count(*)::int AS n FROM organization WHERE id = $1`, [
        (records[0] as { organization: { id: string } }).organization.id,
      ])
    )[0].n,
    feed: (await query<{ n: number }>(`SELECT count(*)::int AS n FROM service_change`))[0].n,
    imports: (await query<{ n: number }>(`SELECT count(*)::int AS n FROM metadata WHERE resource_type = 'import'`))[0].n,
  };
}

describe('SIGKILL in the middle of an approval and of an import', () => {
  it('leaves no row of either: the service, its parts, history, revision, imported services and feed as before', async () => {
    killed = await startAppProcess(db.url, { IMPORT_TOKEN: TOKEN });
    const moderator = await login(asTestApp(killed), 'moderator@example.org');
    const before = await state();
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE service_change IN EXCLUSIVE MODE');
    try {
      const approving = write(asTestApp(killed), 'post', `/api/v1/revisions/${revisionId}/approve`, moderator)
        .send({})
        .then(
          (r) => r.status,
          () => 'no answer',
        );
      const importing = request(killed.url)
        .post('/api/v1/imports/hsds')
        .set('authorization', `Bearer ${TOKEN}`)
        .set('content-type', 'application/json')
        .send(JSON.stringify(records))
        .then(
          (r) => r.status,
          () => 'no answer',
        );
      // Both transactions have written everything but their feed rows, and wait.
      await until('both transactions wait for the feed', async () => (await waiting()) === 2);
      await killed.kill();
      await expect(approving).resolves.toBe('no answer');
      await expect(importing).resolves.toBe('no answer');
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    // PostgreSQL notices the lost client once the transactions go on, and rolls them back.
    await until('the killed process’s transactions ended', async () => (await waiting()) === 0);
    await until('no transaction of the killed process is left', async () => (await busy()) === 0);
    killed = undefined;
    expect(await state()).toEqual(before);
  });
});

describe('two API processes on one database, after the crash', () => {
  let first: AppProcess;
  let second: AppProcess;
  let moderator: TestSession;

  beforeAll(async () => {
    [first, second] = await Promise.all([
      startAppProcess(db.url, { IMPORT_TOKEN: TOKEN }),
      startAppProcess(db.url, { IMPORT_TOKEN: TOKEN }),
    ]);
    running.push(first, second);
    moderator = await login(asTestApp(first), 'moderator@example.org');
  }, 240_000);

  it('the approval succeeds on one process; the other serves it, in its feed and its search', async () => {
    const since = await feedCursor(asTestApp(second));
    await write(asTestApp(first), 'post', `/api/v1/revisions/${revisionId}/approve`, moderator).send({}).expect(200);
    expect((await request(second.url).get(`/api/v1/services/${serviceId}`).expect(200)).body.name).toBe(
      'Naam na de goedkeuring (fout-test)',
    );
    expect((await feedChangeOf(asTestApp(second), since, serviceId)).service?.name).toBe('Naam na de goedkeuring (fout-test)');
    // The second process's memory engine follows the feed the first one wrote.
    await until('the other process finds it', async () => {
      const hits = (await request(second.url).get('/api/v1/search?q=goedkeuring%20fout-test').expect(200)).body.hits as { id: string }[];
      return hits.some((h) => h.id === serviceId);
    });
    expect(await query(`SELECT count(*)::int AS n FROM service_change WHERE service_id = $1`, [serviceId])).toEqual([
      { n: expect.any(Number) },
    ]);
  });

  it('the import runs again whole, each service with its feed row', async () => {
    const response = await request(second.url)
      .post('/api/v1/imports/hsds')
      .set('authorization', `Bearer ${TOKEN}`)
      .set('content-type', 'application/json')
      .send(JSON.stringify(records))
      .expect(200);
    expect(response.body).toMatchObject({ received: RECORDS, created: RECORDS, rejected: 0 });
    const ids = records.map((r) => (r as { id: string }).id);
    const feed = await query<{ id: string; n: number }>(
      `SELECT s.id, count(c.seq)::int AS n FROM service s LEFT JOIN service_change c ON c.service_id = s.id WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`,
      [ids],
    );
    expect(feed).toHaveLength(RECORDS);
    expect(feed.filter((row) => row.n !== 1)).toEqual([]);
  });

  it('a session made on one process works on the other, and ends on both', async () => {
    const session = await login(asTestApp(first), 'editor@example.org');
    await request(second.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(200);
    await write(asTestApp(second), 'post', '/api/v1/auth/logout', session)
      .send({})
      .expect((r) => expect(r.status).toBeLessThan(300));
    await request(first.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(401);
  });

  it('the login limit holds across both: 12 parallel wrong passwords, 5 checked', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        request((i % 2 ? first : second).url)
          .post('/api/v1/auth/login')
          .send({ email: 'moderator@example.org', password: `wrong ${i}` }),
      ),
    );
    const statuses = attempts.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});
