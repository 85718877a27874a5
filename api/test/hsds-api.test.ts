// The /hsds read API against the official HSDS 3.0 JSON schemas (ajv, draft 2020-12), over the
// whole demo dataset, and its pagination checked the way the Open Referral UK validator does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { HsdsSchemas, type HsdsSchemaName } from '../src/modules/hsds/hsds-schemas.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** An HSDS object as a test reads it from JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON from HTTP responses
type HsdsItem = Record<string, any>;

let api: TestApp;
let schemas: HsdsSchemas;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL: 'https://kaart.example.org' });
  schemas = await HsdsSchemas.load(api.db.config.dataDir);
});
afterAll(async () => {
  await api.close();
});

const get = (path: string) => request(api.url).get(path);

function expectValid(name: HsdsSchemaName, value: unknown, where: string): void {
  const violations = schemas.validate(name, value);
  expect({ where, violations }).toEqual({ where, violations: [] });
}

function expectNoNulls(value: unknown, path = '$'): void {
  if (value === null) throw new Error(`null at ${path}`);
  if (Array.isArray(value)) value.forEach((v, i) => expectNoNulls(v, `${path}[${i}]`));
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) expectNoNulls(v, `${path}.${k}`);
}

/** Every page of a listing at 5 per page, with the UK validator's checks of the Page fields. */
async function everyPage(path: string): Promise<Record<string, unknown>[]> {
  const first = await get(`${path}${path.includes('?') ? '&' : '?'}per_page=5&page=1`).expect(200);
  const totalPages: number = first.body.total_pages;
  const totalItems: number = first.body.total_items;
  expect(totalPages).toBe(Math.ceil(totalItems / 5));
  const items: Record<string, unknown>[] = [];
  for (let page = 1; page <= totalPages; page++) {
    const response = await get(`${path}${path.includes('?') ? '&' : '?'}per_page=5&page=${page}`).expect(200);
    const body = response.body;
    expect(Object.keys(body).sort()).toEqual(
      ['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages'].sort(),
    );
    expect(body).toMatchObject({ total_items: totalItems, total_pages: totalPages, page_number: page });
    expect(body.size).toBe(body.contents.length);
    expect(body.first_page).toBe(page === 1);
    expect(body.last_page).toBe(page === totalPages);
    expect(body.empty).toBe(false);
    expect(body.contents.length).toBe(page < totalPages ? 5 : totalItems - 5 * (totalPages - 1));
    items.push(...body.contents);
  }
  const beyond = await get(`${path}${path.includes('?') ? '&' : '?'}per_page=5&page=${totalPages + 1}`).expect(200);
  expect(beyond.body).toMatchObject({ size: 0, empty: true, contents: [], last_page: true, first_page: false });
  expect(new Set(items.map((i) => i.id)).size).toBe(totalItems);
  return items;
}

describe('GET /hsds/', () => {
  it('announces the version, the profile and the OpenAPI document, with open CORS', async () => {
    const response = await get('/hsds/').expect(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body).toEqual({
      version: '3.0',
      profile: 'https://kaart.example.org/hsds/profile',
      openapi_url: 'https://kaart.example.org/hsds/openapi.json',
    });
    const openapi = await get('/hsds/openapi.json').expect(200);
    expect(openapi.body.openapi).toBe('3.1.0');
    expect(openapi.body.paths['/services']).toBeDefined();
    expect(openapi.body.info.title).toMatch(/Sociale Kaart/);
    const profile = await get('/hsds/profile').expect(200);
    expect(Object.keys(profile.body.schema)).toEqual(expect.arrayContaining(['service.json', 'organization.json', 'location.json']));
  });

  it("builds its links from PUBLIC_URL, never from the request's Host header", async () => {
    for (const path of ['/hsds/', '/hsds']) {
      const response = await get(path).set('host', 'evil.example').set('x-forwarded-host', 'evil.example').expect(200);
      expect(JSON.stringify(response.body)).not.toContain('evil.example');
      expect(response.body.openapi_url).toBe('https://kaart.example.org/hsds/openapi.json');
    }
    const openapi = await get('/hsds/openapi.json').set('host', 'evil.example').expect(200);
    expect(JSON.stringify(openapi.body)).not.toContain('evil.example');
  });

  it('is not under /api', async () => {
    await get('/api/hsds/services').expect(404);
  });
});

