// CSRF and cross-site requests, decided by HTTP method and the route the router matched, never by
// the raw path: a percent-encoded `/%61pi/…` reaches the same handler and must meet the same checks.
// The JSON API reads JSON only, so an HTML form (urlencoded, multipart, text/plain) cannot post to it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createUser, login, organizationIds, type TestSession, write } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let admin: TestSession;
let organizationId: string;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL: 'https://kaart.example.org' });
  [organizationId] = await organizationIds(api, 1);
  await createUser(api, { email: 'admin@example.org', role: 'admin' });
  admin = await login(api, 'admin@example.org');
});
afterAll(async () => {
  await api.close();
});

const invitations = async () =>
  (await api.db.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app_user WHERE email LIKE 'attacker%'`))[0].n;

describe('the CSRF check follows the matched route', () => {
  it('refuses a percent-encoded path with the cookie and no token, and writes nothing', async () => {
    for (const path of ['/%61pi/v1/users/invitations', '/api/v1/users/%69nvitations', '/%2561pi/v1/users/invitations']) {
      const response = await request(api.url)
        .post(path)
        .set('cookie', admin.cookie)
        .send({ email: 'attacker@example.org', role: 'admin', organizationId });
      // Either the router does not match it (404) or the check refuses it (403): never a write.
      expect([403, 404]).toContain(response.status);
    }
    const encoded = await request(api.url)
      .post('/%61pi/v1/users/invitations')
      .set('cookie', admin.cookie)
      .send({ email: 'attacker@example.org', role: 'admin', organizationId });
    expect(encoded.status).toBe(403);
    expect(encoded.body.type).toBe('/api/problems/csrf-rejected');
    expect(await invitations()).toBe(0);
  });

  it('refuses a cross-site write even with the right token, on every unsafe method', async () => {
    const cases: ['post' | 'patch' | 'put' | 'delete', string][] = [
      ['post', '/api/v1/users/invitations'],
      ['post', '/%61pi/v1/users/invitations'],
      ['patch', `/api/v1/users/${admin.body.user.id}`],
      ['put', `/api/v1/organizations/${organizationId}/trust`],
    ];
    for (const [method, path] of cases) {
      const response = await write(api, method, path, admin)
        .set('origin', 'https://evil.example')
        .send({ email: 'attacker2@example.org', role: 'admin', organizationId, displayName: 'x', isTrusted: true });
      expect({ method, path, status: response.status, type: response.body.type }).toEqual({
        method,
        path,
        status: 403,
        type: '/api/problems/csrf-rejected',
      });
      const fetchMetadata = await write(api, method, path, admin).set('sec-fetch-site', 'cross-site').send({});
      expect(fetchMetadata.status).toBe(403);
    }
    expect(await invitations()).toBe(0);
    // The same write from the app's own origin works.
    await write(api, 'post', '/api/v1/users/invitations', admin)
      .set('origin', 'https://kaart.example.org')
      .send({ email: 'attacker3@example.org', role: 'editor', organizationId })
      .expect(201);
  });
});

describe('the JSON API takes JSON only', () => {
  it('answers a form post (urlencoded, multipart, text/plain) with a 415 problem, and writes nothing', async () => {
    const forms: [string, string][] = [
      ['application/x-www-form-urlencoded', `email=attacker4%40example.org&organizationId=${organizationId}`],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nattacker4@example.org\r\n--x--\r\n`],
      ['text/plain', JSON.stringify({ email: 'attacker4@example.org', organizationId })],
    ];
    for (const [type, body] of forms) {
      for (const path of ['/api/v1/users/invitations', '/api/v1/auth/login', '/api/v1/imports/hsds']) {
        const response = await write(api, 'post', path, admin).set('content-type', type).send(body);
        expect({ path, type, status: response.status }).toEqual({ path, type, status: 415 });
        expect(response.headers['content-type']).toMatch(/problem\+json/);
      }
    }
    expect(await invitations()).toBe(1);
  });

  it('takes NDJSON and zip on the import route only', async () => {
    const ndjson = await write(api, 'post', '/api/v1/users/invitations', admin)
      .set('content-type', 'application/x-ndjson')
      .send('{"email":"attacker5@example.org"}\n');
    expect(ndjson.status).toBe(415);
    const imported = await write(api, 'post', '/api/v1/imports/hsds', admin).set('content-type', 'application/x-ndjson').send('\n');
    expect(imported.status).toBe(200);
  });
});
