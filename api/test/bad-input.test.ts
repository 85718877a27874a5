import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(async () => {
  await api.close();
});

/** Every 4xx is RFC 9457 problem+json naming what was wrong. */
async function expectProblem(path: string, status: number, invalid?: { name: string; in: string }) {
  const response = await request(api.url).get(path).expect(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), instance: path });
  if (invalid) expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining(invalid)]));
  return response.body;
}

describe('bad input gets a 400 naming the parameter', () => {
  it('names the most basic rule a value breaks', async () => {
    const notANumber = await expectProblem('/api/v1/services?pageSize=abc', 400, { name: 'pageSize', in: 'query' });
    expect(notANumber.errors).toEqual([{ name: 'pageSize', in: 'query', reason: 'must be an integer number' }]);
    const tooBig = await expectProblem('/api/v1/services?pageSize=500', 400, { name: 'pageSize', in: 'query' });
    expect(tooBig.errors).toEqual([{ name: 'pageSize', in: 'query', reason: 'must not be greater than 100' }]);
  });

  it.each([
    ['/api/v1/services/not-a-uuid', 'id', 'path'],
    ['/api/v1/organizations/1234', 'id', 'path'],
    ['/api/v1/taxonomy-terms/zzz', 'id', 'path'],
    ['/api/v1/services?pageSize=101', 'pageSize', 'query'],
    ['/api/v1/services?pageSize=0', 'pageSize', 'query'],
    ['/api/v1/services?page=0', 'page', 'query'],
    ['/api/v1/services?page=abc', 'page', 'query'],
    ['/api/v1/services?page=1.5', 'page', 'query'],
    ['/api/v1/services?page=1&page=2', 'page', 'query'],
    ['/api/v1/services?colour=blue', 'colour', 'query'],
    ['/api/v1/services?organizationId=nope', 'organizationId', 'query'],
    ['/api/v1/organizations?name=', 'name', 'query'],
    ['/api/v1/holidays?year=twenty', 'year', 'query'],
    ['/api/v1/holidays?kind=festive', 'kind', 'query'],
    ['/api/v1/wijken?district=Not%20A%20District', 'district', 'query'],
    ['/api/v1/districts/DROP%20TABLE', 'id', 'path'],
    ['/api/v1/wijken/123', 'id', 'path'],
    ['/api/v1/taxonomies/Levens%20Domein', 'code', 'path'],
  ])('%s → %s', async (path, name, location) => {
    const body = await expectProblem(path, 400, { name, in: location });
    expect(body.type).toBe('/api/problems/validation-failed');
  });

  it('names every invalid parameter at once', async () => {
    const body = await expectProblem('/api/v1/services?page=0&pageSize=1000&extra=1', 400);
    expect(body.errors.map((e: { name: string }) => e.name).sort()).toEqual(['extra', 'page', 'pageSize']);
  });
});

describe('unknown ids and paths get a 404', () => {
  it.each([
    '/api/v1/services/00000000-0000-4000-8000-000000000000',
    '/api/v1/organizations/00000000-0000-4000-8000-000000000000',
    '/api/v1/taxonomy-terms/00000000-0000-4000-8000-000000000000',
    '/api/v1/taxonomies/onbekend',
    '/api/v1/districts/gent',
    '/api/v1/wijken/11002Z99',
    '/api/v1/wijken?district=gent',
    '/api/v1/taxonomy-terms?taxonomy=onbekend',
    '/api/v1/nothing-here',
    '/api/v2/services',
  ])('%s', async (path) => {
    await expectProblem(path, 404);
  });
});

it('answers a wrong method with a problem, not a 500', async () => {
  const response = await request(api.url).post('/api/v1/services').send({ name: 'x' });
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
});

it('answers malformed JSON with a 400 problem, not a 500', async () => {
  const response = await request(api.url).post('/api/v1/services').set('content-type', 'application/json').send('{"name":');
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
});
