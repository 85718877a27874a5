// Editing a service's own fields: direct publication by moderators and trusted organisations,
// pending revisions for other editors (invisible until approved, never when rejected), optimistic
// locking, and bad input. Against a real PostgreSQL and the real HTTP app.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type TestSession, write } from './support/auth.js';
import { drainOutbox, feedChangeOf, feedCursor, versionOf, startEditingWorld, expectStatus } from './support/editing.js';
import type { TestApp } from './support/test-app.js';

let api: TestApp;
let org: string;
let services: string[];
let moderator: TestSession;
let editor: TestSession;

const publicName = async (id: string) => (await request(api.url).get(`/api/v1/services/${id}`).expect(200)).body.name as string;
const searchIds = async (q: string) =>
  ((await request(api.url).get(`/api/v1/search?q=${q}`).expect(200)).body.hits as { id: string }[]).map((h) => h.id);
const patch = async (session: TestSession, id: string, changes: object, version?: number): Promise<request.Response> =>
  write(api, 'patch', `/api/v1/services/${id}`, session).send({ version: version ?? (await versionOf(api, id)), changes });

beforeAll(async () => {
  ({ api, org, services, moderator, editor } = await startEditingWorld(3));
});
afterAll(async () => {
  await api.close();
});

describe('a moderator edits directly', () => {
  it('is visible in the detail, in search once the outbox is applied, and in the offline feed', async () => {
    const [id] = services;
    const since = await feedCursor(api);
    const before = await versionOf(api, id);
    const response = expectStatus(await patch(moderator, id, { name: 'Zonnebloemkwartier inloophuis', alternateName: null }), 200);
    expect(response.body).toMatchObject({
      outcome: 'applied',
      service: { id, version: before + 1, name: 'Zonnebloemkwartier inloophuis' },
    });
    expect(response.body.changes.map((c: { field: string }) => c.field)).toContain('name');

    expect(await publicName(id)).toBe('Zonnebloemkwartier inloophuis');
    await drainOutbox(api);
    expect(await searchIds('zonnebloemkwartier')).toEqual([id]);
    expect((await feedChangeOf(api, since, id)).service?.name).toBe('Zonnebloemkwartier inloophuis');

    const history = (await request(api.url).get(`/api/v1/services/${id}/history`).set('cookie', moderator.cookie).expect(200)).body;
    expect(history[0]).toMatchObject({ actionType: 'update', updatedBy: moderator.body.user.id });
    expect(history[0].fields).toContainEqual({ field: 'name', before: expect.any(String), after: 'Zonnebloemkwartier inloophuis' });
  });

  it('an editor of a trusted organisation publishes directly too', async () => {
    await api.db.dataSource.query('UPDATE organization SET is_trusted = true WHERE id = $1', [org]);
    try {
      const response = expectStatus(await patch(editor, services[2], { description: 'Vertrouwde beschrijving' }), 200);
      expect(response.body.outcome).toBe('applied');
      expect((await request(api.url).get(`/api/v1/services/${services[2]}`).expect(200)).body.description).toBe('Vertrouwde beschrijving');
    } finally {
      await api.db.dataSource.query('UPDATE organization SET is_trusted = false WHERE id = $1', [org]);
    }
  });
});

