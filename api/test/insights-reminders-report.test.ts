// Reminders to organisations with stale listings (moderators: the list with its mails, sending
// once per week, audited) and the district report's data, against brute-force counts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { Mail } from '../src/modules/auth/mailer.js';
import { createUser, login, recordMails, type TestSession, write } from './support/auth.js';
import { names, type PlainService, plainServices, servesCity } from './support/insights.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let moderator: TestSession;
let editor: TestSession;
let mails: Mail[];
let services: PlainService[];
let staleOrganization: string;

beforeAll(async () => {
  api = await startTestApp();
  mails = recordMails(api);
  await createUser(api, { email: 'moderator@example.org', role: 'moderator' });
  await createUser(api, { email: 'editor@example.org', role: 'editor' });
  moderator = await login(api, 'moderator@example.org');
  editor = await login(api, 'editor@example.org');
  // Two stale listings of one organisation with an address, for certain.
  const [row] = await api.db.dataSource.query<{ organization_id: string }[]>(
    `SELECT s.organization_id FROM service s JOIN organization o ON o.id = s.organization_id
     WHERE s.publication_state = 'published' AND s.status = 'active' AND o.publication_state = 'published'
     GROUP BY s.organization_id HAVING count(*) >= 2 ORDER BY s.organization_id LIMIT 1`,
  );
  staleOrganization = row.organization_id;
  await api.db.dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE organization SET email = 'info@stale.example' WHERE id = $1`, [staleOrganization]);
    const stale = await manager.query<{ id: string }[]>(`SELECT id FROM service WHERE organization_id = $1 ORDER BY id LIMIT 2`, [
      staleOrganization,
    ]);
    for (const s of stale) {
      await manager.query(`UPDATE service SET last_verified_at = now() - interval '400 days' WHERE id = $1`, [s.id]);
      await manager.query('INSERT INTO service_change (service_id) VALUES ($1)', [s.id]);
    }
  });
  services = await plainServices(api.db.dataSource);
  // Two argon2 logins after the app starts: past Jest's minute on a loaded 2-core machine.
}, 180_000);
afterAll(async () => {
  await api.close();
});

const isStale = (s: PlainService) => s.lastVerifiedAt === null || Date.now() - s.lastVerifiedAt.getTime() > 180 * 24 * 60 * 60 * 1000;

describe('reminders', () => {
  it('lists every organisation with stale listings and the mail it would get, to moderators only', async () => {
    await request(api.url).get('/api/v1/insights/freshness/reminders').expect(401);
    await request(api.url).get('/api/v1/insights/freshness/reminders').set('cookie', editor.cookie).expect(403);
    const { body } = await request(api.url).get('/api/v1/insights/freshness/reminders').set('cookie', moderator.cookie).expect(200);
    const expected = new Map<string, number>();
    for (const s of services.filter(isStale)) expected.set(s.organizationId, (expected.get(s.organizationId) ?? 0) + 1);
    const listed = body.reminders as {
      organization: { id: string; email: string | null };
      staleListings: { name: string }[];
      mail: Mail | null;
      sentThisWeekAt: string | null;
    }[];
    expect(Object.fromEntries(listed.map((r) => [r.organization.id, r.staleListings.length]))).toEqual(Object.fromEntries(expected));
    // Every organisation with stale listings is counted; at most 100 are listed (the demo has fewer).
    expect(body.total).toBe(expected.size);
    expect(listed.length).toBe(Math.min(100, expected.size));
    // The mail names each listing's last check as a Dutch date, or says it never had one.
    expect(listed.every((r) => !r.mail || /laatst nagekeken op \d{1,2} [a-z]+ \d{4}|nog nooit nagekeken/.test(r.mail.text))).toBe(true);
    const ours = listed.find((r) => r.organization.id === staleOrganization)!;
    expect(ours.mail).toMatchObject({ to: 'info@stale.example', subject: expect.stringContaining('klopt de informatie') });
    for (const listing of ours.staleListings) expect(ours.mail!.text).toContain(`- ${listing.name} (`);
    expect(ours.sentThisWeekAt).toBeNull();
  });

  it('sends once per organisation and week through the mail module, records it, and needs the CSRF token', async () => {
    const body = { organizationIds: [staleOrganization] };
    await request(api.url).post('/api/v1/insights/freshness/reminders').set('cookie', moderator.cookie).send(body).expect(403);
    await write(api, 'post', '/api/v1/insights/freshness/reminders', editor).send(body).expect(403);
    expect(mails).toHaveLength(0);

    const first = await write(api, 'post', '/api/v1/insights/freshness/reminders', moderator).send(body).expect(200);
    expect(first.body).toMatchObject({ sent: [staleOrganization], skipped: [] });
    expect(mails.map((m) => m.to)).toEqual(['info@stale.example']);
    const again = await write(api, 'post', '/api/v1/insights/freshness/reminders', moderator).send(body).expect(200);
    expect(again.body).toMatchObject({ sent: [], skipped: [{ organizationId: staleOrganization, reason: 'already-sent-this-week' }] });
    expect(mails).toHaveLength(1);

    const audit = await api.db.dataSource.query<{ last_action_type: string; updated_by: string }[]>(
      `SELECT m.last_action_type, m.updated_by FROM metadata m WHERE m.resource_id = $1 AND m.field_name = 'freshness_reminder'`,
      [staleOrganization],
    );
    const [{ id: moderatorId }] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = 'moderator@example.org'`,
    );
    expect(audit).toEqual([{ last_action_type: 'remind', updated_by: moderatorId }]);
    const listed = (await request(api.url).get('/api/v1/insights/freshness/reminders').set('cookie', moderator.cookie).expect(200)).body;
    expect(
      listed.reminders.find((r: { organization: { id: string } }) => r.organization.id === staleOrganization).sentThisWeekAt,
    ).not.toBeNull();
    // Reminded this week: after every organisation not yet reminded, so the next send reaches others.
    const sentFlags = listed.reminders.map((r: { sentThisWeekAt: string | null }) => r.sentThisWeekAt !== null);
    expect(sentFlags.length).toBeGreaterThan(1);
    expect(sentFlags).toEqual([...sentFlags].sort((a: boolean, b: boolean) => Number(a) - Number(b)));
  });

  it('skips organisations without stale listings or unknown ones, and refuses bad input with a 400 naming the field', async () => {
    const fresh = services.find((s) => !services.some((x) => x.organizationId === s.organizationId && isStale(x)))?.organizationId;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const { body } = await write(api, 'post', '/api/v1/insights/freshness/reminders', moderator)
      .send({ organizationIds: [...(fresh ? [fresh] : []), unknown] })
      .expect(200);
    expect(body.skipped).toEqual([
      ...(fresh ? [{ organizationId: fresh, reason: 'nothing-stale' }] : []),
      { organizationId: unknown, reason: 'not-found' },
    ]);
    const bad = await write(api, 'post', '/api/v1/insights/freshness/reminders', moderator)
      .send({ organizationIds: ['nope'] })
      .expect(400);
    expect(JSON.stringify(bad.body.errors)).toContain('organizationIds');
    await write(api, 'post', '/api/v1/insights/freshness/reminders', moderator).send({ organizationIds: [] }).expect(400);
  });
});

