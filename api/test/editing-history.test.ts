// History and rollback, verification, and the stale-listing overview.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type TestSession, write } from './support/auth.js';
import { drainOutbox, organizationWithServices, publishedServiceIds, versionOf, startEditingWorld } from './support/editing.js';
import type { TestApp } from './support/test-app.js';

let api: TestApp;
let org: string;
let services: string[];
let moderator: TestSession;
let editor: TestSession;

const detail = async (id: string) => (await request(api.url).get(`/api/v1/services/${id}`).expect(200)).body;
const edit = async (id: string, changes: object) =>
  write(api, 'patch', `/api/v1/services/${id}`, moderator)
    .send({ version: await versionOf(api, id), changes })
    .then((r) => expect(r.status).toBe(200));
const history = async (id: string) =>
  (await request(api.url).get(`/api/v1/services/${id}/history`).set('cookie', moderator.cookie).expect(200)).body as {
    id: string;
    actionType: string;
    fields: { field: string; before: unknown; after: unknown }[];
  }[];

beforeAll(async () => {
  ({ api, org, services, moderator, editor } = await startEditingWorld(2));
});
afterAll(async () => {
  await api.close();
});

describe('history and rollback', () => {
  it('rolls back to a change, restoring every field after it, as a recorded change of its own', async () => {
    const id = services[0];
    const original = await detail(id);
    await edit(id, { name: 'Eerste naam', description: 'Eerste beschrijving' });
    const [first] = await history(id);
    await edit(id, { name: 'Tweede naam', email: 'tweede@example.org', translations: { fr: { name: 'Deuxième' } } });
    expect((await history(id))[0].fields.map((f) => f.field)).toEqual(['email', 'name', 'translations']);

    const version = await versionOf(api, id);
    const rollback = await write(api, 'post', `/api/v1/services/${id}/rollback`, moderator)
      .send({ toChangeId: first.id, version })
      .expect(200);
    expect(rollback.body).toMatchObject({
      outcome: 'applied',
      service: { name: 'Eerste naam', description: 'Eerste beschrijving', version: version + 1 },
    });
    const restored = await detail(id);
    expect(restored).toMatchObject({ name: 'Eerste naam', email: original.email });
    expect(restored.translations ?? {}).toEqual(original.translations ?? {});

    const [latest] = await history(id);
    expect(latest.actionType).toBe('rollback');
    expect(latest.fields).toContainEqual({ field: 'name', before: 'Tweede naam', after: 'Eerste naam' });

    // To a moment before every edit: the original values again.
    const toStart = await write(api, 'post', `/api/v1/services/${id}/rollback`, moderator)
      .send({ toTimestamp: '2000-01-01T00:00:00Z', version: version + 1 })
      .expect(200);
    expect(toStart.body.service).toMatchObject({ name: original.name, description: original.description });
    // A stale version is refused.
    await write(api, 'post', `/api/v1/services/${id}/rollback`, moderator).send({ toChangeId: first.id, version }).expect(409);
    // A change of another service is not found; neither target is a 400.
    const other = await history(services[1]);
    expect(other).toEqual([]);
    await write(api, 'post', `/api/v1/services/${services[1]}/rollback`, moderator)
      .send({ toChangeId: first.id, version: await versionOf(api, services[1]) })
      .expect(404);
    const bad = await write(api, 'post', `/api/v1/services/${id}/rollback`, moderator).send({ version: 1 }).expect(400);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ name: 'toChangeId' }));
  });

  it('editors see their organisation’s history; not others’', async () => {
    await request(api.url).get(`/api/v1/services/${services[0]}/history`).set('cookie', editor.cookie).expect(200);
    const outsider = await organizationWithServices(api, 1, [org]);
    const [foreign] = await publishedServiceIds(api, 1, outsider);
    await request(api.url).get(`/api/v1/services/${foreign}/history`).set('cookie', editor.cookie).expect(403);
    await request(api.url).get(`/api/v1/services/${foreign}/history`).expect(401);
  });
});

