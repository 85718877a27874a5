// Editing a service's child rows as whole values: opening hours (split hours, holidays, closures,
// a temporary closure), languages, life domains, target groups, costs, service area and locations
// with a pin. Through revisions like the text fields: pending for an untrusted organisation, then
// visible in the detail, search and the offline feed once approved; recorded and rolled back.
// New services start as drafts; publishing one is moderated. Against a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type TestSession, write } from './support/auth.js';
import { drainOutbox, feedChangeOf, feedCursor, startEditingWorld, versionOf, expectStatus } from './support/editing.js';
import type { TestApp } from './support/test-app.js';

let api: TestApp;
let org: string;
let services: string[];
let moderator: TestSession;
let editor: TestSession;

const patch = async (session: TestSession, id: string, changes: object, version?: number): Promise<request.Response> =>
  write(api, 'patch', `/api/v1/services/${id}`, session).send({ version: version ?? (await versionOf(api, id)), changes });
const detail = async (id: string) => (await request(api.url).get(`/api/v1/services/${id}`).expect(200)).body;
const editable = async (session: TestSession, id: string) =>
  (await request(api.url).get(`/api/v1/services/${id}/editable`).set('cookie', session.cookie).expect(200)).body;
const approve = (revisionId: string) => write(api, 'post', `/api/v1/revisions/${revisionId}/approve`, moderator).send({});

const HOURS = {
  weekly: [
    { day: 'TU', opens: '13:00', closes: '17:00', validFrom: null, validTo: null },
    { day: 'TU', opens: '09:00', closes: '12:00', validFrom: null, validTo: null },
    { day: 'TH', opens: '18:00', closes: '21:30', validFrom: null, validTo: null },
  ],
  closures: [{ from: '2026-12-24', to: '2026-12-26', reason: 'Kerstverlof' }],
  temporaryClosure: { from: '2027-02-01', to: '2027-02-14', message: 'Gesloten wegens verbouwing, kom naar de Kern in Deurne.' },
  opensOnHolidays: true,
};

beforeAll(async () => {
  ({ api, org, services, moderator, editor } = await startEditingWorld(3));
});
afterAll(async () => {
  await api.close();
});

describe('opening hours through a revision', () => {
  it('stay pending for an untrusted organisation, then reach the detail, search and the feed when approved', async () => {
    const id = services[0];
    const before = await detail(id);
    const response = expectStatus(await patch(editor, id, { openingHours: HOURS }), 200);
    expect(response.body.outcome).toBe('pending');
    // The editor sees the pending revision with the proposed hours; the public sees the old ones.
    const mine = await editable(editor, id);
    expect(mine.pendingRevisions).toHaveLength(1);
    expect(mine.pendingRevisions[0].diff.map((d: { field: string }) => d.field)).toEqual(['openingHours']);
    expect((await detail(id)).schedules).toEqual(before.schedules);

    const since = await feedCursor(api);
    expectStatus(await approve(response.body.revisionId), 200);
    const schedules = (await detail(id)).schedules as {
      byday: string | null;
      opensAt: string | null;
      validFrom: string | null;
      notes: string | null;
    }[];
    expect(
      schedules
        .filter((s) => s.byday)
        .map((s) => `${s.byday} ${s.opensAt}`)
        .sort(),
    ).toEqual(['TH 18:00:00', 'TU 09:00:00', 'TU 13:00:00']);
    expect(
      schedules
        .filter((s) => !s.opensAt)
        .map((s) => s.validFrom)
        .sort(),
    ).toEqual(['2026-12-24', '2027-02-01']);
    expect(schedules.find((s) => s.notes === 'temporary-closure')).toMatchObject({ validFrom: '2027-02-01' });
    // Read back in the editor's form, sorted: the same value gives no diff.
    expect((await editable(editor, id)).openingHours).toEqual({
      ...HOURS,
      weekly: [HOURS.weekly[1], HOURS.weekly[0], HOURS.weekly[2]],
    });
    expect(expectStatus(await patch(moderator, id, { openingHours: HOURS }), 200).body.outcome).toBe('unchanged');

    await drainOutbox(api);
    const change = (await feedChangeOf(api, since, id)) as unknown as { service: { opensOnHolidays: boolean; temporaryClosure?: object } };
    expect(change.service.opensOnHolidays).toBe(true);
    // The device shows the temporary closure from its own copy, offline too.
    expect(change.service.temporaryClosure).toEqual(HOURS.temporaryClosure);
  });

  it('is in the history with before and after, and a rollback restores the earlier hours as a new change', async () => {
    const id = services[0];
    const history = (await request(api.url).get(`/api/v1/services/${id}/history`).set('cookie', moderator.cookie).expect(200)).body;
    const change = history.find((h: { fields: { field: string }[] }) => h.fields.some((f) => f.field === 'openingHours'));
    const field = change.fields.find((f: { field: string }) => f.field === 'openingHours');
    expect(field.after.temporaryClosure.message).toBe(HOURS.temporaryClosure.message);
    const earlier = field.before;
    // The moment just before that change: every field edited since gets the value it had then.
    const toTimestamp = new Date(Date.parse(change.at) - 1).toISOString();
    const rolledBack = expectStatus(
      await write(api, 'post', `/api/v1/services/${id}/rollback`, moderator).send({ toTimestamp, version: await versionOf(api, id) }),
      200,
    );
    expect(rolledBack.body.outcome).toBe('applied');
    expect(rolledBack.body.service.openingHours).toEqual(earlier);
    expect(rolledBack.body.service.openingHours).not.toEqual(field.after);
    const [latest] = (await request(api.url).get(`/api/v1/services/${id}/history`).set('cookie', moderator.cookie).expect(200)).body;
    expect(latest).toMatchObject({ actionType: 'rollback', updatedBy: moderator.body.user.id });
    expect(latest.fields.find((f: { field: string }) => f.field === 'openingHours')).toEqual({
      field: 'openingHours',
      before: field.after,
      after: earlier,
    });
  });
});