describe('GET /api/v1/insights/districts/:id/report', () => {
  it('gathers the district’s coverage, its wijken, gaps, freshness and searches', async () => {
    const { body } = await request(api.url).get('/api/v1/insights/districts/borgerhout/report').expect(200);
    expect(body.district).toEqual({ id: 'borgerhout', name: 'Borgerhout', population: null });
    const serving = services.filter((s) => servesCity(s) || names(s, 'district', 'borgerhout'));
    expect(body.coverage.total.serving).toBe(serving.length);
    const wijken = await api.db.dataSource.query<{ id: string }[]>(`SELECT id FROM wijk WHERE district_id = 'borgerhout' ORDER BY id`);
    expect((body.wijken as { id: string }[]).map((w) => w.id).sort()).toEqual(wijken.map((w) => w.id));
    const areas = new Set(['borgerhout', ...wijken.map((w) => w.id)]);
    expect((body.gaps as { areaId: string }[]).every((g) => areas.has(g.areaId))).toBe(true);
    expect(body.freshness.district).toMatchObject({
      id: 'borgerhout',
      listings: serving.length,
      verified: serving.filter((s) => !isStale(s)).length,
    });
    expect(body.freshness.oldest.length).toBe(Math.min(10, serving.length));
    expect(body.searches.weekly).toHaveLength(8);
  });

  it('answers an unknown district with 404 and a malformed id with 400', async () => {
    await request(api.url).get('/api/v1/insights/districts/atlantis/report').expect(404);
    const bad = await request(api.url).get('/api/v1/insights/districts/Bad_Id/report').expect(400);
    expect(bad.body.errors.map((e: { name: string }) => e.name)).toEqual(['id']);
  });
});
