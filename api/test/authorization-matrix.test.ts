// Every write endpoint behind a login (accounts, roles, editing, moderation, import), and the public
// problem report, called as each kind of user. The expected outcome
// of each cell is data; when any cell differs, the test prints the whole table, expected against
// actual. Each cell logs in afresh (logout ends the session) and prepares its own target.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import request from 'supertest';
import { hashToken, randomToken } from '../src/modules/auth/secrets.js';
import { generateOpenApiDocument } from '../src/openapi.js';
import { createUser, login, organizationIds, PASSWORD, recordMails, type TestSession, write } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ACTORS = ['anonymous', 'editor of the organisation', 'editor of another organisation', 'moderator', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
/** `allow`: a 2xx; `deny`: 401 or 403; a number: exactly that status (a rule other than authorisation). */
type Outcome = 'allow' | 'deny' | number;
type Cell = Outcome | `error ${number}`;

const IMPORT_TOKEN = 'matrix-import-token-0123456789';
let api: TestApp;
let orgA: string;
let orgB: string;
let claimant: string;
let counter = 0;
const unique = () => `${Date.now()}-${counter++}`;

interface Row {
  endpoint: string;
  /** The request for one cell, after preparing what it needs (a user to change, a claim to decide). */
  send: (session: TestSession | undefined) => Promise<request.Response>;
  expected: Record<Actor, Outcome>;
}

const pendingClaim = async (): Promise<string> => {
  const [row] = await api.db.dataSource.query(`INSERT INTO organization_claim (user_id, organization_id) VALUES ($1, $2) RETURNING id`, [
    claimant,
    orgA,
  ]);
  return row.id as string;
};

/** A published service of organisation A, and its version now (each cell reads it afresh). */
const serviceOfA = async (): Promise<{ id: string; version: number }> => {
  const [row] = await api.db.dataSource.query(
    `SELECT id, version FROM service WHERE organization_id = $1 AND publication_state = 'published' ORDER BY id LIMIT 1`,
    [orgA],
  );
  return row as { id: string; version: number };
};

const pendingRevision = async (): Promise<string> => {
  const service = await serviceOfA();
  const [row] = await api.db.dataSource.query(
    `INSERT INTO revision (resource_id, base_version, changes, author_id) VALUES ($1, $2, $3::jsonb, $4) RETURNING id`,
    [service.id, service.version, JSON.stringify({ description: `Voorstel ${unique()}` }), claimant],
  );
  return row.id as string;
};

const ONLY_MODERATORS: Record<Actor, Outcome> = {
  anonymous: 'deny',
  'editor of the organisation': 'deny',
  'editor of another organisation': 'deny',
  moderator: 'allow',
  admin: 'allow',
};
const EVERYONE: Record<Actor, Outcome> = {
  anonymous: 'allow',
  'editor of the organisation': 'allow',
  'editor of another organisation': 'allow',
  moderator: 'allow',
  admin: 'allow',
};
const EDITORS_OF_THE_ORGANISATION: Record<Actor, Outcome> = { ...ONLY_MODERATORS, 'editor of the organisation': 'allow' };

const ROWS: Row[] = [
  {
    endpoint: 'POST /users/invitations',
    send: (s) =>
      write(api, 'post', '/api/v1/users/invitations', s).send({ email: `invitee-${unique()}@example.org`, organizationId: orgA }),
    expected: {
      anonymous: 'deny',
      'editor of the organisation': 'deny',
      'editor of another organisation': 'deny',
      moderator: 'allow',
      admin: 'allow',
    },
  },
  {
    endpoint: 'PATCH /users/:id',
    send: async (s) => {
      const target = await createUser(api, { email: `target-${unique()}@example.org`, role: 'editor', password: null });
      return write(api, 'patch', `/api/v1/users/${target.id}`, s).send({ role: 'moderator' });
    },
    expected: {
      anonymous: 'deny',
      'editor of the organisation': 'deny',
      'editor of another organisation': 'deny',
      moderator: 'deny',
      admin: 'allow',
    },
  },
  {
    endpoint: 'DELETE /users/:id/organizations/:organizationId',
    send: async (s) => {
      const target = await createUser(api, { email: `member-${unique()}@example.org`, role: 'editor', organizationIds: [orgA] });
      return write(api, 'delete', `/api/v1/users/${target.id}/organizations/${orgA}`, s);
    },
    expected: ONLY_MODERATORS,
  },
  {
    endpoint: 'POST /organizations/:id/claims',
    send: (s) => write(api, 'post', `/api/v1/organizations/${orgA}/claims`, s).send({ message: 'Ik beheer deze organisatie.' }),
    // The organisation's own editor already manages it: a conflict, not a denial.
    expected: {
      anonymous: 'deny',
      'editor of the organisation': 409,
      'editor of another organisation': 'allow',
      moderator: 'allow',
      admin: 'allow',
    },
  },
  {
    endpoint: 'POST /claims/:id/approve',
    send: async (s) => write(api, 'post', `/api/v1/claims/${await pendingClaim()}/approve`, s).send({}),
    expected: {
      anonymous: 'deny',
      'editor of the organisation': 'deny',
      'editor of another organisation': 'deny',
      moderator: 'allow',
      admin: 'allow',
    },
  },
  {
    endpoint: 'POST /claims/:id/refuse',
    send: async (s) => write(api, 'post', `/api/v1/claims/${await pendingClaim()}/refuse`, s).send({ comment: 'Nee.' }),
    expected: {
      anonymous: 'deny',
      'editor of the organisation': 'deny',
      'editor of another organisation': 'deny',
      moderator: 'allow',
      admin: 'allow',
    },
  },
  {
    endpoint: 'POST /auth/logout',
    send: (s) => write(api, 'post', '/api/v1/auth/logout', s),
    expected: {
      anonymous: 'deny',
      'editor of the organisation': 'allow',
      'editor of another organisation': 'allow',
      moderator: 'allow',
      admin: 'allow',
    },
  },
  {
    endpoint: 'POST /imports/hsds (session)',
    send: (s) => write(api, 'post', '/api/v1/imports/hsds', s).set('content-type', 'application/json').send('[]'),
    expected: {
      anonymous: 'deny',
      'editor of the organisation': 'deny',
      'editor of another organisation': 'deny',
      moderator: 'allow',
      admin: 'allow',
    },
  },
  {
    endpoint: 'PATCH /services/:id',
    // The organisation's editor proposes a revision; moderators and admins publish.
    send: async (s) => {
      const service = await serviceOfA();
      return write(api, 'patch', `/api/v1/services/${service.id}`, s).send({
        version: service.version,
        changes: { name: `Dienst ${unique()}` },
      });
    },
    expected: EDITORS_OF_THE_ORGANISATION,
  },
  {
    endpoint: 'POST /services/:id/rollback',
    send: async (s) => {
      const service = await serviceOfA();
      return write(api, 'post', `/api/v1/services/${service.id}/rollback`, s).send({
        toTimestamp: '2000-01-01T00:00:00Z',
        version: service.version,
      });
    },
    expected: ONLY_MODERATORS,
  },
  {
    endpoint: 'POST /services/:id/verify',
    send: async (s) => write(api, 'post', `/api/v1/services/${(await serviceOfA()).id}/verify`, s),
    expected: EDITORS_OF_THE_ORGANISATION,
  },
  {
    endpoint: 'POST /revisions/:id/approve',
    send: async (s) => write(api, 'post', `/api/v1/revisions/${await pendingRevision()}/approve`, s).send({}),
    expected: ONLY_MODERATORS,
  },
  {
    endpoint: 'POST /revisions/:id/reject',
    send: async (s) => write(api, 'post', `/api/v1/revisions/${await pendingRevision()}/reject`, s).send({ comment: 'Nee.' }),
    expected: ONLY_MODERATORS,
  },
  {
    endpoint: 'POST /organizations/:id/services',
    send: (s) => write(api, 'post', `/api/v1/organizations/${orgA}/services`, s).send({ name: `Nieuwe dienst ${unique()}` }),
    expected: EDITORS_OF_THE_ORGANISATION,
  },
  {
    endpoint: 'PATCH /organizations/:id',
    // The organisation's editor proposes a revision; moderators and admins publish.
    send: async (s) => {
      const [{ version }] = await api.db.dataSource.query('SELECT version FROM organization WHERE id = $1', [orgA]);
      return write(api, 'patch', `/api/v1/organizations/${orgA}`, s).send({ version, changes: { alternateName: `Org ${unique()}` } });
    },
    expected: EDITORS_OF_THE_ORGANISATION,
  },
  {
    endpoint: 'PUT /organizations/:id/trust',
    send: (s) => write(api, 'put', `/api/v1/organizations/${orgA}/trust`, s).send({ isTrusted: false }),
    expected: ONLY_MODERATORS,
  },
  {
    endpoint: 'POST /feedback/:id/resolve',
    send: async (s) => {
      const [row] = await api.db.dataSource.query(
        `INSERT INTO feedback (service_id, topic, message) VALUES ($1, 'other', 'Klopt niet.') RETURNING id`,
        [(await serviceOfA()).id],
      );
      return write(api, 'post', `/api/v1/feedback/${row.id as string}/resolve`, s).send({ note: 'Nagekeken.' });
    },
    expected: ONLY_MODERATORS,
  },
  {
    endpoint: 'POST /insights/freshness/reminders',
    // Once per organisation and week: later cells skip it, which is still an allowed 200.
    send: (s) => write(api, 'post', '/api/v1/insights/freshness/reminders', s).send({ organizationIds: [orgA] }),
    expected: ONLY_MODERATORS,
  },
  {
    // Public by design: the phone's offline searches, counts only, tied to no session (rate limited per address).
    endpoint: 'POST /insights/searches',
    send: (s) =>
      write(api, 'post', '/api/v1/insights/searches', s).send({
        searches: [{ day: new Date().toISOString().slice(0, 10), resultCount: 0 }],
      }),
    expected: EVERYONE,
  },
  // Public by design, acting on no session: logging in, asking for a reset link, setting a password
  // with a one-time token. Anyone may call them, logged in or not; the credentials decide.
  {
    endpoint: 'POST /auth/login',
    send: async (s) => {
      const email = `login-${unique()}@example.org`;
      await createUser(api, { email, role: 'editor' });
      return write(api, 'post', '/api/v1/auth/login', s).send({ email, password: PASSWORD });
    },
    expected: EVERYONE,
  },
  {
    endpoint: 'POST /auth/password-reset',
    send: async (s) => write(api, 'post', '/api/v1/auth/password-reset', s).send({ email: `reset-${unique()}@example.org` }),
    expected: EVERYONE,
  },
  {
    endpoint: 'POST /auth/password',
    send: async (s) => {
      const user = await createUser(api, { email: `password-${unique()}@example.org`, role: 'editor', password: null });
      const token = randomToken();
      await api.db.dataSource.query(
        `INSERT INTO auth_token (id, kind, user_id, expires_at) VALUES ($1, 'invite', $2, now() + interval '1 day')`,
        [hashToken(token), user.id],
      );
      return write(api, 'post', '/api/v1/auth/password', s).send({ token, password: 'a new long enough password' });
    },
    expected: EVERYONE,
  },
  {
    // Public by design: anyone reports a problem, without an account (rate limited per address).
    endpoint: 'POST /services/:id/feedback',
    send: async (s) =>
      write(api, 'post', `/api/v1/services/${(await serviceOfA()).id}/feedback`, s).send({
        topic: 'wrong-hours',
        message: 'Dicht op maandag.',
      }),
    expected: {
      anonymous: 'allow',
      'editor of the organisation': 'allow',
      'editor of another organisation': 'allow',
      moderator: 'allow',
      admin: 'allow',
    },
  },
];

const EMAILS: Record<Exclude<Actor, 'anonymous'>, string> = {
  'editor of the organisation': 'editor-a@example.org',
  'editor of another organisation': 'editor-b@example.org',
  moderator: 'moderator@example.org',
  admin: 'admin@example.org',
};

beforeAll(async () => {
  api = await startTestApp({ IMPORT_TOKEN });
  recordMails(api);
  [orgA, orgB] = await organizationIds(api, 2);
  await createUser(api, { email: EMAILS['editor of the organisation'], role: 'editor', organizationIds: [orgA] });
  await createUser(api, { email: EMAILS['editor of another organisation'], role: 'editor', organizationIds: [orgB] });
  await createUser(api, { email: EMAILS.moderator, role: 'moderator' });
  await createUser(api, { email: EMAILS.admin, role: 'admin' });
  claimant = (await createUser(api, { email: 'claimant@example.org', role: 'editor' })).id;
});
afterAll(async () => {
  await api.close();
});

function classify(status: number, expected: Outcome): Cell {
  if (typeof expected === 'number') return status;
  if (status >= 200 && status < 300) return 'allow';
  if (status === 401 || status === 403) return 'deny';
  return `error ${status}`;
}

function table(cells: Record<string, Record<Actor, Cell>>): string {
  const widths = [Math.max(...Object.keys(cells).map((e) => e.length)), ...ACTORS.map((a) => a.length)];
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join(' | ');
  return [
    line(['endpoint', ...ACTORS]),
    ...Object.entries(cells).map(([endpoint, row]) => line([endpoint, ...ACTORS.map((a) => String(row[a]))])),
  ].join('\n');
}

it('the matrix has a row for every write endpoint of the API (from its OpenAPI document)', async () => {
  const document = await generateOpenApiDocument();
  const writes = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1')}`),
  );
  const rows = new Set(ROWS.map((row) => row.endpoint.replace(/ \(.*\)$/, '')));
  expect(writes.filter((endpoint) => !rows.has(endpoint))).toEqual([]);
});

