// Accounts over HTTP: login, logout, me, the session cookie, CSRF, password reset and invitations
// by one-time token, and the first admin from ADMIN_EMAIL/ADMIN_PASSWORD.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Mail } from '../src/modules/auth/mailer.js';
import { createUser, login, organizationIds, PASSWORD, recordMails, sessionCookieOf, tokenFromMail, write } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let mails: Mail[];
let organizationId: string;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL: 'https://kaart.example.org' });
  mails = recordMails(api);
  [organizationId] = await organizationIds(api, 1);
  await createUser(api, { email: 'editor@example.org', role: 'editor', organizationIds: [organizationId] });
  await createUser(api, { email: 'moderator@example.org', role: 'moderator' });
});
afterAll(async () => {
  await api.close();
});

const post = (path: string, body: object) => request(api.url).post(path).send(body);

describe('login, me and logout', () => {
  it('logs in with a session cookie (httpOnly, SameSite=Lax, Path=/) and answers me with the CSRF token', async () => {
    const response = await post('/api/v1/auth/login', { email: 'Editor@Example.org ', password: PASSWORD }).expect(200);
    const cookie = sessionCookieOf(response)!;
    expect(cookie).toMatch(/^sk_session=[\w-]{43}; /);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(response.body).toMatchObject({
      user: { email: 'editor@example.org', role: 'editor', organizations: [{ id: organizationId, name: expect.any(String) }] },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const me = await request(api.url).get('/api/v1/auth/me').set('cookie', cookie.split(';')[0]).expect(200);
    expect(me.body).toEqual(response.body);
    // Only the token's hash is stored.
    const rows = await api.db.dataSource.query('SELECT id FROM session');
    expect(rows.map((r: { id: string }) => r.id)).not.toContain(cookie.split(';')[0].slice('sk_session='.length));
  });

  it('me is a 401 problem when anonymous, with an unknown cookie, or with an expired session', async () => {
    const anonymous = await request(api.url).get('/api/v1/auth/me').expect(401);
    expect(anonymous.headers['content-type']).toMatch(/problem\+json/);
    await request(api.url).get('/api/v1/auth/me').set('cookie', 'sk_session=nonsense').expect(401);
    const session = await login(api, 'editor@example.org');
    await api.db.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second'`);
    await request(api.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(401);
  });

  it('logout ends the session and clears the cookie', async () => {
    const session = await login(api, 'editor@example.org');
    const response = await write(api, 'post', '/api/v1/auth/logout', session).expect(204);
    expect(sessionCookieOf(response)).toMatch(/^sk_session=;/);
    await request(api.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(401);
  });

  it('a wrong password and an unknown account get the same 401 and body', async () => {
    const wrong = await post('/api/v1/auth/login', { email: 'editor@example.org', password: 'not the password' }).expect(401);
    const unknown = await post('/api/v1/auth/login', { email: 'nobody@example.org', password: 'not the password' }).expect(401);
    expect(wrong.headers['content-type']).toMatch(/problem\+json/);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.detail).toBe('E-mail or password is wrong.');
    expect(sessionCookieOf(wrong)).toBeUndefined();
  });

  it('a disabled account cannot log in, and gets the same answer', async () => {
    await createUser(api, { email: 'gone@example.org', role: 'editor' });
    await api.db.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE email = 'gone@example.org'`);
    const response = await post('/api/v1/auth/login', { email: 'gone@example.org', password: PASSWORD }).expect(401);
    expect(response.body.detail).toBe('E-mail or password is wrong.');
  });

  it('refuses a cross-site login', async () => {
    await post('/api/v1/auth/login', { email: 'editor@example.org', password: PASSWORD }).set('sec-fetch-site', 'cross-site').expect(403);
    const origin = await post('/api/v1/auth/login', { email: 'editor@example.org', password: PASSWORD })
      .set('origin', 'https://evil.example')
      .expect(403);
    expect(origin.body.type).toBe('/api/problems/csrf-rejected');
    await post('/api/v1/auth/login', { email: 'editor@example.org', password: PASSWORD })
      .set('origin', 'https://kaart.example.org')
      .expect(200);
  });
});

describe('CSRF', () => {
  it('a write with the session cookie needs the session’s X-CSRF-Token', async () => {
    const session = await login(api, 'editor@example.org');
    const withoutToken = await request(api.url).post('/api/v1/auth/logout').set('cookie', session.cookie).expect(403);
    expect(withoutToken.headers['content-type']).toMatch(/problem\+json/);
    expect(withoutToken.body.type).toBe('/api/problems/csrf-rejected');
    const other = await login(api, 'moderator@example.org');
    await request(api.url).post('/api/v1/auth/logout').set('cookie', session.cookie).set('x-csrf-token', other.csrfToken).expect(403);
    await request(api.url).post('/api/v1/auth/logout').set('cookie', session.cookie).set('x-csrf-token', 'x').expect(403);
    // Still logged in: the rejected writes did nothing.
    await request(api.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(200);
    await write(api, 'post', '/api/v1/auth/logout', session).expect(204);
  });

  it('a write without a cookie is anonymous, not a CSRF failure', async () => {
    const response = await request(api.url).post('/api/v1/auth/logout').expect(401);
    expect(response.body.type).toBe('/api/problems/not-logged-in');
  });
});

describe('password reset', () => {
  it('always answers 202, and mails a link only when the account exists', async () => {
    const before = mails.length;
    await post('/api/v1/auth/password-reset', { email: 'nobody@example.org' }).expect(202);
    expect(mails.length).toBe(before);
    await post('/api/v1/auth/password-reset', { email: 'Editor@example.org' }).expect(202);
    expect(mails.at(-1)).toMatchObject({
      to: 'editor@example.org',
      link: expect.stringMatching(/^https:\/\/kaart\.example\.org\/portaal\/wachtwoord\?token=/),
    });
  });

  it('the token works once; the new password logs in and the old one not; sessions end', async () => {
    await createUser(api, { email: 'reset@example.org', role: 'editor' });
    const session = await login(api, 'reset@example.org');
    await post('/api/v1/auth/password-reset', { email: 'reset@example.org' }).expect(202);
    const token = tokenFromMail(mails, 'reset@example.org');
    await post('/api/v1/auth/password', { token, password: 'short' }).expect(400);
    const set = await post('/api/v1/auth/password', { token, password: 'a brand new password' }).expect(200);
    const again = await post('/api/v1/auth/password', { token, password: 'another new password' }).expect(410);
    expect(again.body).toMatchObject({ type: '/api/problems/token-gone', errors: [{ name: 'token', in: 'body', reason: 'was used' }] });
    await request(api.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(401);
    await post('/api/v1/auth/login', { email: 'reset@example.org', password: PASSWORD }).expect(401);
    await login(api, 'reset@example.org', 'a brand new password');
    // Setting the password logged this client in: a session of its own, the old one still ended.
    await request(api.url).get('/api/v1/auth/me').set('cookie', sessionCookieOf(set)!.split(';')[0]).expect(200);
    const [audit] = await api.db.dataSource.query(
      `SELECT * FROM metadata WHERE resource_type = 'app_user' AND last_action_type = 'reset-password'`,
    );
    expect(audit).toMatchObject({ field_name: 'password', replacement_value: '(set)' });
  });

  it('an expired token and an unknown token are rejected', async () => {
    await post('/api/v1/auth/password-reset', { email: 'editor@example.org' }).expect(202);
    const token = tokenFromMail(mails, 'editor@example.org');
    await api.db.dataSource.query(`UPDATE auth_token SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`);
    const expired = await post('/api/v1/auth/password', { token, password: 'a brand new password' }).expect(410);
    expect(expired.body.detail).toMatch(/expired/);
    const unknown = await post('/api/v1/auth/password', { token: 'made-up', password: 'a brand new password' }).expect(400);
    expect(unknown.body.type).toBe('/api/problems/token-invalid');
  });

  it('setting a password logs in as login does: the session cookie, the user and a CSRF token that writes', async () => {
    await createUser(api, { email: 'invited-editor@example.org', role: 'editor', organizationIds: [organizationId], password: null });
    await post('/api/v1/auth/password-reset', { email: 'invited-editor@example.org' }).expect(202);
    const response = await post('/api/v1/auth/password', {
      token: tokenFromMail(mails, 'invited-editor@example.org'),
      password: 'chosen just now!',
    }).expect(200);
    const cookie = sessionCookieOf(response)!;
    expect(cookie).toMatch(/^sk_session=[\w-]{43}; /);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(response.body).toMatchObject({
      user: { email: 'invited-editor@example.org', role: 'editor', organizations: [{ id: organizationId, name: expect.any(String) }] },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      expiresAt: expect.any(String),
    });
    const session = { cookie: cookie.split(';')[0], csrfToken: response.body.csrfToken as string };
    const me = await request(api.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(200);
    expect(me.body).toEqual(response.body);
    // The CSRF token is the session's: a write with it passes, one without it does not.
    await request(api.url).post('/api/v1/auth/logout').set('cookie', session.cookie).expect(403);
    await request(api.url).post('/api/v1/auth/logout').set('cookie', session.cookie).set('x-csrf-token', session.csrfToken).expect(204);
  });
});

describe('invitations', () => {
  it('a moderator invites an editor: account, membership, mail; the link sets the password once', async () => {
    const moderator = await login(api, 'moderator@example.org');
    const response = await write(api, 'post', '/api/v1/users/invitations', moderator)
      .send({ email: 'New.Editor@example.org', organizationId, displayName: 'Nieuwe Redacteur' })
      .expect(201);
    expect(response.body).toMatchObject({
      user: { email: 'new.editor@example.org', role: 'editor', hasPassword: false, organizations: [{ id: organizationId }] },
      isInvitationSent: true,
      isMembershipAdded: true,
    });
    const token = tokenFromMail(mails, 'new.editor@example.org');
    expect(mails.at(-1)!.link).toContain('/portaal/wachtwoord?token=');
    await post('/api/v1/auth/password', { token, password: 'my own password!' }).expect(200);
    await post('/api/v1/auth/password', { token, password: 'my own password!' }).expect(410);
    const editor = await login(api, 'new.editor@example.org', 'my own password!');
    expect(editor.body.user.organizations).toEqual([{ id: organizationId, name: expect.any(String) }]);
    const audit = await api.db.dataSource.query(
      'SELECT resource_type, field_name, updated_by FROM metadata WHERE resource_id = $1 ORDER BY resource_type',
      [response.body.user.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { resource_type: 'app_user', field_name: 'role', updated_by: moderator.body.user.id },
        { resource_type: 'organization_member', field_name: 'organization_id', updated_by: moderator.body.user.id },
      ]),
    );
  });

  it('an expired invitation is rejected; moderators cannot invite admins; editors need an organisation', async () => {
    const moderator = await login(api, 'moderator@example.org');
    await write(api, 'post', '/api/v1/users/invitations', moderator).send({ email: 'late@example.org', organizationId }).expect(201);
    await api.db.dataSource.query(
      `UPDATE auth_token SET expires_at = now() - interval '1 second' WHERE kind = 'invite' AND used_at IS NULL`,
    );
    await post('/api/v1/auth/password', { token: tokenFromMail(mails, 'late@example.org'), password: 'too late for this' }).expect(410);
    await write(api, 'post', '/api/v1/users/invitations', moderator).send({ email: 'boss@example.org', role: 'admin' }).expect(403);
    const missing = await write(api, 'post', '/api/v1/users/invitations', moderator).send({ email: 'x@example.org' }).expect(400);
    expect(missing.body.errors).toEqual([{ name: 'organizationId', in: 'body', reason: 'is required to invite an editor' }]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    await write(api, 'post', '/api/v1/users/invitations', moderator).send({ email: 'x@example.org', organizationId: unknown }).expect(404);
  });
});

describe('the first admin', () => {
  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD when there is no admin, once', async () => {
    const env = { ADMIN_EMAIL: 'Root@Example.org', ADMIN_PASSWORD: 'the first admin password' };
    const first = await startTestApp(env);
    try {
      const session = await login(first, 'root@example.org', 'the first admin password');
      expect(session.body.user.role).toBe('admin');
      // A second start (same database) finds the admin and creates nothing.
      const { FirstAdmin } = await import('../src/modules/auth/first-admin.js');
      await first.app.get(FirstAdmin).onApplicationBootstrap();
      const [{ n }] = await first.db.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'admin'`);
      expect(n).toBe(1);
    } finally {
      await first.close();
    }
  });
});
