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

const get = (path: string) => request(api.url).get(path);

describe('GET /api/health', () => {
  it('reports the database up', async () => {
    const response = await get('/api/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' } },
      search: { primary: 'memory', engines: [{ engine: 'memory', state: 'ready' }] },
    });
  });
});

describe('organizations', () => {
  it('lists published organizations by name with totals', async () => {
    const response = await get('/api/v1/organizations?pageSize=100').expect(200).expect('content-type', /json/);
    const { items, total, page, pageSize, totalPages } = response.body;
    expect(total).toBeGreaterThanOrEqual(60);
    expect([page, pageSize, totalPages]).toEqual([1, 100, Math.ceil(total / 100)]);
    const names = items.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(items.every((o: { isDemo: boolean }) => o.isDemo)).toBe(true);
  });

  it('pages without overlap or gaps', async () => {
    const first = (await get('/api/v1/organizations?page=1&pageSize=7').expect(200)).body;
    const second = (await get('/api/v1/organizations?page=2&pageSize=7').expect(200)).body;
    const all = (await get('/api/v1/organizations?page=1&pageSize=14').expect(200)).body;
    expect([...first.items, ...second.items].map((o: { id: string }) => o.id)).toEqual(all.items.map((o: { id: string }) => o.id));
  });

  it('filters by part of the name, accent-insensitively', async () => {
    const all = (await get('/api/v1/organizations?pageSize=100').expect(200)).body.items as { name: string }[];
    const sample = all[0].name.slice(0, 4);
    const filtered = (await get(`/api/v1/organizations?name=${encodeURIComponent(sample.toUpperCase())}`).expect(200)).body;
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.items.every((o: { name: string }) => o.name.toLowerCase().includes(sample.toLowerCase()))).toBe(true);
  });

  it('shows one organization with its locations and published services', async () => {
    const list = (await get('/api/v1/organizations?pageSize=100').expect(200)).body.items as { id: string; serviceCount: number }[];
    const withServices = list.find((o) => o.serviceCount > 0)!;
    const detail = (await get(`/api/v1/organizations/${withServices.id}`).expect(200)).body;
    expect(detail.id).toBe(withServices.id);
    expect(detail.services).toHaveLength(withServices.serviceCount);
    expect(detail.locations.length).toBeGreaterThan(0);
    expect(detail.locations[0]).toHaveProperty('district');
  });
});

