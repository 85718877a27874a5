// Metrics for Prometheus at /metrics (prom-client) and request ids: what an operator reads.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

const TOKEN = 'metrics-token-for-the-test';

describe('GET /metrics', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('counts requests by route, search answers by engine, login failures and rate-limit refusals', async () => {
    await request(api.url).get('/api/v1/search?q=schuld').expect(200);
    await request(api.url).get('/api/v1/services/00000000-0000-4000-8000-000000000000').expect(404);
    await request(api.url).post('/api/v1/auth/login').send({ email: 'nobody@example.be', password: 'wrong password' }).expect(401);
    const { text } = await request(api.url)
      .get('/metrics')
      .expect(200)
      .expect('content-type', /text\/plain/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/services\/:id",status="404"\} 1/);
    expect(text).toMatch(/search_answers_total\{engine="\w+",fallback="false"\} 1/);
    expect(text).toMatch(/auth_login_failures_total 1/);
    expect(text).toContain('rate_limit_refusals_total');
    // Read from PostgreSQL at scrape time.
    expect(text).toMatch(/search_outbox_oldest_age_seconds \d/);
    expect(text).toMatch(/change_feed_lag_seconds \d/);
    expect(text).toMatch(/change_feed_pending \d/);
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('gives every answer a request id, keeping a proxy-given one', async () => {
    const fresh = await request(api.url).get('/api/health').expect(200);
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(api.url).get('/api/health').set('x-request-id', 'proxy-abc-12345').expect(200);
    expect(kept.headers['x-request-id']).toBe('proxy-abc-12345');
    const forged = await request(api.url).get('/api/health').set('x-request-id', 'x"}{"level":60').expect(200);
    expect(forged.headers['x-request-id']).not.toContain('level');
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ METRICS_TOKEN: TOKEN });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers only with the token', async () => {
    const refused = await request(api.url).get('/metrics').expect(401);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    await request(api.url).get('/metrics').set('authorization', 'Bearer wrong-token-of-some-length').expect(401);
    await request(api.url).get('/metrics').set('authorization', `Bearer ${TOKEN}`).expect(200);
  });
});
