// Backup and restore round trip (issue #11) with the operator's scripts, infra/backup/backup.sh and
// restore.sh. A database with edits made through the API (an invited account, an editor's change
// approved by a moderator, a moderator's direct edit) is backed up, restored into a new PostgreSQL
// cluster, and the API started on the restored database must show the same listings, accounts
// that log in, the same revision history, and the change-feed rule of docs/offline.md ("After
// restoring a backup"): positions handed out before the restore are refused with "download the
// snapshot again", and the feed works from the new snapshot on.
//
// The clusters are made here with this machine's PostgreSQL binaries (PG_BIN_DIR, else Debian's
// /usr/lib/postgresql/<newest>/bin), not the embedded PostgreSQL of the other tests: that one ships
// no pg_dump, and pg_dump refuses a server of a newer major version. Without binaries whose
// pg_dump matches their server, this file is skipped with the reason printed.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { loadConfig } from '../src/config/app-config.js';
import { fromRepoRoot } from '../src/config/paths.js';
import { createApp } from '../src/create-app.js';
import { openDatabase } from '../src/database/open-database.js';
import type { ChangeFeedFollower } from '../src/search/memory/change-feed-follower.js';
import { SEARCH_FOLLOWER } from '../src/search/search-infrastructure.module.js';
import { createUser, login, PASSWORD, recordMails, tokenFromMail, type TestSession, write } from './support/auth.js';
import { expectStatus, feedChangeOf, organizationWithServices, publishedServiceIds } from './support/editing.js';
import { findPostgresTools, LocalCluster, type PostgresTools } from './support/local-postgres.js';
import { freePort } from './support/ports.js';
import type { TestApp } from './support/test-app.js';

jest.setTimeout(300_000);
const run = promisify(execFile);
const DATABASE = 'sociale_kaart';
const INVITED = { email: 'nieuwe.redacteur@example.org', password: 'een wachtwoord van na de uitnodiging' };

const tools = findPostgresTools();
if ('reason' in tools) console.warn(`backup-restore.test.ts skipped: ${tools.reason}`);
const describeWithTools = 'reason' in tools ? describe.skip : describe;

