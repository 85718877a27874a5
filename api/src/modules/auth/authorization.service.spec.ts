import { describe, expect, it } from '@jest/globals';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user.js';
import { Authorization } from './authorization.service.js';
import { assertNotCrossSite } from './csrf.js';

const ORG = '6f1c2a3b-0000-4000-8000-000000000001';
const user = (role: AuthUser['role'], organizationIds: string[] = []): AuthUser => ({
  id: 'u',
  email: 'u@example.org',
  role,
  displayName: '',
  organizationIds,
});

describe('Authorization.canEditOrganization', () => {
  const authorization = new Authorization();

  it.each([
    ['anonymous', undefined, false],
    ['an editor of the organisation', user('editor', [ORG]), true],
    ['an editor of another organisation', user('editor', ['6f1c2a3b-0000-4000-8000-000000000002']), false],
    ['a moderator', user('moderator'), true],
    ['an admin', user('admin'), true],
  ])('%s → %s', (_who, who, expected) => {
    expect(authorization.canEditOrganization(who, ORG)).toBe(expected);
    expect(authorization.canEditOrganization(who, ORG.toUpperCase())).toBe(expected);
  });

  it('assertCanEditOrganization says 401 for anonymous and 403 for a stranger', () => {
    expect(() => authorization.assertCanEditOrganization(undefined, ORG)).toThrow('Log in first.');
    expect(() => authorization.assertCanEditOrganization(user('editor'), ORG)).toThrow('only your own organisations');
  });
});

describe('assertNotCrossSite', () => {
  const request = (headers: Record<string, string>) => ({ headers, protocol: 'http', host: '127.0.0.1:3000' }) as unknown as FastifyRequest;
  const PUBLIC = 'https://kaart.example.org';

  it('passes same-origin requests, requests without browser headers, and the site’s own origins', () => {
    expect(() => assertNotCrossSite(request({}), PUBLIC)).not.toThrow();
    expect(() => assertNotCrossSite(request({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost:5173' }), PUBLIC)).not.toThrow();
    expect(() => assertNotCrossSite(request({ origin: PUBLIC }), PUBLIC)).not.toThrow();
    expect(() => assertNotCrossSite(request({ origin: 'http://127.0.0.1:3000' }), PUBLIC)).not.toThrow();
  });

  it('refuses cross-site requests and foreign origins', () => {
    expect(() => assertNotCrossSite(request({ 'sec-fetch-site': 'cross-site' }), PUBLIC)).toThrow('Cross-site');
    expect(() => assertNotCrossSite(request({ 'sec-fetch-site': 'same-site', origin: 'https://other.example.org' }), PUBLIC)).toThrow();
    expect(() => assertNotCrossSite(request({ origin: 'https://evil.example' }), PUBLIC)).toThrow();
  });
});
