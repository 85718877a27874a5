// One-time links stop working once they could do harm: setting a password retires every open
// link of the account, a new invitation retires the older ones, and an invitation link cannot set
// the password of an account that already has one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Mail } from '../src/modules/auth/mailer.js';
import { hashToken, randomToken } from '../src/modules/auth/secrets.js';
import { createUser, login, organizationIds, recordMails, type TestSession, tokenFromMail, write } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let mails: Mail[];
let organizationId: string;
let moderator: TestSession;

beforeAll(async () => {
  api = await startTestApp();
  mails = recordMails(api);
  [organizationId] = await organizationIds(api, 1);
  await createUser(api, { email: 'moderator@example.org', role: 'moderator' });
  moderator = await login(api, 'moderator@example.org');
});
afterAll(async () => {
  await api.close();
});

const invite = (email: string) => write(api, 'post', '/api/v1/users/invitations', moderator).send({ email, organizationId }).expect(201);
const setPassword = (token: string, password: string) => request(api.url).post('/api/v1/auth/password').send({ token, password });

describe('old links', () => {
  it('a new invitation retires the older one', async () => {
    await invite('twice@example.org');
    const first = tokenFromMail(mails, 'twice@example.org');
    await invite('twice@example.org');
    const second = tokenFromMail(mails, 'twice@example.org');
    expect(second).not.toBe(first);
    await setPassword(first, 'the first link, too late').expect(410);
    await setPassword(second, 'the newest link works').expect(200);
  });

  it('setting a password with a reset link retires an open invitation', async () => {
    await invite('invited@example.org');
    const invitation = tokenFromMail(mails, 'invited@example.org');
    await request(api.url).post('/api/v1/auth/password-reset').send({ email: 'invited@example.org' }).expect(202);
    const reset = tokenFromMail(mails, 'invited@example.org');
    await setPassword(reset, 'set through the reset link').expect(200);
    await setPassword(invitation, 'the attacker with the old mail').expect(410);
    await login(api, 'invited@example.org', 'set through the reset link');
  });

  it('an invitation link cannot set the password of an account that has one', async () => {
    const user = await createUser(api, { email: 'has-password@example.org', role: 'editor' });
    const token = randomToken();
    await api.db.dataSource.query(
      `INSERT INTO auth_token (id, kind, user_id, expires_at) VALUES ($1, 'invite', $2, now() + interval '1 day')`,
      [hashToken(token), user.id],
    );
    await setPassword(token, 'taking the account over').expect(410);
    await login(api, 'has-password@example.org');
  });
});

describe('removing a member', () => {
  it('a moderator removes an editor from an organisation: the account stays, the edit right goes, and it is recorded', async () => {
    await createUser(api, { email: 'member@example.org', role: 'editor', organizationIds: [organizationId] });
    const member = await login(api, 'member@example.org');
    expect(member.body.user.organizations).toEqual([{ id: organizationId, name: expect.any(String) }]);
    await write(api, 'delete', `/api/v1/users/${member.body.user.id}/organizations/${organizationId}`, moderator).expect(204);
    const me = await request(api.url).get('/api/v1/auth/me').set('cookie', member.cookie).expect(200);
    expect(me.body.user.organizations).toEqual([]);
    const audit = await api.db.dataSource.query(
      `SELECT last_action_type, previous_value, updated_by FROM metadata WHERE resource_type = 'organization_member' AND resource_id = $1 AND last_action_type = 'remove'`,
      [member.body.user.id],
    );
    expect(audit).toEqual([{ last_action_type: 'remove', previous_value: organizationId, updated_by: moderator.body.user.id }]);
    await write(api, 'delete', `/api/v1/users/${member.body.user.id}/organizations/${organizationId}`, moderator).expect(404);
  });
});
