// An organisation's own details (name, description, e-mail, website, translations) through the
// same revisions as a service: pending for an untrusted organisation, in the same queue, published
// everywhere once approved (its services are re-indexed), recorded, and refused when malformed or
// edited from an old version. Against a real PostgreSQL and the real HTTP app.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type TestSession, write } from './support/auth.js';
import { drainOutbox, startEditingWorld, expectStatus } from './support/editing.js';
import type { TestApp } from './support/test-app.js';

let api: TestApp;
let org: string;
let moderator: TestSession;
let editor: TestSession;

const approve = (revisionId: string) => write(api, 'post', `/api/v1/revisions/${revisionId}/approve`, moderator).send({});

beforeAll(async () => {
  ({ api, org, moderator, editor } = await startEditingWorld(1));
});
afterAll(async () => {
  await api.close();
});

describe("an organisation's own details", () => {
  const patchOrganization = async (session: TestSession, changes: object, version?: number) =>
    write(api, 'patch', `/api/v1/organizations/${org}`, session).send({
      version:
        version ??
        (await request(api.url).get(`/api/v1/organizations/${org}/editable`).set('cookie', session.cookie).expect(200)).body.version,
      changes,
    });
  const publicOrganization = async () => (await request(api.url).get(`/api/v1/organizations/${org}`).expect(200)).body;

  it('an editor’s change waits in the queue as an organisation revision, then is published everywhere', async () => {
    const before = await publicOrganization();
    const response = expectStatus(
      await patchOrganization(editor, { name: 'Vzw Klaproos Noord', website: 'https://klaproos.example.org' }),
      200,
    );
    expect(response.body).toMatchObject({ outcome: 'pending', organization: { name: before.name } });
    expect((await publicOrganization()).name).toBe(before.name);

    const pending = (await request(api.url).get(`/api/v1/organizations/${org}/editable`).set('cookie', editor.cookie).expect(200)).body;
    expect(pending.pendingRevisions.map((r: { id: string }) => r.id)).toEqual([response.body.revisionId]);
    const queue = (await request(api.url).get('/api/v1/revisions').set('cookie', moderator.cookie).expect(200)).body as {
      id: string;
      resourceType: string;
      resourceName: string;
      diff: { field: string; after: unknown }[];
    }[];
    const revision = queue.find((r) => r.id === response.body.revisionId)!;
    expect(revision).toMatchObject({ resourceType: 'organization', resourceName: before.name });
    expect(revision.diff).toContainEqual({ field: 'name', before: before.name, after: 'Vzw Klaproos Noord' });

    const approved = expectStatus(await approve(response.body.revisionId), 200);
    expect(approved.body).toMatchObject({ outcome: 'applied', organization: { name: 'Vzw Klaproos Noord' } });
    expect((await publicOrganization()).name).toBe('Vzw Klaproos Noord');
    // The organisation's name is in its services' search documents.
    await drainOutbox(api);
    const hits = (await request(api.url).get('/api/v1/search?q=klaproos').expect(200)).body.hits as { organization: { name: string } }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.organization.name === 'Vzw Klaproos Noord')).toBe(true);

    const history = (await request(api.url).get(`/api/v1/organizations/${org}/history`).set('cookie', editor.cookie).expect(200)).body;
    expect(history[0]).toMatchObject({ actionType: 'update', updatedBy: editor.body.user.id, revisionId: response.body.revisionId });
    expect(history[0].fields).toContainEqual({ field: 'website', before: expect.anything(), after: 'https://klaproos.example.org' });
  });

  it('bad details are 400s naming the field; a stale version is a 409 with the current details', async () => {
    for (const [changes, name] of [
      [{ website: 'klaproos.be' }, 'changes.website'],
      [{ name: '' }, 'changes.name'],
      [{ translations: { fr: { applicationProcess: 'Non' } } }, 'changes.translations'],
    ] as const) {
      const response = expectStatus(await patchOrganization(moderator, changes), 400);
      expect(response.body.errors.map((e: { name: string }) => e.name)).toContain(name);
    }
    const conflict = expectStatus(await patchOrganization(moderator, { alternateName: 'Klaproos' }, 1), 409);
    expect(conflict.body.current).toMatchObject({ id: org, name: 'Vzw Klaproos Noord' });
  });
});
