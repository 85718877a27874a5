// Security headers on every response: a Content-Security-Policy without inline script, nosniff, a
// referrer policy, no framing; HSTS in production only (development is plain http on loopback).
// Chromium checks that the app works under the policy: pwa/e2e/content-security-policy.e2e.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:25', TILE_ORIGIN: 'https://tiles.example.org' });
});
afterAll(async () => {
  await api.close();
});

const directives = (header: string) =>
  Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([n, ...v]) => [n, v]),
  );

describe('security headers', () => {
  it('on the API, the OpenAPI document, /hsds and problems alike', async () => {
    for (const path of ['/api/v1/services', '/api/openapi.json', '/hsds/services', '/api/v1/nothing-here']) {
      const response = await request(api.url).get(path);
      const csp = directives(response.headers['content-security-policy'] ?? '');
      expect({ path, csp }).toEqual({
        path,
        csp: expect.objectContaining({
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'https://tiles.example.org'],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
        }),
      });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    }
  });

  it('no HSTS outside production', async () => {
    const development = await startTestApp();
    try {
      const response = await request(development.url).get('/api/v1/services');
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    } finally {
      await development.close();
    }
  });
});