describe('a rejected revision', () => {
  it('is never published; the editor sees it with the moderator’s comment', async () => {
    const id = services[1];
    const before = (await editable(moderator, id)).costs;
    const proposal = expectStatus(await patch(editor, id, { costs: [{ option: 'Bijdrage', amount: 12.5 }] }), 200);
    expectStatus(
      await write(api, 'post', `/api/v1/revisions/${proposal.body.revisionId}/reject`, moderator).send({
        comment: 'Klopt niet met de website.',
      }),
      200,
    );
    const mine = await editable(editor, id);
    expect(mine.costs).toEqual(before);
    expect(mine.pendingRevisions).toEqual([]);
    expect(mine.rejectedRevisions[0]).toMatchObject({
      id: proposal.body.revisionId,
      status: 'rejected',
      comment: 'Klopt niet met de website.',
    });
    expect((await detail(id)).costOptions.map((c: { amount: number }) => c.amount)).not.toContain(12.5);
  });
});

describe('classification, languages, costs and area', () => {
  it('a moderator’s change is published at once and found by the search filters', async () => {
    const id = services[1];
    const changes = {
      languages: ['ar', 'nl', 'nl'],
      lifeDomains: ['inkomen/schuldhulp'],
      targetGroups: ['nieuwkomers'],
      costs: [{ option: 'Gratis', amount: 0 }],
      serviceArea: [
        { scope: 'district', code: 'borgerhout' },
        { scope: 'wijk', code: '11002A00' },
      ],
    };
    const codes = await api.db.dataSource.query<{ code: string; taxonomy: string }[]>(
      `SELECT code, taxonomy FROM taxonomy_term WHERE (taxonomy = 'doelgroep' AND code = 'nieuwkomers') OR (taxonomy = 'levensdomein' AND code = 'inkomen/schuldhulp')`,
    );
    expect(codes).toHaveLength(2);
    const [wijk] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM wijk WHERE district_id = 'borgerhout' ORDER BY id LIMIT 1`,
    );
    changes.serviceArea[1].code = wijk.id;
    const response = expectStatus(await patch(moderator, id, changes), 200);
    expect(response.body.outcome).toBe('applied');
    expect(response.body.service).toMatchObject({ languages: ['ar', 'nl'], costs: [{ option: 'Gratis', amount: 0 }] });
    const published = await detail(id);
    expect(published.languages.map((l: { code: string }) => l.code).sort()).toEqual(['ar', 'nl']);
    expect(published.serviceAreas.map((a: { uri: string }) => a.uri).sort()).toEqual([
      'urn:antwerpen:district:borgerhout',
      `urn:antwerpen:wijk:${wijk.id}`,
    ]);

    await drainOutbox(api);
    const hits = (await request(api.url).get(`/api/v1/search?language=ar&lifeDomain=inkomen/schuldhulp&free=true`).expect(200)).body
      .hits as { id: string }[];
    expect(hits.map((h) => h.id)).toContain(id);
  });

  it('unknown codes and impossible hours are 400s naming the input, and nothing is written', async () => {
    const id = services[1];
    const version = await versionOf(api, id);
    const cases: [object, string][] = [
      [{ languages: ['nl', 'xx'] }, 'changes.languages.1'],
      [{ lifeDomains: ['bestaat/niet'] }, 'changes.lifeDomains.0'],
      [{ serviceArea: [{ scope: 'district', code: 'atlantis' }] }, 'changes.serviceArea.0.code'],
      [
        {
          serviceArea: [
            { scope: 'city', code: null },
            { scope: 'district', code: 'borgerhout' },
          ],
        },
        'changes.serviceArea',
      ],
      [{ costs: [{ option: 'Bijdrage', amount: -5 }] }, 'changes.costs.0.amount'],
      [
        { openingHours: { ...HOURS, weekly: [{ day: 'MO', opens: '9:00', closes: '12:00', validFrom: null, validTo: null }] } },
        'changes.openingHours.weekly.0.opens',
      ],
      [
        { openingHours: { ...HOURS, weekly: [{ day: 'MO', opens: '09:00', closes: '09:00', validFrom: null, validTo: null }] } },
        'changes.openingHours.weekly.0.closes',
      ],
      [
        {
          openingHours: {
            ...HOURS,
            weekly: [
              { day: 'MO', opens: '09:00', closes: '12:00', validFrom: null, validTo: null },
              { day: 'MO', opens: '11:00', closes: '14:00', validFrom: null, validTo: null },
            ],
          },
        },
        'changes.openingHours.weekly.1.opens',
      ],
      [
        { openingHours: { ...HOURS, closures: [{ from: '2026-12-24', to: '2026-12-20', reason: null }] } },
        'changes.openingHours.closures.0.to',
      ],
      [
        { openingHours: { ...HOURS, temporaryClosure: { from: '2027-01-01', to: '2027-01-10', message: ' ' } } },
        'changes.openingHours.temporaryClosure.message',
      ],
      [{ openingHours: { ...HOURS, weekly: [{ day: 'XX', opens: '09:00', closes: '12:00' }] } }, 'changes.openingHours.weekly.0.day'],
      [
        { locations: [{ id: null, name: null, address1: null, postalCode: null, city: null, latitude: null, longitude: null }] },
        'changes.locations.0.name',
      ],
      [
        { locations: [{ id: null, name: 'X', address1: 'Straat 1', postalCode: '2140', city: null, latitude: null, longitude: null }] },
        'changes.locations.0.city',
      ],
    ];
    const counts = async () =>
      (await api.db.dataSource.query<{ n: string }[]>(`SELECT (SELECT count(*) FROM metadata) + (SELECT count(*) FROM revision) AS n`))[0]
        .n;
    const written = await counts();
    for (const [changes, name] of cases) {
      for (const session of [moderator, editor]) {
        const response = expectStatus(await patch(session, id, changes, version), 400);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.errors.map((e: { name: string }) => e.name)).toContain(name);
      }
    }
    expect([await versionOf(api, id), await counts()]).toEqual([version, written]);
  });
});

describe('locations', () => {
  it('a new location gets its district and wijk from the pin; another organisation’s location is refused', async () => {
    const id = services[2];
    const location = {
      id: null,
      name: 'Wijkpunt Kern',
      address1: 'Turnhoutsebaan 100',
      postalCode: '2140',
      city: 'Borgerhout',
      latitude: 51.2142,
      longitude: 4.4405,
    };
    const response = expectStatus(await patch(moderator, id, { locations: [location] }), 200);
    const [stored] = response.body.service.locations;
    expect(stored).toMatchObject({ ...location, id: expect.any(String) });
    const [row] = await api.db.dataSource.query<{ districtId: string; organizationId: string }[]>(
      `SELECT district_id AS "districtId", organization_id AS "organizationId" FROM location WHERE id = $1`,
      [stored.id],
    );
    expect(row).toEqual({ districtId: 'borgerhout', organizationId: org });
    expect((await detail(id)).locations.map((l: { district: { id: string } | null }) => l.district?.id)).toEqual(['borgerhout']);
    // The history records the id it was given, so a rollback finds the same location.
    const [latest] = (await request(api.url).get(`/api/v1/services/${id}/history`).set('cookie', moderator.cookie).expect(200)).body;
    expect(latest.fields.find((f: { field: string }) => f.field === 'locations').after[0].id).toBe(stored.id);

    const [foreign] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM location WHERE organization_id <> $1 ORDER BY id LIMIT 1`,
      [org],
    );
    const refused = expectStatus(await patch(moderator, id, { locations: [{ ...location, id: foreign.id }] }), 400);
    expect(refused.body.errors.map((e: { name: string }) => e.name)).toEqual(['changes.locations.0.id']);
  });
});