describe('verification', () => {
  it('sets lastVerifiedAt, records it, and reaches search', async () => {
    const id = services[1];
    const version = await versionOf(api, id);
    const response = await write(api, 'post', `/api/v1/services/${id}/verify`, editor).expect(200);
    expect(response.body).toMatchObject({ lastVerifiedAt: expect.any(String), lastVerifiedBy: editor.body.user.id });
    expect(Date.now() - Date.parse(response.body.lastVerifiedAt)).toBeLessThan(60_000);
    expect((await detail(id)).lastVerifiedAt).toBe(response.body.lastVerifiedAt);
    // Not an edit of the content: an editor holding the version can still save.
    expect(await versionOf(api, id)).toBe(version);
    expect((await history(id))[0]).toMatchObject({
      actionType: 'verify',
      fields: [expect.objectContaining({ field: 'lastVerifiedAt' })],
    });

    await drainOutbox(api);
    const name = (await detail(id)).name as string;
    const hits = (
      await request(api.url)
        .get(`/api/v1/search?q=${encodeURIComponent(name)}&pageSize=100`)
        .expect(200)
    ).body.hits;
    expect(hits.find((h: { id: string }) => h.id === id)?.lastVerifiedAt).toBe(response.body.lastVerifiedAt);
  });
});

describe('the stale overview', () => {
  let ids: { never: string; old: string; older: string; fresh: string };
  let district: string;
  let lifeDomain: string;

  beforeAll(async () => {
    const q = api.db.dataSource.query.bind(api.db.dataSource);
    await q(`UPDATE service SET last_verified_at = now()`);
    const [withPlace] = await q(
      `SELECT s.id, l.district_id FROM service s JOIN organization o ON o.id = s.organization_id
       JOIN service_at_location x ON x.service_id = s.id JOIN location l ON l.id = x.location_id
       WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND l.district_id IS NOT NULL ORDER BY s.id LIMIT 1`,
    );
    const [withDomain] = await q(
      `SELECT s.id, t.code FROM service s JOIN organization o ON o.id = s.organization_id
       JOIN attribute a ON a.service_id = s.id JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
       WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND t.taxonomy = 'levensdomein'
         AND t.code LIKE '%/%' AND s.id <> $1 ORDER BY s.id LIMIT 1`,
      [withPlace.id],
    );
    const others = (await publishedServiceIds(api, 10)).filter((i) => i !== withPlace.id && i !== withDomain.id);
    ids = { never: others[0], old: withPlace.id, older: withDomain.id, fresh: others[1] };
    district = withPlace.district_id;
    lifeDomain = (withDomain.code as string).split('/')[0];
    await q(`UPDATE service SET last_verified_at = NULL WHERE id = $1`, [ids.never]);
    await q(`UPDATE service SET last_verified_at = now() - interval '400 days' WHERE id = $1`, [ids.older]);
    await q(`UPDATE service SET last_verified_at = now() - interval '200 days' WHERE id = $1`, [ids.old]);
    await q(`UPDATE service SET last_verified_at = now() - interval '100 days' WHERE id = $1`, [ids.fresh]);
  });

  const stale = async (query = '') =>
    (await request(api.url).get(`/api/v1/moderation/stale${query}`).set('cookie', moderator.cookie).expect(200)).body;

  it('lists never-verified first, then oldest; recent ones not at all', async () => {
    const page = await stale();
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([ids.never, ids.older, ids.old]);
    expect(page).toMatchObject({ total: 3, page: 1 });
    expect(page.items[0]).toMatchObject({ lastVerifiedAt: null, daysSinceVerified: null });
    expect(page.items[1].daysSinceVerified).toBe(400);
  });

  it('filters by district (a location in it) and by life domain (a parent includes its children)', async () => {
    expect((await stale(`?district=${district}`)).items.map((i: { id: string }) => i.id)).toContain(ids.old);
    expect((await stale(`?district=${district}`)).items.map((i: { id: string }) => i.id)).not.toContain(ids.fresh);
    const byDomain = (await stale(`?lifeDomain=${lifeDomain}`)).items.map((i: { id: string }) => i.id);
    expect(byDomain).toContain(ids.older);
    expect((await stale('?lifeDomain=bestaat-niet')).total).toBe(0);
    expect((await stale('?pageSize=1&page=2')).items.map((i: { id: string }) => i.id)).toEqual([ids.older]);
  });

  it('is for moderators only, and names bad filters', async () => {
    await request(api.url).get('/api/v1/moderation/stale').set('cookie', editor.cookie).expect(403);
    const bad = await request(api.url)
      .get('/api/v1/moderation/stale?district=Not%20a%20district')
      .set('cookie', moderator.cookie)
      .expect(400);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ name: 'district', in: 'query' }));
  });
});
