// A location is written only by the organisation that owns it, and a change to a location that a
// published listing uses is a public change: an editor could rewrite another organisation's
// location an import had linked to their service, and through a draft service (changed at once)
// the address of their own published listings without moderation.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type request from 'supertest';
import type { LocationValue } from '../src/modules/editing/service-parts.js';
import { type TestSession, write } from './support/auth.js';
import { expectStatus, startEditingWorld, versionOf } from './support/editing.js';
import type { TestApp } from './support/test-app.js';

let api: TestApp;
let org: string;
let services: string[];
let editor: TestSession;

beforeAll(async () => {
  ({ api, org, services, editor } = await startEditingWorld(2));
});
afterAll(async () => {
  await api.close();
});

const patch = async (id: string, changes: object): Promise<request.Response> =>
  write(api, 'patch', `/api/v1/services/${id}`, editor).send({ version: await versionOf(api, id), changes });

async function locationValue(id: string): Promise<LocationValue> {
  const [row] = await api.db.dataSource.query<(LocationValue & { latitude: string | null; longitude: string | null })[]>(
    `SELECT l.id, l.name, l.latitude, l.longitude, a.address_1 AS "address1", a.postal_code AS "postalCode", a.city
     FROM location l LEFT JOIN LATERAL (SELECT * FROM address WHERE location_id = l.id ORDER BY id LIMIT 1) a ON true WHERE l.id = $1`,
    [id],
  );
  return {
    ...row,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
  };
}

const nameOf = async (id: string) =>
  (await api.db.dataSource.query<{ name: string }[]>('SELECT name FROM location WHERE id = $1', [id]))[0].name;

describe('locations', () => {
  it("another organisation's location linked to the service can be listed, not changed", async () => {
    const [foreign] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM location WHERE organization_id <> $1 AND name IS NOT NULL ORDER BY id LIMIT 1`,
      [org],
    );
    // As an import links them: the service is offered at another organisation's address.
    await api.db.dataSource.query('INSERT INTO service_at_location (service_id, location_id) VALUES ($1, $2)', [services[0], foreign.id]);
    const before = await nameOf(foreign.id);
    const listed = await locationValue(foreign.id);
    const response = await patch(services[0], { locations: [{ ...listed, name: 'Overgenomen door een ander' }] });
    expectStatus(response, 400);
    expect(response.body.errors).toEqual([expect.objectContaining({ name: 'changes.locations.0.id', in: 'body' })]);
    expect(await nameOf(foreign.id)).toBe(before);
    // Listed as it is, it stays linked.
    expect(expectStatus(await patch(services[0], { locations: [listed] }), 200).body.outcome).toBe('unchanged');
    expect(await nameOf(foreign.id)).toBe(before);
  });

  it('a draft that changes a location of published listings is moderated, not applied at once', async () => {
    const draft = expectStatus(
      await write(api, 'post', `/api/v1/organizations/${org}/services`, editor).send({ name: 'Nieuw aanbod' }),
      201,
    ).body.id as string;
    const [shared] = await api.db.dataSource.query<{ id: string }[]>(
      `SELECT x.location_id AS id FROM service_at_location x JOIN location l ON l.id = x.location_id
       WHERE x.service_id = $1 AND l.organization_id = $2 LIMIT 1`,
      [services[1], org],
    );
    const before = await nameOf(shared.id);
    const response = expectStatus(await patch(draft, { locations: [{ ...(await locationValue(shared.id)), name: 'Stil hernoemd' }] }), 200);
    expect(response.body.outcome).toBe('pending');
    expect(await nameOf(shared.id)).toBe(before);
  });
});
