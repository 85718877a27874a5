// Malformed input that used to reach PostgreSQL or the JSON parser and came back as a 500: a NUL
// character in a text, an impossible calendar date, an unpaired UTF-16 surrogate, JSON nested
// thousands of levels deep. Each is a 400 problem naming the field, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type TestSession, write } from './support/auth.js';
import { expectStatus, startEditingWorld, versionOf } from './support/editing.js';
import type { TestApp } from './support/test-app.js';

let api: TestApp;
let services: string[];
let moderator: TestSession;

beforeAll(async () => {
  ({ api, services, moderator } = await startEditingWorld(2));
});
afterAll(async () => {
  await api.close();
});

function expectBadInput(response: request.Response, name: string, where = 'body'): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status: 400,
    type: expect.stringMatching(/problem\+json/),
  });
  expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ name, in: where })]));
}

const patch = async (id: string, changes: object) =>
  write(api, 'patch', `/api/v1/services/${id}`, moderator).send({ version: await versionOf(api, id), changes });

describe('NUL characters', () => {
  it('in a text field of an anonymous request: 400 naming the field', async () => {
    const feedback = await request(api.url)
      .post(`/api/v1/services/${services[0]}/feedback`)
      .send({ topic: 'other', message: 'gesloten\u0000' });
    expectBadInput(feedback, 'message');
    const login = await request(api.url).post('/api/v1/auth/login').send({ email: 'a\u0000@example.org', password: 'x' });
    expectBadInput(login, 'email');
    const [{ n }] = await api.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM feedback');
    expect(n).toBe(0);
  });

  it('in a query parameter and in an edit', async () => {
    expectBadInput(await request(api.url).get('/api/v1/services?q=voedsel%00'), 'q', 'query');
    expectBadInput(await patch(services[0], { name: 'Naam\u0000' }), 'changes.name');
  });
});

describe('impossible dates', () => {
  it('2026-02-31 in opening hours is a 400 naming the field, not a 500 and not a stuck revision', async () => {
    const hours = (closure: { from: string; to: string }) => ({
      weekly: [{ day: 'MO', opens: '09:00', closes: '12:00', validFrom: '2026-02-31', validTo: null }],
      closures: [{ ...closure, reason: null }],
      temporaryClosure: null,
      opensOnHolidays: false,
    });
    expectBadInput(
      await patch(services[1], { openingHours: hours({ from: '2026-12-24', to: '2026-12-26' }) }),
      'changes.openingHours.weekly.0.validFrom',
    );
    const hoursWithGoodWeek = {
      ...hours({ from: '2027-02-29', to: '2027-03-01' }),
      weekly: [{ day: 'MO', opens: '09:00', closes: '12:00', validFrom: null, validTo: null }],
    };
    expectBadInput(await patch(services[1], { openingHours: hoursWithGoodWeek }), 'changes.openingHours.closures.0.from');
    const [{ n }] = await api.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM revision');
    expect(n).toBe(0);
  });
});

describe('unpaired UTF-16 surrogates', () => {
  it('in an e-mail address: 400 naming the field, not a URIError', async () => {
    const response = await request(api.url)
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"email":"\\ud800@example.org","password":"x"}');
    expectBadInput(response, 'email');
    const reset = await request(api.url)
      .post('/api/v1/auth/password-reset')
      .set('content-type', 'application/json')
      .send('{"email":"a\\udc00@example.org"}');
    expectBadInput(reset, 'email');
  });
});

describe('deeply nested JSON', () => {
  it('10,000 levels is a 400, not a stack overflow', async () => {
    const deep = `{"email":${'['.repeat(10_000)}${']'.repeat(10_000)},"password":"x"}`;
    const response = await request(api.url).post('/api/v1/auth/login').set('content-type', 'application/json').send(deep);
    expectBadInput(response, 'body');
    const feedback = await request(api.url)
      .post(`/api/v1/services/${services[0]}/feedback`)
      .set('content-type', 'application/json')
      .send(`{"topic":"closed","message":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`);
    expectBadInput(feedback, 'body');
    // The server is still there.
    expectStatus(await request(api.url).get('/api/health'), 200);
  });
});