describe('services', () => {
  it('lists every published service over all pages, each valid against service_list.json', async () => {
    const items = await everyPage('/hsds/services');
    const [{ n }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM service s JOIN organization o ON o.id = s.organization_id
        WHERE s.publication_state = 'published' AND o.publication_state = 'published'`,
    );
    expect(items).toHaveLength(n);
    for (const item of items) {
      expectValid('serviceList', item, `list ${String(item.id)}`);
      expectNoNulls(item);
    }
  });

  it('serves every published service in full, valid against the compiled service schema', async () => {
    const response = await get('/hsds/services?format=ndjson').expect(200);
    expect(response.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = response.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const total = (await get('/hsds/services?per_page=1').expect(200)).body.total_items;
    expect(lines).toHaveLength(total);
    for (const service of lines) {
      expectValid('service', service, `ndjson ${String(service.id)}`);
      expectNoNulls(service);
    }
    const detail = await get(`/hsds/services/${lines[0].id}`).expect(200);
    expect(detail.body).toEqual(lines[0]);
    expect(lines.some((s) => s.attributes?.some((a: HsdsItem) => a.taxonomy_term?.taxonomy === 'levensdomein'))).toBe(true);
    expect(lines.some((s) => s.service_at_locations?.some((x: HsdsItem) => x.location?.district_id))).toBe(true);
  });

  it('filters combine with AND', async () => {
    const all = (await get('/hsds/services?per_page=1000').expect(200)).body.contents;
    const organizationId = all[0].organization_id;
    const [term] = await api.db.dataSource.query(
      `SELECT a.taxonomy_term_id AS id FROM attribute a JOIN service s ON s.id = a.service_id WHERE s.organization_id = $1 LIMIT 1`,
      [organizationId],
    );
    const both = (await get(`/hsds/services?organization_id=${organizationId}&taxonomy_term_id=${term.id}`).expect(200)).body;
    const byOrg = (await get(`/hsds/services?organization_id=${organizationId}`).expect(200)).body;
    const byTerm = (await get(`/hsds/services?taxonomy_term_id=${term.id}&per_page=1000`).expect(200)).body;
    const expected = byOrg.contents
      .map((s: { id: string }) => s.id)
      .filter((id: string) => byTerm.contents.some((t: HsdsItem) => t.id === id));
    expect(both.contents.map((s: { id: string }) => s.id).sort()).toEqual(expected.sort());
    expect(both.total_items).toBeGreaterThan(0);
    const future = (await get('/hsds/services?modified_after=2999-01-01T00:00:00Z').expect(200)).body;
    expect(future).toMatchObject({ total_items: 0, empty: true, size: 0 });
    const named = (await get(`/hsds/services?search=${encodeURIComponent(all[0].name)}&organization_id=${organizationId}`).expect(200))
      .body;
    expect(named.contents.map((s: { id: string }) => s.id)).toContain(all[0].id);
    expect((await get('/hsds/services?search=zzqxj-nothing').expect(200)).body.total_items).toBe(0);
    const minimal = (await get('/hsds/services?minimal=true&per_page=3').expect(200)).body;
    expect(Object.keys(minimal.contents[0]).sort()).toEqual(['id', 'last_modified']);
  });

  it('answers bad parameters and unknown ids with problem+json', async () => {
    const bad = await get('/hsds/services?per_page=0').expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.headers['access-control-allow-origin']).toBe('*');
    await get('/hsds/services?modified_after=yesterday').expect(400);
    await get('/hsds/services/not-a-uuid').expect(400);
    await get('/hsds/services/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('hides services that are not published, or whose organization is not', async () => {
    const [row] = await api.db.dataSource.query(
      `UPDATE service SET publication_state = 'draft' WHERE id = (SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
        WHERE s.publication_state = 'published' AND o.publication_state = 'published' ORDER BY s.id LIMIT 1) RETURNING id`,
    );
    const id = Array.isArray(row) ? row[0].id : row.id;
    await get(`/hsds/services/${id}`).expect(404);
    const ndjson = (await get('/hsds/services?format=ndjson').expect(200)).text;
    expect(ndjson).not.toContain(id);
    await api.db.dataSource.query(`UPDATE service SET publication_state = 'published' WHERE id = $1`, [id]);
  });
});

describe('organizations, service_at_locations, taxonomies, taxonomy_terms', () => {
  it('organizations: pages and details are valid', async () => {
    const items = await everyPage('/hsds/organizations');
    for (const item of items) expectValid('organizationList', item, `org list ${String(item.id)}`);
    for (const item of items) {
      const detail = (await get(`/hsds/organizations/${String(item.id)}?full_service=true`).expect(200)).body;
      expectValid('organization', detail, `org ${String(item.id)}`);
      for (const service of detail.services ?? []) expectValid('service', service, `org service ${String(service.id)}`);
      expectNoNulls(detail);
    }
  });

  it('service_at_locations: pages and details are valid; postcode and proximity filter', async () => {
    const items = await everyPage('/hsds/service_at_locations');
    for (const item of items) expectValid('serviceAtLocationList', item, `sal list ${String(item.id)}`);
    for (const item of items.slice(0, 40)) {
      const detail = (await get(`/hsds/service_at_locations/${String(item.id)}`).expect(200)).body;
      expectValid('serviceAtLocation', detail, `sal ${String(item.id)}`);
      expectValid('service', detail.service, `sal service ${String(item.id)}`);
      expectNoNulls(detail);
    }
    const all = (await get('/hsds/service_at_locations?postcode=2060&per_page=1000').expect(200)).body;
    const near = (await get('/hsds/service_at_locations?postcode=2060&proximity=1500&per_page=1000').expect(200)).body;
    expect(all.total_items).toBeGreaterThan(0);
    expect(near.total_items).toBeGreaterThan(0);
    expect(near.total_items).toBeLessThan(all.total_items);
    await get('/hsds/service_at_locations?postcode=abc').expect(400);
  });

  it('taxonomies and terms: pages and details are valid', async () => {
    const taxonomies = await everyPage('/hsds/taxonomies');
    for (const item of taxonomies) {
      expectValid('taxonomy', item, `taxonomy ${String(item.id)}`);
      expectValid('taxonomy', (await get(`/hsds/taxonomies/${String(item.id)}`).expect(200)).body, 'taxonomy detail');
    }
    const terms = await everyPage('/hsds/taxonomy_terms');
    for (const item of terms) expectValid('taxonomyTerm', item, `term ${String(item.id)}`);
    expectValid('taxonomyTerm', (await get(`/hsds/taxonomy_terms/${String(terms[0].id)}`).expect(200)).body, 'term detail');
    const top = (await get(`/hsds/taxonomy_terms?top_only=true&per_page=1000`).expect(200)).body;
    expect(top.contents.every((t: HsdsItem) => t.parent_id === undefined)).toBe(true);
  });
});