it('every write endpoint allows and denies as the matrix says', async () => {
  const actual: Record<string, Record<Actor, Cell>> = {};
  const expected: Record<string, Record<Actor, Outcome>> = {};
  for (const row of ROWS) {
    expected[row.endpoint] = row.expected;
    actual[row.endpoint] = {} as Record<Actor, Cell>;
    for (const actor of ACTORS) {
      const session = actor === 'anonymous' ? undefined : await login(api, EMAILS[actor]);
      const response = await row.send(session);
      actual[row.endpoint][actor] = classify(response.status, row.expected[actor]);
    }
  }
  // Compared as tables, so a failure shows the whole matrix with the differing cells.
  expect(`\n${table(actual)}\n`).toBe(`\n${table(expected)}\n`);
  // Over a hundred logins, each an argon2 verification: past Jest's minute on a busy 2-core machine.
}, 240_000);

it('the HSDS import still takes the Bearer token without a cookie (and so without a CSRF token)', async () => {
  const response = await request(api.url)
    .post('/api/v1/imports/hsds')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${IMPORT_TOKEN}`)
    .send('[]')
    .expect(200);
  expect(response.body).toMatchObject({ received: 0 });
  // A moderator's session without its CSRF token is refused, token or not.
  const moderator = await login(api, EMAILS.moderator);
  // With it, the import is recorded as the moderator's, not the token's.
  const byModerator = await write(api, 'post', '/api/v1/imports/hsds', moderator)
    .set('content-type', 'application/json')
    .send('[]')
    .expect(200);
  const [record] = await api.db.dataSource.query('SELECT updated_by FROM metadata WHERE resource_id = $1', [byModerator.body.importId]);
  expect(record.updated_by).toBe(moderator.body.user.id);
  await request(api.url)
    .post('/api/v1/imports/hsds')
    .set('content-type', 'application/json')
    .set('cookie', moderator.cookie)
    .send('[]')
    .expect(403);
});
