// The client's address is the connection's, unless the connection comes from a configured proxy
// (TRUSTED_PROXIES): a client's own X-Forwarded-For must not choose the address every per-address
// limit and log line uses. In production too, where the API used to trust any X-Forwarded-For.
import { afterEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const failedLogin = (app: TestApp, email: string, forwardedFor: string) =>
  request(app.url).post('/api/v1/auth/login').set('x-forwarded-for', forwardedFor).send({ email, password: 'wrong password' });

const recordedAddresses = async (app: TestApp) =>
  (await app.db.dataSource.query<{ ip: string }[]>('SELECT DISTINCT ip FROM login_attempt ORDER BY ip')).map((r) => r.ip);

describe('X-Forwarded-For', () => {
  it('is ignored in production without TRUSTED_PROXIES: 20 failures from rotating forged addresses block the real one', async () => {
    api = await startTestApp({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:1' });
    for (let i = 0; i < 20; i++) await failedLogin(api, `guess${i}@example.org`, `198.51.100.${i}`).expect(401);
    const limited = await failedLogin(api, 'someone@example.org', '203.0.113.99');
    expect(limited.status).toBe(429);
    expect(await recordedAddresses(api)).toEqual(['127.0.0.1']);
  });

  it('names the client when the connection comes from a trusted proxy, the right-most untrusted hop', async () => {
    api = await startTestApp({ TRUSTED_PROXIES: '127.0.0.1' });
    await failedLogin(api, 'a@example.org', '192.0.2.5, 203.0.113.7').expect(401);
    expect(await recordedAddresses(api)).toEqual(['203.0.113.7']);
  });
});