describe('services', () => {
  it('lists published services only, with life domains and languages', async () => {
    const response = await get('/api/v1/services?pageSize=100').expect(200);
    expect(response.body.total).toBeGreaterThanOrEqual(200);
    const counts = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE s.publication_state = 'published' AND o.publication_state = 'published'`,
    );
    expect(response.body.total).toBe(counts[0].n);
    for (const item of response.body.items) {
      expect(item.languages).toContain('nl');
      expect(item.lifeDomains.length).toBeGreaterThan(0);
    }
  });

  it('filters by organization', async () => {
    const org = (await get('/api/v1/organizations?pageSize=100').expect(200)).body.items.find(
      (o: { serviceCount: number }) => o.serviceCount > 1,
    );
    const services = (await get(`/api/v1/services?organizationId=${org.id}`).expect(200)).body;
    expect(services.total).toBe(org.serviceCount);
    expect(services.items.every((s: { organization: { id: string } }) => s.organization.id === org.id)).toBe(true);
  });

  it('shows a service with everything the detail page needs', async () => {
    const [row] = await api.db.dataSource.query(
      `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE s.publication_state = 'published' AND o.publication_state = 'published'
         AND EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.service_id = s.id)
         AND EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id)
         AND EXISTS (SELECT 1 FROM required_document rd WHERE rd.service_id = s.id)
       ORDER BY s.name LIMIT 1`,
    );
    const detail = (await get(`/api/v1/services/${row.id}`).expect(200)).body;
    expect(detail.organization).toMatchObject({ id: expect.any(String), name: expect.any(String), isDemo: true });
    expect(detail.locations[0]).toMatchObject({
      latitude: expect.any(Number),
      longitude: expect.any(Number),
      address: { address1: expect.any(String), postalCode: expect.stringMatching(/^2\d{3}$/) },
      district: { id: expect.any(String), name: expect.any(String) },
      wijk: { id: expect.stringMatching(/^\d{5}[A-Z]\d{2}$/), name: expect.any(String) },
      placeStatus: 'inside',
    });
    expect(detail.schedules[0].opensAt).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(detail.languages.find((l: { code: string }) => l.code === 'nl')).toMatchObject({ native: 'Nederlands' });
    expect(detail.lifeDomains.length).toBeGreaterThan(0);
    expect(detail.lifeDomains.every((t: { taxonomy: string }) => t.taxonomy === 'levensdomein')).toBe(true);
    expect(detail.targetGroups.every((t: { taxonomy: string }) => t.taxonomy === 'doelgroep')).toBe(true);
    expect(detail.requiredDocuments.length).toBeGreaterThan(0);
    expect(typeof detail.servesWholeCity).toBe('boolean');
    expect(detail).toHaveProperty('translations');
    expect(detail.version).toBeGreaterThanOrEqual(1);
  });

  it('says whether a service is free, paid or of unknown cost', async () => {
    const rows: { id: string; kind: string }[] = await api.db.dataSource.query(
      `SELECT DISTINCT ON (kind) id, kind FROM (
         SELECT s.id, CASE WHEN count(c.id) = 0 THEN 'unknown' WHEN bool_and(c.amount = 0) THEN 'free' ELSE 'paid' END AS kind
         FROM service s LEFT JOIN cost_option c ON c.service_id = s.id
         WHERE s.publication_state = 'published' GROUP BY s.id) t ORDER BY kind, id`,
    );
    expect(rows.map((r) => r.kind).sort()).toEqual(['free', 'paid', 'unknown']);
    for (const { id, kind } of rows) {
      const { isFree } = (await get(`/api/v1/services/${id}`).expect(200)).body;
      expect(isFree).toBe(kind === 'free' ? true : kind === 'paid' ? false : null);
    }
  });

  it('does not show draft or archived services', async () => {
    const hidden: { id: string }[] = await api.db.dataSource.query(`SELECT id FROM service WHERE publication_state <> 'published'`);
    expect(hidden.length).toBeGreaterThan(0);
    for (const { id } of hidden) {
      const response = await get(`/api/v1/services/${id}`).expect(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});

describe('taxonomies', () => {
  it('lists the three taxonomies with their term counts', async () => {
    const taxonomies = (await get('/api/v1/taxonomies').expect(200)).body as { code: string; termCount: number }[];
    expect(taxonomies.map((t) => t.code).sort()).toEqual(['doelgroep', 'levensdomein', 'toegang']);
    expect(taxonomies.every((t) => t.termCount > 0)).toBe(true);
  });

  it('shows a taxonomy with its terms, and one term by id', async () => {
    const taxonomy = (await get('/api/v1/taxonomies/levensdomein').expect(200)).body;
    expect(taxonomy.terms).toHaveLength(taxonomy.termCount);
    const child = taxonomy.terms.find((t: { parentCode: string | null }) => t.parentCode !== null);
    const term = (await get(`/api/v1/taxonomy-terms/${child.id}`).expect(200)).body;
    expect(term).toMatchObject({ code: child.code, taxonomy: 'levensdomein', parentCode: child.parentCode });
    const terms = (await get('/api/v1/taxonomy-terms?taxonomy=toegang').expect(200)).body;
    expect(terms.map((t: { code: string }) => t.code)).toEqual(
      expect.arrayContaining(['zonder-afspraak', 'rolstoeltoegankelijk', 'open-op-feestdagen']),
    );
  });

  it('gives the 15 life domains as a tree with keywords', async () => {
    const domains = (await get('/api/v1/life-domains').expect(200)).body;
    expect(domains).toHaveLength(15);
    const income = domains.find((d: { code: string }) => d.code === 'inkomen');
    expect(income.children.map((c: { code: string }) => c.code)).toContain('inkomen/schuldhulp');
    expect(income.keywords).toContain('schulden');
    expect(income.labels).toMatchObject({ nl: 'Inkomen en schulden', en: expect.any(String), fr: expect.any(String) });
  });

  it('lists target groups and access terms', async () => {
    const groups = (await get('/api/v1/target-groups').expect(200)).body;
    expect(groups.every((g: { taxonomy: string }) => g.taxonomy === 'doelgroep')).toBe(true);
    expect(groups.map((g: { code: string }) => g.code)).toContain('nieuwkomers');
    const access = (await get('/api/v1/access-terms').expect(200)).body;
    expect(access.every((g: { taxonomy: string }) => g.taxonomy === 'toegang')).toBe(true);
  });
});

describe('places', () => {
  it('gives the 10 districts as a GeoJSON FeatureCollection', async () => {
    const collection = (await get('/api/v1/districts').expect(200)).body;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(10);
    const borgerhout = collection.features.find((f: { id: string }) => f.id === 'borgerhout');
    expect(borgerhout.properties).toMatchObject({ name: 'Borgerhout', wijkCount: 3, postcodes: ['2140'] });
    expect(['Polygon', 'MultiPolygon']).toContain(borgerhout.geometry.type);
    expect(collection.features.reduce((n: number, f: { properties: { wijkCount: number } }) => n + f.properties.wijkCount, 0)).toBe(66);
  });

  it('gives one district, the 66 wijken without the Scheldt, and the wijken of one district', async () => {
    expect((await get('/api/v1/districts/borsbeek').expect(200)).body.properties.name).toBe('Borsbeek');
    const wijken = (await get('/api/v1/wijken').expect(200)).body;
    expect(wijken.features).toHaveLength(66);
    expect(wijken.features.some((f: { properties: { name: string } }) => f.properties.name === 'Schelde')).toBe(false);
    const borgerhout = (await get('/api/v1/wijken?district=borgerhout').expect(200)).body;
    expect(borgerhout.features.map((f: { id: string }) => f.id).sort()).toEqual(['11002S01', '11002S02', '11002S03']);
    const wijk = (await get('/api/v1/wijken/11002S02').expect(200)).body;
    expect(wijk.properties).toMatchObject({ name: 'Borgerhout Intra Muros Noord', districtId: 'borgerhout', districtName: 'Borgerhout' });
  });
});

describe('reference lists', () => {
  it('lists languages with their direction', async () => {
    const languages = (await get('/api/v1/languages').expect(200)).body as { code: string; rtl: boolean }[];
    expect(languages[0].code).toBe('nl');
    expect(languages.find((l) => l.code === 'ar')?.rtl).toBe(true);
    expect(languages.find((l) => l.code === 'tr')?.rtl).toBe(false);
  });

  it('lists the holidays of a year', async () => {
    const holidays = (await get('/api/v1/holidays?year=2026&kind=legal').expect(200)).body as { date: string }[];
    expect(holidays).toHaveLength(10);
    expect(holidays.map((h) => h.date)).toEqual(expect.arrayContaining(['2026-04-06', '2026-07-21', '2026-12-25']));
  });
});

describe('OpenAPI', () => {
  it('serves the document', async () => {
    const document = (await get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/services/{id}', '/api/v1/districts', '/api/health']));
  });
});
