// Login is rate limited per account (5 failures in 15 minutes) and per IP address (20); reset
// mails per address (3 an hour). The counts live in PostgreSQL, so they hold across processes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createUser, PASSWORD, recordMails } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
  recordMails(api);
  await createUser(api, { email: 'target@example.org', role: 'editor' });
});
afterAll(async () => {
  await api.close();
});

const login = (email: string, password: string) => request(api.url).post('/api/v1/auth/login').send({ email, password });

describe('login rate limiting', () => {
  it('the 6th failure for one account is a 429 with Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++) await login('target@example.org', `wrong password ${i}`).expect(401);
    const limited = await login('target@example.org', 'wrong password 5').expect(429);
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, type: '/api/problems/too-many-requests' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    await login('target@example.org', PASSWORD).expect(429);
    // Once the failures are older than the window, the right password works again.
    await api.db.dataSource.query(`UPDATE login_attempt SET created_at = now() - interval '16 minutes'`);
    await login('target@example.org', PASSWORD).expect(200);
  });

  it('an unknown account is limited the same way, so a 429 does not reveal which accounts exist', async () => {
    for (let i = 0; i < 5; i++) await login('ghost@example.org', 'wrong password').expect(401);
    await login('ghost@example.org', 'wrong password').expect(429);
  });

  it('20 failures from one address block it for every account', async () => {
    await api.db.dataSource.query('DELETE FROM login_attempt');
    for (let i = 0; i < 20; i++) await login(`guess${i}@example.org`, 'wrong password').expect(401);
    const limited = await login('target@example.org', PASSWORD).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await api.db.dataSource.query('DELETE FROM login_attempt');
  });
});

describe('password-reset rate limiting', () => {
  it('the 4th request for one address within an hour is a 429', async () => {
    for (let i = 0; i < 3; i++) {
      await request(api.url).post('/api/v1/auth/password-reset').send({ email: 'target@example.org' }).expect(202);
    }
    const limited = await request(api.url).post('/api/v1/auth/password-reset').send({ email: 'target@example.org' }).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(59 * 60);
    await request(api.url).post('/api/v1/auth/password-reset').send({ email: 'other@example.org' }).expect(202);
  });
});
