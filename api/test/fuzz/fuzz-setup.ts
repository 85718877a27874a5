// What a fuzz run needs from the database it runs against: one account per role with live
// sessions, and the ids that exist, so requests reach past "not found" into the handlers.
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Actor, IdPools } from './fuzz-requests.js';
import type { Session } from './openapi-fuzzer.js';

const PASSWORD = 'fuzzing horse battery staple';

type Role = Exclude<Actor, 'anonymous'>;

/** Inserts an editor (member of two organisations), a moderator and an admin; returns their ids. */
export async function createFuzzAccounts(db: DataSource): Promise<Record<Role, { id: string; email: string }>> {
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  const accounts = {} as Record<Role, { id: string; email: string }>;
  for (const role of ['editor', 'moderator', 'admin'] as const) {
    const email = `fuzz-${role}@example.be`;
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO app_user (email, role, password_hash, display_name) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, role, hash, `Fuzz ${role}`],
    );
    accounts[role] = { id: row.id, email };
  }
  await db.query(`INSERT INTO organization_member (user_id, organization_id) SELECT $1, id FROM organization ORDER BY name, id LIMIT 2`, [
    accounts.editor.id,
  ]);
  return accounts;
}

/** Logs in through the real endpoint, `count` times (each login is a separate session). */
export async function loginSessions(baseUrl: string, email: string, count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`login as ${email}: ${response.status} ${await response.text()}`);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sk_session='));
    if (!cookie) throw new Error('login set no sk_session cookie');
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    sessions.push({ cookie: cookie.split(';')[0], csrfToken });
  }
  return sessions;
}

/**
 * Ids by the path segment that precedes them in the OpenAPI paths. The fuzz accounts are left out
 * of `users`: an admin disabling the editor would turn the rest of the run into 401s.
 */
export async function loadIdPools(db: DataSource, excludedUserIds: string[]): Promise<IdPools> {
  const list = async (sql: string, params: unknown[] = []) => (await db.query<{ v: string }[]>(sql, params)).map((r) => r.v);
  return {
    services: await list(`SELECT id::text AS v FROM service ORDER BY random() LIMIT 200`),
    organizations: await list(`SELECT id::text AS v FROM organization ORDER BY random() LIMIT 100`),
    revisions: await list(`SELECT id::text AS v FROM revision ORDER BY created_at DESC LIMIT 100`),
    claims: await list(`SELECT id::text AS v FROM organization_claim ORDER BY random() LIMIT 50`),
    feedback: await list(`SELECT id::text AS v FROM feedback ORDER BY random() LIMIT 50`),
    users: await list(`SELECT id::text AS v FROM app_user WHERE NOT (id = ANY($1::uuid[])) LIMIT 50`, [excludedUserIds]),
    taxonomies: await list(`SELECT id::text AS v FROM taxonomy UNION ALL SELECT code FROM taxonomy`),
    'taxonomy-terms': await list(`SELECT id::text AS v FROM taxonomy_term ORDER BY random() LIMIT 50`),
    taxonomy_terms: await list(`SELECT id::text AS v FROM taxonomy_term ORDER BY random() LIMIT 50`),
    districts: await list(`SELECT id AS v FROM district`),
    wijken: await list(`SELECT id AS v FROM wijk`),
    service_at_locations: await list(`SELECT id::text AS v FROM service_at_location ORDER BY random() LIMIT 50`),
  };
}

/** Accounts, a main session per role and `spares` more for logout requests. */
export async function prepareFuzz(db: DataSource, baseUrl: string, spares: number) {
  const accounts = await createFuzzAccounts(db);
  const sessions: Partial<Record<Actor, Session>> = {};
  const spareSessions: Partial<Record<Actor, Session[]>> = {};
  for (const role of ['editor', 'moderator', 'admin'] as const) {
    const [main, ...rest] = await loginSessions(baseUrl, accounts[role].email, spares + 1);
    sessions[role] = main;
    spareSessions[role] = rest;
  }
  const excluded = Object.values(accounts).map((a) => a.id);
  return { sessions, spareSessions, loadIds: () => loadIdPools(db, excluded) };
}
