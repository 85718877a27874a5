// Joining an organisation by claim: a logged-in user asks, a moderator approves (membership) or
// refuses; user administration by an admin: role changes and disabling, recorded in metadata.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createUser, login, organizationIds, recordMails, type TestSession, write } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let orgA: string;
let orgB: string;
let moderator: TestSession;
let admin: TestSession;

beforeAll(async () => {
  api = await startTestApp();
  recordMails(api);
  [orgA, orgB] = await organizationIds(api, 2);
  await createUser(api, { email: 'claimant@example.org', role: 'editor' });
  await createUser(api, { email: 'moderator@example.org', role: 'moderator' });
  await createUser(api, { email: 'admin@example.org', role: 'admin' });
  [moderator, admin] = [await login(api, 'moderator@example.org'), await login(api, 'admin@example.org')];
});
afterAll(async () => {
  await api.close();
});

describe('claims', () => {
  it('ask, list pending, approve: the claimant becomes a member; a claim is decided once', async () => {
    const claimant = await login(api, 'claimant@example.org');
    const created = await write(api, 'post', `/api/v1/organizations/${orgA}/claims`, claimant)
      .send({ message: 'Ik ben de coördinator.' })
      .expect(201);
    expect(created.body).toMatchObject({
      organizationId: orgA,
      userEmail: 'claimant@example.org',
      status: 'pending',
      message: 'Ik ben de coördinator.',
    });
    await write(api, 'post', `/api/v1/organizations/${orgA}/claims`, claimant).send({}).expect(409);
    const pending = await request(api.url).get('/api/v1/claims?status=pending').set('cookie', moderator.cookie).expect(200);
    expect(pending.body.map((c: { id: string }) => c.id)).toContain(created.body.id);
    await request(api.url).get('/api/v1/claims').set('cookie', claimant.cookie).expect(403);
    const approved = await write(api, 'post', `/api/v1/claims/${created.body.id}/approve`, moderator)
      .send({ comment: 'Gebeld.' })
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: moderator.body.user.id, comment: 'Gebeld.' });
    await write(api, 'post', `/api/v1/claims/${created.body.id}/refuse`, moderator).send({}).expect(409);
    const me = await request(api.url).get('/api/v1/auth/me').set('cookie', claimant.cookie).expect(200);
    expect(me.body.user.organizations.map((o: { id: string }) => o.id)).toEqual([orgA]);
    await write(api, 'post', `/api/v1/organizations/${orgA}/claims`, claimant).send({}).expect(409);
    const audit = await api.db.dataSource.query(`SELECT last_action_type, updated_by FROM metadata WHERE resource_id = $1`, [
      created.body.id,
    ]);
    expect(audit).toEqual(
      expect.arrayContaining([
        { last_action_type: 'create', updated_by: claimant.body.user.id },
        { last_action_type: 'approve', updated_by: moderator.body.user.id },
      ]),
    );
  });

  it('refuse adds no membership; unknown organisations and claims are 404', async () => {
    const claimant = await login(api, 'claimant@example.org');
    const created = await write(api, 'post', `/api/v1/organizations/${orgB}/claims`, claimant).send({}).expect(201);
    await write(api, 'post', `/api/v1/claims/${created.body.id}/refuse`, admin)
      .send({ comment: 'Onbekend bij de organisatie.' })
      .expect(200);
    const [{ n }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM organization_member WHERE organization_id = $1', [orgB]);
    expect(n).toBe(0);
    const unknown = '00000000-0000-4000-8000-000000000000';
    await write(api, 'post', `/api/v1/organizations/${unknown}/claims`, claimant).send({}).expect(404);
    await write(api, 'post', `/api/v1/claims/${unknown}/approve`, moderator).send({}).expect(404);
  });
});

describe('user administration', () => {
  it('an admin lists users, changes a role and disables a user, who is logged out', async () => {
    const target = await createUser(api, { email: 'promote@example.org', role: 'editor' });
    const session = await login(api, 'promote@example.org');
    const list = await request(api.url).get('/api/v1/users').set('cookie', admin.cookie).expect(200);
    expect(list.body.map((u: { email: string }) => u.email)).toContain('promote@example.org');
    const promoted = await write(api, 'patch', `/api/v1/users/${target.id}`, admin).send({ role: 'moderator' }).expect(200);
    expect(promoted.body.role).toBe('moderator');
    expect((await request(api.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(200)).body.user.role).toBe('moderator');
    const disabled = await write(api, 'patch', `/api/v1/users/${target.id}`, admin).send({ isDisabled: true }).expect(200);
    expect(disabled.body.disabledAt).toEqual(expect.any(String));
    await request(api.url).get('/api/v1/auth/me').set('cookie', session.cookie).expect(401);
    const audit = await api.db.dataSource.query(
      `SELECT field_name, previous_value, replacement_value, updated_by FROM metadata WHERE resource_id = $1 ORDER BY field_name`,
      [target.id],
    );
    expect(audit[1]).toEqual({
      field_name: 'role',
      previous_value: 'editor',
      replacement_value: 'moderator',
      updated_by: admin.body.user.id,
    });
    expect(audit[0].field_name).toBe('disabled_at');
  });

  it('an admin cannot demote or disable themselves; unknown fields and roles are 400', async () => {
    const self = admin.body.user.id;
    await write(api, 'patch', `/api/v1/users/${self}`, admin).send({ role: 'editor' }).expect(409);
    await write(api, 'patch', `/api/v1/users/${self}`, admin).send({ isDisabled: true }).expect(409);
    const bad = await write(api, 'patch', `/api/v1/users/${self}`, admin).send({ role: 'owner', colour: 'blue' }).expect(400);
    expect(bad.body.errors.map((e: { name: string }) => e.name).sort()).toEqual(['colour', 'role']);
  });
});