/** The API over a database of a local cluster, in this process (as the other HTTP tests run it). */
async function startApi(url: string, seedDemo: boolean): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, SEARCH_WORKER: 'false', SEARCH_INDEX_DIR: '' });
  const db = await openDatabase(config, { seedDemo });
  const app = await createApp(config, db, { serveStaticFiles: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('the API has no TCP address');
  await app.get<ChangeFeedFollower | null>(SEARCH_FOLLOWER)?.built;
  return { app, url: `http://127.0.0.1:${address.port}`, db: { ...db, name: DATABASE, url, config }, close: () => app.close() };
}

/** The script's output; a failing script fails the test with its output. */
async function script(name: string, args: string[], env: Record<string, string>): Promise<string> {
  try {
    const { stdout, stderr } = await run('bash', [fromRepoRoot(`infra/backup/${name}`), ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    return stdout + stderr;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${name} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}

interface Listing {
  id: string;
  name: string;
}

/** Every listing of the public list, in its order. */
async function listings(api: TestApp): Promise<Listing[]> {
  const all: Listing[] = [];
  for (let page = 1; ; page++) {
    const body = (await request(api.url).get(`/api/v1/services?page=${page}&pageSize=100`).expect(200)).body as { items: Listing[] };
    all.push(...body.items.map(({ id, name }) => ({ id, name })));
    if (body.items.length < 100) return all;
  }
}

const historyOf = async (api: TestApp, session: TestSession, id: string) =>
  (await request(api.url).get(`/api/v1/services/${id}/history`).set('cookie', session.cookie).expect(200)).body as object[];
const usersOf = async (api: TestApp, session: TestSession) =>
  ((await request(api.url).get('/api/v1/users').set('cookie', session.cookie).expect(200)).body as { email: string }[]).sort((a, b) =>
    a.email.localeCompare(b.email),
  );

describeWithTools('backup.sh, then restore.sh into a new cluster', () => {
  const pgTools = tools as PostgresTools;
  const env = { PG_BIN_DIR: pgTools.binDir };
  let original: LocalCluster | undefined;
  let restored: LocalCluster | undefined;
  let backupDir: string;
  let api: TestApp | undefined;
  let backupOutput: string;
  let restoreOutput: string;
  /** What the original showed right before the backup. */
  const before = {} as {
    listings: Listing[];
    users: { email: string }[];
    history: object[];
    snapshot: { cursor: string; count: number; etag: string };
    /** A phone's feed position from before the backup, and one from a write after it (lost with the restore). */
    phoneCursor: string;
    lostWriteCursor: string;
  };
  let approvedId: string;
  let editedId: string;
  let lostId: string;

  beforeAll(async () => {
    const started = Date.now();
    backupDir = await mkdtemp(join(tmpdir(), 'sk-backups-'));
    original = await LocalCluster.create(pgTools, await freePort());
    await original.query('postgres', `CREATE DATABASE ${DATABASE}`);
    // A database in service has run far more transactions than a cluster fresh from initdb (whose
    // ids start near 730): the restored feed positions then lie ahead of the new cluster's ids,
    // the case docs/offline.md describes. A database of a few minutes would not show it.
    await original.query('postgres', 'DO $$ BEGIN FOR i IN 1..3000 LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$');
    const first = await startApi(original.url(DATABASE), true);
    api = first;

    // Accounts: an admin (the first account is made on the server), who invites an editor through the API.
    const organizationId = await organizationWithServices(first, 3);
    [approvedId, editedId, lostId] = await publishedServiceIds(first, 3, organizationId);
    await createUser(first, { email: 'beheerder@example.org', role: 'admin' });
    await createUser(first, { email: 'moderator@example.org', role: 'moderator' });
    const admin = await login(first, 'beheerder@example.org');
    const moderator = await login(first, 'moderator@example.org');
    const mails = recordMails(first);
    await write(first, 'post', '/api/v1/users/invitations', admin).send({ email: INVITED.email, organizationId }).expect(201);
    await request(first.url)
      .post('/api/v1/auth/password')
      .send({ token: tokenFromMail(mails, INVITED.email), password: INVITED.password })
      .expect(200);
    const editor = await login(first, INVITED.email, INVITED.password);

    // The editor's change waits for a moderator, who approves it; a moderator edits directly.
    const versionOf = async (id: string) => (await request(first.url).get(`/api/v1/services/${id}`).expect(200)).body.version as number;
    const proposed = expectStatus(
      await write(first, 'patch', `/api/v1/services/${approvedId}`, editor).send({
        version: await versionOf(approvedId),
        changes: { name: 'Inloopspreekuur na de back-up', languages: ['ar', 'nl'] },
      }),
      200,
    );
    expect(proposed.body.outcome).toBe('pending');
    await write(first, 'post', `/api/v1/revisions/${proposed.body.revisionId}/approve`, moderator).send({}).expect(200);
    expectStatus(
      await write(first, 'patch', `/api/v1/services/${editedId}`, moderator).send({
        version: await versionOf(editedId),
        changes: { description: 'Rechtstreeks door een moderator gewijzigd.' },
      }),
      200,
    );

    // A phone synced now: the snapshot, then the feed up to the approval.
    const snapshot = await request(first.url).get('/api/v1/snapshot').expect(200);
    before.snapshot = { cursor: snapshot.body.cursor, count: snapshot.body.count, etag: snapshot.headers.etag };
    before.phoneCursor = snapshot.body.cursor;
    before.listings = await listings(first);
    before.users = await usersOf(first, admin);
    before.history = await historyOf(first, moderator, approvedId);
    expect(before.history.length).toBeGreaterThan(0);
    expect(before.listings).toContainEqual({ id: approvedId, name: 'Inloopspreekuur na de back-up' });

    backupOutput = await script('backup.sh', [backupDir], { ...env, DATABASE_URL: original.url(DATABASE) });

    // A write after the backup, which the restore loses; a phone synced it.
    expectStatus(
      await write(first, 'patch', `/api/v1/services/${lostId}`, moderator).send({
        version: await versionOf(lostId),
        changes: { name: 'Verloren na de back-up' },
      }),
      200,
    );
    const lost = await feedChangeOf(first, before.phoneCursor, lostId);
    expect(lost.service?.name).toBe('Verloren na de back-up');
    before.lostWriteCursor = (await request(first.url).get(`/api/v1/snapshot/changes?since=${before.phoneCursor}`).expect(200)).body.cursor;

    // The original is gone: the restore needs nothing of it but the dump.
    await first.close();
    api = undefined;
    await original.remove();
    original = undefined;

    restored = await LocalCluster.create(pgTools, await freePort());
    await restored.query('postgres', `CREATE DATABASE ${DATABASE}`);
    const [dump] = backupOutput.match(/\S+\.dump/) ?? [];
    expect(dump).toBeDefined();
    restoreOutput = await script('restore.sh', ['--yes', dump!], { ...env, DATABASE_URL: restored.url(DATABASE) });
    api = await startApi(restored.url(DATABASE), false);
    console.log(`backup and restore round trip with PostgreSQL ${pgTools.major} (${pgTools.binDir}) ready in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await api?.close();
    await original?.remove();
    await restored?.remove();
    if (backupDir) await rm(backupDir, { recursive: true, force: true });
  });

  it('the scripts dump and restore with this machine’s client tools, given DATABASE_URL and PG_BIN_DIR', () => {
    expect(backupOutput).toMatch(/backup: wrote \S+\/sociale_kaart-\d{8}T\d{6}Z\.dump/);
    expect(restoreOutput).toMatch(/restore: database restored/);
  });

  it('shows the same listings, with the approved and the direct edit, and not the write made after the backup', async () => {
    const now = await listings(api!);
    expect(now).toEqual(before.listings);
    expect(now.length).toBeGreaterThan(100);
    const approved = (await request(api!.url).get(`/api/v1/services/${approvedId}`).expect(200)).body;
    expect(approved).toMatchObject({ name: 'Inloopspreekuur na de back-up' });
    expect((await request(api!.url).get(`/api/v1/services/${editedId}`).expect(200)).body.description).toBe(
      'Rechtstreeks door een moderator gewijzigd.',
    );
    expect((await request(api!.url).get(`/api/v1/services/${lostId}`).expect(200)).body.name).not.toBe('Verloren na de back-up');
    // The memory search index is rebuilt from the restored database at start.
    const hits = (await request(api!.url).get('/api/v1/search?q=inloopspreekuur back-up').expect(200)).body.hits as { id: string }[];
    expect(hits.map((h) => h.id)).toContain(approvedId);
  });

  it('keeps the accounts: the invited editor, the moderator and the admin log in with their passwords', async () => {
    const editor = await login(api!, INVITED.email, INVITED.password);
    expect(editor.body.user).toMatchObject({ email: INVITED.email, role: 'editor' });
    expect(editor.body.user.organizations).toHaveLength(1);
    await login(api!, 'moderator@example.org', PASSWORD);
    const admin = await login(api!, 'beheerder@example.org', PASSWORD);
    expect(await usersOf(api!, admin)).toEqual(before.users);
    await request(api!.url).post('/api/v1/auth/login').send({ email: INVITED.email, password: PASSWORD }).expect(401);
  });

  it('keeps the revision history: the approved change with its author and approver', async () => {
    const moderator = await login(api!, 'moderator@example.org');
    const history = await historyOf(api!, moderator, approvedId);
    expect(history).toEqual(before.history);
    expect(history[0]).toMatchObject({ revisionId: expect.any(String), approvedBy: moderator.body.user.id });
  });

  it('change feed: positions from before the restore answer 410, download the snapshot again; from the new snapshot on the feed works', async () => {
    // A phone's position from before the backup, and one from a write the restore lost.
    for (const since of [before.phoneCursor, before.lostWriteCursor]) {
      const refused = await request(api!.url).get(`/api/v1/snapshot/changes?since=${since}`);
      expect({ since, status: refused.status }).toEqual({ since, status: 410 });
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ name: 'since', in: 'query' })]);
      expect(refused.body.detail).toMatch(/download the snapshot again/);
    }
    // The phone downloads the snapshot again: a different tag, so no 304, and every listing.
    const again = await request(api!.url).get('/api/v1/snapshot').set('if-none-match', before.snapshot.etag).expect(200);
    expect(again.headers.etag).not.toBe(before.snapshot.etag);
    expect(again.body.count).toBe(before.snapshot.count);
    // A change made now reaches the phone through the feed from the new snapshot's position.
    const moderator = await login(api!, 'moderator@example.org');
    const version = (await request(api!.url).get(`/api/v1/services/${editedId}`).expect(200)).body.version as number;
    expectStatus(
      await write(api!, 'patch', `/api/v1/services/${editedId}`, moderator).send({
        version,
        changes: { name: 'Gewijzigd na het terugzetten' },
      }),
      200,
    );
    const change = await feedChangeOf(api!, again.body.cursor, editedId);
    expect(change.service?.name).toBe('Gewijzigd na het terugzetten');
    // The feed's order holds: no row lies ahead of this cluster's transaction ids. The dump came
    // from another cluster, whose ids were ahead: restore.sh emptied the feed (docs/offline.md).
    const [{ ahead }] = await restored!.query<{ ahead: number }>(
      DATABASE,
      'SELECT count(*)::int AS ahead FROM service_change WHERE tx >= pg_snapshot_xmin(pg_current_snapshot())',
    );
    expect(ahead).toBe(0);
    expect(restoreOutput).toMatch(
      /restore: the dump comes from another PostgreSQL cluster \(\d+ change-feed rows .*emptied the change feed/,
    );
  });
});

describeWithTools('backup.sh and the version of the server', () => {
  it('stops with an error naming both versions, and writes no dump, when pg_dump is older than the server', async () => {
    // The tests' shared cluster is the embedded PostgreSQL (18); this machine's tools may be older.
    const { url } = JSON.parse(process.env.SK_TEST_CLUSTER ?? '{}') as { url: string };
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const serverMajor = Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
    await client.end();
    const { major, binDir } = tools as PostgresTools;
    const dir = await mkdtemp(join(tmpdir(), 'sk-backups-'));
    try {
      const outcome = await script('backup.sh', [dir], { PG_BIN_DIR: binDir, DATABASE_URL: url }).then(
        (output) => output,
        (error: Error) => error.message,
      );
      if (major < serverMajor) {
        expect(outcome).toContain(`backup: pg_dump ${major} is older than the PostgreSQL ${serverMajor} server and cannot dump it`);
        expect(await readdir(dir)).toEqual([]);
      } else {
        console.warn(`pg_dump ${major} is not older than the embedded PostgreSQL ${serverMajor}: checked that it dumps it instead`);
        expect(outcome).toMatch(/backup: wrote /);
        expect(await readdir(dir)).toHaveLength(1);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
