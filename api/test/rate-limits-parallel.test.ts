// Rate limits against parallel requests and across API processes: each attempt is recorded and
// counted in one step in PostgreSQL, so 60 guesses sent at once get the same 5 checks as 60 sent
// one after another, and two processes on one database share one count.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../src/create-app.js';
import { openDatabase, type OpenDatabase } from '../src/database/open-database.js';
import { createUser, recordMails } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let serviceIds: string[];
beforeAll(async () => {
  api = await startTestApp();
  recordMails(api);
  await createUser(api, { email: 'target@example.org', role: 'editor' });
  const services = (await request(api.url).get('/api/v1/services?pageSize=3').expect(200)).body.items as { id: string }[];
  serviceIds = services.map((s) => s.id);
});
afterAll(async () => {
  await api.close();
});

const statuses = (responses: request.Response[]) =>
  responses.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

describe('login and reset limits hold against parallel requests', () => {
  it('60 parallel wrong passwords for one account get 5 password checks; the rest are 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        request(api.url)
          .post('/api/v1/auth/login')
          .send({ email: 'target@example.org', password: `guess ${i}` }),
      ),
    );
    expect(statuses(responses)).toEqual({ 401: 5, 429: 55 });
    await api.db.dataSource.query('DELETE FROM login_attempt');
  });

  it('20 parallel reset requests for one address send 3 mails', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => request(api.url).post('/api/v1/auth/password-reset').send({ email: 'target@example.org' })),
    );
    expect(statuses(responses)).toEqual({ 202: 3, 429: 17 });
    const [{ n }] = await api.db.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM auth_token WHERE kind = 'reset'`);
    expect(n).toBe(3);
    await api.db.dataSource.query('DELETE FROM login_attempt');
  });
});

describe('the feedback limit is shared by API processes on one database', () => {
  let second: { app: NestFastifyApplication; db: OpenDatabase; url: string };
  beforeAll(async () => {
    const db = await openDatabase(api.db.config);
    const app = await createApp(api.db.config, db, { serveStaticFiles: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address() as { port: number };
    second = { app, db, url: `http://127.0.0.1:${address.port}` };
  });
  afterAll(async () => {
    await second.app.close();
    await second.db.close();
  });

  it('5 reports per address in 10 minutes, counted over both processes, also when sent at once', async () => {
    const urls = [api.url, second.url];
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        request(urls[i % 2])
          .post(`/api/v1/services/${serviceIds[i % 3]}/feedback`)
          .send({ topic: 'closed' }),
      ),
    );
    expect(statuses(responses)).toEqual({ 201: 5, 429: 7 });
    const [{ n }] = await api.db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM feedback');
    expect(n).toBe(5);
    const refused = responses.find((r) => r.status === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
