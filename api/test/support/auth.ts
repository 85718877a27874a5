// Accounts and sessions for HTTP tests: users are inserted with SQL (argon2 hashes made here),
// sessions come from the real login endpoint, mails are read from the app's mailer.
import { jest } from '@jest/globals';
import argon2 from 'argon2';
import request from 'supertest';
import type { Role } from '../../src/modules/auth/entities/index.js';
import { MAILER, type Mail, type Mailer } from '../../src/modules/auth/mailer.js';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct horse battery staple';

const hashes = new Map<string, Promise<string>>();
const hashOf = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, argon2.hash(password, { type: argon2.argon2id }));
  return hashes.get(password)!;
};

export interface TestUser {
  id: string;
  email: string;
  role: Role;
}

/** A user with a password (unless `password: null`) and memberships. */
export async function createUser(
  api: TestApp,
  user: { email: string; role: Role; password?: string | null; organizationIds?: string[] },
): Promise<TestUser> {
  const password = user.password === undefined ? PASSWORD : user.password;
  const [row] = await api.db.dataSource.query(
    `INSERT INTO app_user (email, role, password_hash, display_name) VALUES ($1, $2, $3, $4) RETURNING id`,
    [user.email, user.role, password === null ? null : await hashOf(password), user.email.split('@')[0]],
  );
  for (const organizationId of user.organizationIds ?? []) {
    await api.db.dataSource.query('INSERT INTO organization_member (user_id, organization_id) VALUES ($1, $2)', [row.id, organizationId]);
  }
  return { id: row.id, email: user.email, role: user.role };
}

export interface TestSession {
  /** The `Cookie` header value, `sk_session=…`. */
  cookie: string;
  csrfToken: string;
  body: { user: { id: string; email: string; role: Role; organizations: { id: string; name: string }[] }; csrfToken: string };
}

/** The `sk_session=…` pair from a response's Set-Cookie, or undefined. */
export function sessionCookieOf(response: request.Response): string | undefined {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  return header?.find((c) => c.startsWith('sk_session='));
}

export async function login(api: TestApp, email: string, password = PASSWORD): Promise<TestSession> {
  const response = await request(api.url).post('/api/v1/auth/login').send({ email, password }).expect(200);
  const setCookie = sessionCookieOf(response);
  if (!setCookie) throw new Error('login set no sk_session cookie');
  return { cookie: setCookie.split(';')[0], csrfToken: response.body.csrfToken, body: response.body };
}

/** A write as this session: the cookie and its CSRF token. */
export function write(api: TestApp, method: 'post' | 'patch' | 'put' | 'delete', path: string, session?: TestSession) {
  const req = request(api.url)[method](path);
  if (session) req.set('cookie', session.cookie).set('x-csrf-token', session.csrfToken);
  return req;
}

/** Records every mail the app sends (it still goes to the log mailer). */
export function recordMails(api: TestApp): Mail[] {
  const mailer = api.app.get<Mailer>(MAILER);
  const spy = jest.spyOn(mailer, 'send');
  const mails: Mail[] = [];
  spy.mockImplementation((mail: Mail) => {
    mails.push(mail);
    return Promise.resolve();
  });
  return mails;
}

/** The token of the last mail to this address. */
export function tokenFromMail(mails: Mail[], to: string): string {
  const mail = mails.filter((m) => m.to === to).at(-1);
  const token = mail && new URL(mail.link).searchParams.get('token');
  if (!token) throw new Error(`no mail with a token to ${to}: ${JSON.stringify(mails)}`);
  return token;
}

/** Some demo organisations, by name. */
export async function organizationIds(api: TestApp, count: number): Promise<string[]> {
  const rows = await api.db.dataSource.query('SELECT id FROM organization ORDER BY name, id LIMIT $1', [count]);
  return rows.map((r: { id: string }) => r.id);
}
