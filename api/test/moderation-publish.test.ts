// Hole 8 of issue #11: publishing a draft was approved blind, the moderation diff showing only
// `publicationState`. A revision that would make a listing public says so (`publishes`) and its
// diff lists every field the public would then see, `before` null (the public sees a 404 now).
// Against a real PostgreSQL and the real HTTP app.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type TestSession, write } from './support/auth.js';
import { expectStatus, startEditingWorld, versionOf } from './support/editing.js';
import type { TestApp } from './support/test-app.js';

let api: TestApp;
let org: string;
let services: string[];
let moderator: TestSession;
let editor: TestSession;

interface Diff {
  field: string;
  before: unknown;
  after: unknown;
}
interface QueuedRevision {
  id: string;
  publishes: boolean;
  diff: Diff[];
}

const patch = async (id: string, changes: object): Promise<request.Response> =>
  write(api, 'patch', `/api/v1/services/${id}`, editor).send({ version: await versionOf(api, id), changes });
const queued = async (revisionId: string): Promise<QueuedRevision> => {
  const queue = (await request(api.url).get('/api/v1/revisions?status=pending').set('cookie', moderator.cookie).expect(200)).body;
  return queue.find((r: { id: string }) => r.id === revisionId);
};

beforeAll(async () => {
  ({ api, org, services, moderator, editor } = await startEditingWorld(1));
});
afterAll(async () => {
  await api.close();
});

describe('a revision that publishes a draft', () => {
  let id: string;
  let revisionId: string;

  beforeAll(async () => {
    id = expectStatus(await write(api, 'post', `/api/v1/organizations/${org}/services`, editor).send({ name: 'Schuldhulp Kiel' }), 201).body
      .id;
    // A draft changes at once: the moderator has never seen any of this.
    const hidden = {
      description: 'Gratis hulp bij schulden, elke woensdag.',
      email: 'kiel@example.org',
      url: 'https://example.org/kiel',
      languages: ['nl', 'fr'],
      costs: [{ option: 'gratis', amount: 0 }],
    };
    expect(expectStatus(await patch(id, hidden), 200).body.outcome).toBe('applied');
    const publish = expectStatus(await patch(id, { publicationState: 'published', feesDescription: 'Gratis' }), 200);
    expect(publish.body.outcome).toBe('pending');
    revisionId = publish.body.revisionId;
  });

  it('says that approving publishes it, and diffs every public field against nothing', async () => {
    const revision = await queued(revisionId);
    expect(revision.publishes).toBe(true);
    const byField = new Map(revision.diff.map((d) => [d.field, d]));
    expect(byField.get('publicationState')).toEqual({ field: 'publicationState', before: 'draft', after: 'published' });
    // Fields changed while a draft, and the one proposed with the publication.
    expect(byField.get('name')).toEqual({ field: 'name', before: null, after: 'Schuldhulp Kiel' });
    expect(byField.get('description')).toEqual({ field: 'description', before: null, after: 'Gratis hulp bij schulden, elke woensdag.' });
    expect(byField.get('email')).toEqual({ field: 'email', before: null, after: 'kiel@example.org' });
    expect(byField.get('url')).toEqual({ field: 'url', before: null, after: 'https://example.org/kiel' });
    expect(byField.get('feesDescription')).toEqual({ field: 'feesDescription', before: null, after: 'Gratis' });
    expect(byField.get('languages')).toEqual({ field: 'languages', before: null, after: ['fr', 'nl'] });
    expect(byField.get('costs')).toMatchObject({ before: null, after: [{ option: 'gratis', amount: 0 }] });
    // Nothing empty is listed as if it were content.
    for (const d of revision.diff) expect([d.field, d.after]).not.toEqual([d.field, null]);
    // The editor sees the same revision in their own list.
    const mine = (await request(api.url).get('/api/v1/revisions?mine=true').set('cookie', editor.cookie).expect(200)).body;
    expect(mine.find((r: { id: string }) => r.id === revisionId)).toMatchObject({ publishes: true, diff: revision.diff });
  });

  it('publishes exactly what the diff showed', async () => {
    const revision = await queued(revisionId);
    await write(api, 'post', `/api/v1/revisions/${revisionId}/approve`, moderator).send({}).expect(200);
    const published = (await request(api.url).get(`/api/v1/services/${id}`).expect(200)).body;
    for (const field of ['name', 'description', 'email', 'url', 'feesDescription']) {
      expect([field, published[field]]).toEqual([field, revision.diff.find((d) => d.field === field)?.after]);
    }
  });
});

describe('a revision of a published listing', () => {
  it('does not publish anything new: only the changed field, against its published value', async () => {
    const [id] = services;
    const before = (await request(api.url).get(`/api/v1/services/${id}`).expect(200)).body.name;
    const response = expectStatus(await patch(id, { name: 'Andere naam (moderatie)' }), 200);
    const revision = await queued(response.body.revisionId);
    expect(revision).toMatchObject({ publishes: false, diff: [{ field: 'name', before, after: 'Andere naam (moderatie)' }] });
  });

  it('archiving is not publishing: the diff is the publication state alone', async () => {
    const [id] = services;
    const response = expectStatus(await patch(id, { publicationState: 'archived' }), 200);
    const revision = await queued(response.body.revisionId);
    expect(revision).toMatchObject({ publishes: false, diff: [{ field: 'publicationState', before: 'published', after: 'archived' }] });
  });
});
