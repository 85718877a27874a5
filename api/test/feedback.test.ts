// Public "report a problem": anonymous, only for published services, validated, rate limited, and
// stored without anything that identifies the sender.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createUser, login, write, type TestSession } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let serviceId: string;
let draftServiceId: string;
beforeAll(async () => {
  api = await startTestApp();
  const services = (await request(api.url).get('/api/v1/services?pageSize=2').expect(200)).body.items as { id: string }[];
  [serviceId, draftServiceId] = services.map((s) => s.id);
  await api.db.dataSource.query(`UPDATE service SET publication_state = 'draft' WHERE id = $1`, [draftServiceId]);
});
afterAll(async () => {
  await api.close();
});

const submit = (id: string, body: unknown) =>
  request(api.url)
    .post(`/api/v1/services/${id}/feedback`)
    .send(body as object);
const storedCount = async (): Promise<number> =>
  Number((await api.db.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM feedback'))[0].n);

function expectProblem(response: request.Response, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
}

describe('POST /api/v1/services/:id/feedback', () => {
  it('files an open report and stores no personal data', async () => {
    const response = await submit(serviceId, { topic: 'wrong-hours', message: '  Op woensdag gesloten sinds maart.  ' }).expect(201);
    expect(response.body).toEqual({ id: expect.any(String), status: 'open' });
    const rows = await api.db.dataSource.query<Record<string, unknown>[]>('SELECT * FROM feedback WHERE id = $1', [response.body.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      service_id: serviceId,
      topic: 'wrong-hours',
      message: 'Op woensdag gesloten sinds maart.',
      status: 'open',
      resolved_at: null,
      resolved_by: null,
      resolution_note: null,
    });
    // The whole row: nothing about who sent it (no address, user agent, e-mail).
    expect(Object.keys(rows[0]).sort()).toEqual(
      ['created_at', 'id', 'message', 'resolution_note', 'resolved_at', 'resolved_by', 'service_id', 'status', 'topic'].sort(),
    );
  });

  it('takes a topic other than "other" without a message', async () => {
    const response = await submit(serviceId, { topic: 'closed' }).expect(201);
    const [row] = await api.db.dataSource.query<{ message: string }[]>('SELECT message FROM feedback WHERE id = $1', [response.body.id]);
    expect(row.message).toBe('');
  });

  it.each([
    ['an unknown service', () => '00000000-0000-4000-8000-000000000000'],
    ['an unpublished service', () => draftServiceId],
  ])('answers 404 for %s and stores nothing', async (_name, id) => {
    const before = await storedCount();
    const response = await submit(id(), { topic: 'closed', message: '' });
    expectProblem(response, 404);
    expect(response.body.type).toBe('/api/problems/not-found');
    expect(await storedCount()).toBe(before);
  });

  it.each([
    [
      'an unknown topic',
      { topic: 'rude-staff', message: 'x' },
      'topic',
      'must be one of the following values: closed, wrong-hours, wrong-contact, other',
    ],
    ['no topic', { message: 'x' }, 'topic', expect.stringContaining('must be one of')],
    [
      'a message over 1000 characters',
      { topic: 'other', message: 'a'.repeat(1001) },
      'message',
      'must be shorter than or equal to 1000 characters',
    ],
    ['an empty message for "other"', { topic: 'other', message: '' }, 'message', 'must not be empty when the topic is other'],
    ['only spaces for "other"', { topic: 'other', message: '   \n ' }, 'message', 'must not be empty when the topic is other'],
    ['a message that is not text', { topic: 'closed', message: 42 }, 'message', 'must be a string'],
    ['an extra field', { topic: 'closed', message: '', email: 'me@example.org' }, 'email', 'property should not exist'],
  ])('answers 400 naming the field for %s, and stores nothing', async (_name, body, field, reason) => {
    const before = await storedCount();
    const response = await submit(serviceId, body);
    expectProblem(response, 400);
    expect(response.body.type).toBe('/api/problems/validation-failed');
    expect(response.body.errors).toEqual([{ name: field, in: 'body', reason }]);
    expect(await storedCount()).toBe(before);
  });

  it('takes exactly 1000 characters', async () => {
    await submit(serviceId, { topic: 'other', message: 'a'.repeat(1000) }).expect(201);
  });

  it('answers a bad service id with 400 naming the path parameter', async () => {
    const response = await submit('not-a-uuid', { topic: 'closed' });
    expectProblem(response, 400);
    expect(response.body.errors).toEqual([{ name: 'id', in: 'path', reason: 'must be a UUID' }]);
  });

  it('takes a report from a logged-in user without a CSRF token: it is tied to no session', async () => {
    await createUser(api, { email: 'editor@example.org', role: 'editor' });
    const editor = await login(api, 'editor@example.org');
    await request(api.url)
      .post(`/api/v1/services/${serviceId}/feedback`)
      .set('cookie', editor.cookie)
      .send({ topic: 'closed' })
      .expect(201);
  });
});

describe("the moderators' queue", () => {
  let moderator: TestSession;
  let moderatorId: string;
  let editor: TestSession;
  beforeAll(async () => {
    moderatorId = (await createUser(api, { email: 'moderator@example.org', role: 'moderator' })).id;
    moderator = await login(api, 'moderator@example.org');
    editor = await login(api, 'editor@example.org');
  });

  const queue = (query: string, session?: TestSession) => {
    const req = request(api.url).get(`/api/v1/feedback${query}`);
    return session ? req.set('cookie', session.cookie) : req;
  };

  it('is for moderators and admins only: 401 anonymous, 403 for an editor', async () => {
    expectProblem(await queue(''), 401);
    expectProblem(await queue('', editor), 403);
    expectProblem(
      await write(api, 'post', `/api/v1/feedback/${'0'.repeat(8)}-0000-4000-8000-000000000000/resolve`).send({ note: '' }),
      401,
    );
    const anyReport = (await queue('?pageSize=1', moderator).expect(200)).body.items[0].id;
    expectProblem(await write(api, 'post', `/api/v1/feedback/${anyReport}/resolve`, editor).send({ note: '' }), 403);
  });

  it('lists open reports oldest first, with the service', async () => {
    const { body } = await queue('?status=open&page=1&pageSize=2', moderator).expect(200);
    expect(body).toMatchObject({ page: 1, pageSize: 2, total: await storedCount() });
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      status: 'open',
      service: { id: serviceId, name: expect.any(String) },
      topic: 'wrong-hours',
      message: 'Op woensdag gesloten sinds maart.',
      createdAt: expect.any(String),
      resolvedAt: null,
      resolvedBy: null,
      resolutionNote: null,
    });
    expect(body.items[0].createdAt <= body.items[1].createdAt).toBe(true);
    expectProblem(await queue('?status=closed', moderator), 400);
  });

  it('resolves a report with a note, once', async () => {
    const [first] = (await queue('', moderator).expect(200)).body.items;
    const path = `/api/v1/feedback/${first.id}/resolve`;
    // A write with the session cookie needs its CSRF token.
    expectProblem(await request(api.url).post(path).set('cookie', moderator.cookie).send({ note: 'x' }), 403);
    expectProblem(await write(api, 'post', path, moderator).send({ note: 'x', status: 'open' }), 400);
    const { body } = await write(api, 'post', path, moderator).send({ note: ' Uren aangepast na telefoon. ' }).expect(200);
    expect(body).toMatchObject({
      id: first.id,
      status: 'resolved',
      resolvedBy: moderatorId,
      resolutionNote: 'Uren aangepast na telefoon.',
    });
    expect(Date.parse(body.resolvedAt)).toBeGreaterThan(Date.parse(body.createdAt) - 1);
    const conflict = await write(api, 'post', path, moderator).send({ note: 'nog eens' });
    expectProblem(conflict, 409);
    expectProblem(await write(api, 'post', '/api/v1/feedback/00000000-0000-4000-8000-000000000000/resolve', moderator).send({}), 404);
    const resolved = (await queue('?status=resolved', moderator).expect(200)).body;
    expect(resolved.items.map((i: { id: string }) => i.id)).toEqual([first.id]);
    const open = (await queue('?status=open&pageSize=100', moderator).expect(200)).body;
    expect(open.items.map((i: { id: string }) => i.id)).not.toContain(first.id);
  });
});

describe('rate limit', () => {
  // Last: it leaves this client's address blocked for ten minutes.
  it('limits one address to 5 reports in 10 minutes: then 429 with Retry-After, and nothing stored', async () => {
    // Every report so far came from this test's address, within the window.
    const sent = await storedCount();
    expect(sent).toBeLessThan(5);
    for (let i = sent; i < 5; i++) await submit(serviceId, { topic: 'closed' }).expect(201);
    const response = await submit(serviceId, { topic: 'other', message: 'Nog een melding' });
    expectProblem(response, 429);
    expect(response.body.type).toBe('/api/problems/too-many-requests');
    const retryAfter = Number(response.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(await storedCount()).toBe(5);
  });
});