describe('new services', () => {
  it('start as a draft the editor changes directly; publishing is a revision a moderator approves', async () => {
    const created = expectStatus(
      await write(api, 'post', `/api/v1/organizations/${org}/services`, editor).send({ name: 'Budgetcafé' }),
      201,
    );
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ publicationState: 'draft', version: 1, name: 'Budgetcafé' });
    await request(api.url).get(`/api/v1/services/${id}`).expect(404);

    const draftEdit = expectStatus(await patch(editor, id, { description: 'Elke dinsdag budgetvragen.' }), 200);
    expect(draftEdit.body.outcome).toBe('applied');
    const publish = expectStatus(await patch(editor, id, { publicationState: 'published' }), 200);
    expect(publish.body.outcome).toBe('pending');
    await request(api.url).get(`/api/v1/services/${id}`).expect(404);

    const listings = (await request(api.url).get(`/api/v1/organizations/${org}/listings`).set('cookie', editor.cookie).expect(200)).body;
    expect(listings.services.find((s: { id: string }) => s.id === id)).toMatchObject({ publicationState: 'draft', pendingRevisions: 1 });

    expectStatus(await approve(publish.body.revisionId), 200);
    expect((await detail(id)).description).toBe('Elke dinsdag budgetvragen.');

    const bad = expectStatus(await write(api, 'post', `/api/v1/organizations/${org}/services`, editor).send({ name: '' }), 400);
    expect(bad.body.errors.map((e: { name: string }) => e.name)).toEqual(['name']);
  });

  it('archiving takes a service off the map', async () => {
    const [{ id }] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM service WHERE organization_id = $1 AND name = 'Budgetcafé'`,
      [org],
    );
    expect(expectStatus(await patch(moderator, id, { publicationState: 'archived' }), 200).body.outcome).toBe('applied');
    await request(api.url).get(`/api/v1/services/${id}`).expect(404);
  });
});

describe('trusted organisations', () => {
  it('a moderator marks an organisation trusted, after which its editor publishes directly; recorded', async () => {
    expectStatus(await write(api, 'put', `/api/v1/organizations/${org}/trust`, editor).send({ isTrusted: true }), 403);
    expectStatus(await write(api, 'put', `/api/v1/organizations/${org}/trust`, moderator).send({ isTrusted: 'ja' }), 400);
    expect(
      expectStatus(await write(api, 'put', `/api/v1/organizations/${org}/trust`, moderator).send({ isTrusted: true }), 200).body,
    ).toEqual({
      id: org,
      isTrusted: true,
    });
    try {
      const response = expectStatus(await patch(editor, services[2], { languages: ['fr', 'nl'] }), 200);
      expect(response.body.outcome).toBe('applied');
      expect((await editable(editor, services[2])).isTrusted).toBe(true);
      const [recorded] = await api.db.dataSource.query<{ updatedBy: string }[]>(
        `SELECT updated_by AS "updatedBy" FROM metadata WHERE resource_type = 'organization' AND resource_id = $1 AND field_name = 'is_trusted'`,
        [org],
      );
      expect(recorded.updatedBy).toBe(moderator.body.user.id);
    } finally {
      await write(api, 'put', `/api/v1/organizations/${org}/trust`, moderator).send({ isTrusted: false });
    }
  });
});