describe("an editor's change is a revision", () => {
  it('stays pending and invisible until a moderator approves it, then is published', async () => {
    const id = services[1];
    const published = await publicName(id);
    const version = await versionOf(api, id);
    const response = expectStatus(await patch(editor, id, { name: 'Korenbloemhoeve dienstverlening' }), 200);
    expect(response.body).toMatchObject({ outcome: 'pending', revisionId: expect.any(String), service: { version, name: published } });
    const revisionId = response.body.revisionId as string;

    expect(await versionOf(api, id)).toBe(version);
    expect(await publicName(id)).toBe(published);
    await drainOutbox(api);
    expect(await searchIds('korenbloemhoeve')).toEqual([]);

    const mine = (await request(api.url).get('/api/v1/revisions?mine=true').set('cookie', editor.cookie).expect(200)).body;
    expect(mine).toContainEqual(expect.objectContaining({ id: revisionId, status: 'pending' }));
    await request(api.url).get('/api/v1/revisions').set('cookie', editor.cookie).expect(403);
    const queue = (await request(api.url).get('/api/v1/revisions?status=pending').set('cookie', moderator.cookie).expect(200)).body;
    const queued = queue.find((r: { id: string }) => r.id === revisionId);
    expect(queued).toMatchObject({ resourceId: id, baseVersion: version, currentVersion: version, authorId: editor.body.user.id });
    expect(queued.diff).toEqual([{ field: 'name', before: published, after: 'Korenbloemhoeve dienstverlening' }]);

    const approved = await write(api, 'post', `/api/v1/revisions/${revisionId}/approve`, moderator).send({}).expect(200);
    expect(approved.body).toMatchObject({ outcome: 'applied', revision: { status: 'approved', reviewerId: moderator.body.user.id } });
    expect(await publicName(id)).toBe('Korenbloemhoeve dienstverlening');
    await drainOutbox(api);
    expect(await searchIds('korenbloemhoeve')).toEqual([id]);
    const history = (await request(api.url).get(`/api/v1/services/${id}/history`).set('cookie', editor.cookie).expect(200)).body;
    expect(history[0]).toMatchObject({ updatedBy: editor.body.user.id, revisionId, approvedBy: moderator.body.user.id });
    // Decided once.
    await write(api, 'post', `/api/v1/revisions/${revisionId}/reject`, moderator).send({ comment: 'Te laat.' }).expect(409);
  });

  it('a rejected revision never becomes visible', async () => {
    const id = services[1];
    const published = await publicName(id);
    const response = expectStatus(await patch(editor, id, { name: 'Distelvinkpaviljoen hulp' }), 200);
    const revisionId = response.body.revisionId as string;
    await write(api, 'post', `/api/v1/revisions/${revisionId}/reject`, moderator).send({ comment: '  ' }).expect(400);
    const rejected = await write(api, 'post', `/api/v1/revisions/${revisionId}/reject`, moderator)
      .send({ comment: 'Klopt niet.' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', comment: 'Klopt niet.' });
    await write(api, 'post', `/api/v1/revisions/${revisionId}/approve`, moderator).send({}).expect(409);

    await drainOutbox(api);
    expect(await publicName(id)).toBe(published);
    expect(await searchIds('distelvinkpaviljoen')).toEqual([]);
    const rejectedList = (await request(api.url).get('/api/v1/revisions?status=rejected').set('cookie', moderator.cookie).expect(200)).body;
    expect(rejectedList.map((r: { id: string }) => r.id)).toContain(revisionId);
  });

  it('approving a revision whose service changed since is a 409 with the current version', async () => {
    const id = services[1];
    const pending = expectStatus(await patch(editor, id, { feesDescription: 'Gratis voor iedereen' }), 200);
    expectStatus(await patch(moderator, id, { feesDescription: 'Bijdrage naar inkomen' }), 200);
    const conflict = await write(api, 'post', `/api/v1/revisions/${pending.body.revisionId}/approve`, moderator).send({}).expect(409);
    expect(conflict.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(conflict.body).toMatchObject({
      type: '/api/problems/version-conflict',
      currentVersion: await versionOf(api, id),
      current: { id, feesDescription: 'Bijdrage naar inkomen' },
    });
    expect((await request(api.url).get(`/api/v1/services/${id}`).expect(200)).body.feesDescription).toBe('Bijdrage naar inkomen');
  });
});

describe('optimistic locking', () => {
  it('two saves from the same version: the second gets 409 with the current version, the first survives', async () => {
    const id = services[0];
    const version = await versionOf(api, id);
    expectStatus(await patch(moderator, id, { description: 'Eerste bewerking' }, version), 200);
    const second = expectStatus(await patch(moderator, id, { description: 'Tweede bewerking' }, version), 409);
    expect(second.body).toMatchObject({
      type: '/api/problems/version-conflict',
      status: 409,
      currentVersion: version + 1,
      current: { id, version: version + 1, description: 'Eerste bewerking' },
    });
    expect((await request(api.url).get(`/api/v1/services/${id}`).expect(200)).body.description).toBe('Eerste bewerking');
    // An editor's proposal from an old version is refused the same way, before it reaches the queue.
    expectStatus(await patch(editor, id, { description: 'Verouderd voorstel' }, version), 409);
  });

  it('concurrent saves from the same version: exactly one wins', async () => {
    const id = services[0];
    const version = await versionOf(api, id);
    const results = await Promise.all(['Gelijktijdig A', 'Gelijktijdig B'].map((d) => patch(moderator, id, { description: d }, version)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body.service.description as string;
    expect((await request(api.url).get(`/api/v1/services/${id}`).expect(200)).body.description).toBe(winner);
    expect(await versionOf(api, id)).toBe(version + 1);
  });
});

describe('bad input', () => {
  const metadataCount = async () => (await api.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM metadata'))[0].n;
  const revisionCount = async () => (await api.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM revision'))[0].n;

  it.each([
    ['an unknown field', { organizationId: '00000000-0000-4000-8000-000000000000' }, 'changes.organizationId'],
    ['an empty name', { name: '' }, 'changes.name'],
    ['a null name', { name: null }, 'changes.name'],
    ['a wrong status', { status: 'gesloten' }, 'changes.status'],
    ['a wrong e-mail', { email: 'geen-adres' }, 'changes.email'],
    ['an unknown translation language', { translations: { xx: { name: 'Nom' } } }, 'changes.translations'],
    ['nothing to change', {}, 'changes'],
  ])('%s: 400 problem+json naming the field, nothing written', async (_, changes, field) => {
    const id = services[0];
    const [version, metadata, revisions] = [await versionOf(api, id), await metadataCount(), await revisionCount()];
    for (const session of [moderator, editor]) {
      const response = expectStatus(await patch(session, id, changes), 400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ name: field, in: 'body' }));
    }
    expect([await versionOf(api, id), await metadataCount(), await revisionCount()]).toEqual([version, metadata, revisions]);
  });

  it('a missing version is named', async () => {
    const response = await write(api, 'patch', `/api/v1/services/${services[0]}`, moderator)
      .send({ changes: { name: 'X' } })
      .expect(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ name: 'version' }));
  });
});
