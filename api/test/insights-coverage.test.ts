// Coverage and the services behind it (docs/insights.md), every figure against a brute-force
// count over the demo data (support/insights.ts), with the operator's population file configured.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { type PlainService, placesOf, plainReach, plainServices } from './support/insights.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Counts {
  serving: number;
  local: number;
  district: number;
  cityWide: number;
  located: number;
  servingPer10k: number | null;
}
interface Area {
  id: string;
  districtId: string;
  population: { residents: number; source: string; date: string } | null;
  total: Counts;
  cells: (Counts & { code: string })[];
}

let api: TestApp;
let services: PlainService[];
let places: Awaited<ReturnType<typeof placesOf>>;

beforeAll(async () => {
  api = await startTestApp({ POPULATION_CSV: 'api/test/fixtures/population.csv' });
  services = await plainServices(api.db.dataSource);
  places = await placesOf(api.db.dataSource);
});
afterAll(async () => {
  await api.close();
});

/** The figures of one area and category, counted service by service. */
function bruteForce(level: 'district' | 'wijk', area: { id: string; districtId: string }, inCategory: (s: PlainService) => boolean) {
  const counts = { serving: 0, local: 0, district: 0, cityWide: 0, located: 0 };
  for (const s of services.filter(inCategory)) {
    const reach = plainReach(s, level, area.id, area.districtId);
    if (reach) {
      counts.serving++;
      counts[reach === 'city' ? 'cityWide' : reach]++;
    }
    if ((level === 'district' ? s.locatedDistricts : s.locatedWijken).has(area.id)) counts.located++;
  }
  return counts;
}

/** The counts alone (no rate, no code), to compare with the brute force. */
const withoutRate = ({ servingPer10k: _rate, ...counts }: Counts & { code?: string }) => {
  delete counts.code;
  return counts;
};

describe('GET /api/v1/insights/coverage', () => {
  it('counts, per district and life domain (sub-domains in their parent), what a brute-force count over the demo data counts', async () => {
    const { body } = await request(api.url).get('/api/v1/insights/coverage').expect(200);
    expect(body.level).toBe('district');
    expect(body.areas).toHaveLength(10);
    const codes = (body.categories as { code: string }[]).map((c) => c.code);
    expect(codes).toContain('gezondheid');
    let nonZero = 0;
    for (const area of body.areas as Area[]) {
      expect(withoutRate(area.total)).toEqual(bruteForce('district', { id: area.id, districtId: area.id }, () => true));
      for (const code of codes) {
        const cell = area.cells.find((c) => c.code === code);
        const expected = bruteForce('district', { id: area.id, districtId: area.id }, (s) => s.lifeDomains.has(code));
        expect({ code, ...(cell ? withoutRate(cell) : { serving: 0, local: 0, district: 0, cityWide: 0, located: 0 }) }).toEqual({
          code,
          ...expected,
        });
        if (expected.local > 0) nonZero++;
      }
    }
    // The demo data must exercise the split, or the comparison above proves little.
    expect(nonZero).toBeGreaterThan(5);
  });

  it('counts per wijk and language under filters (language, free, walk-in) as the brute force does', async () => {
    const { body } = await request(api.url)
      .get('/api/v1/insights/coverage?level=wijk&by=language&lifeDomain=inkomen&walkIn=true')
      .expect(200);
    expect(body.areas).toHaveLength(places.wijken.length);
    expect(body.filters).toEqual({ lifeDomain: ['inkomen'], targetGroup: [], language: [], free: false, walkIn: true });
    const inFilter = (s: PlainService) => s.lifeDomains.has('inkomen') && s.isWalkIn;
    let districtReach = 0;
    for (const area of body.areas as Area[]) {
      const wijk = { id: area.id, districtId: area.districtId };
      expect(places.wijken.find((w) => w.id === area.id)?.district_id).toBe(area.districtId);
      expect(withoutRate(area.total)).toEqual(bruteForce('wijk', wijk, inFilter));
      for (const language of ['nl', 'ar', 'fr', 'en', 'tr']) {
        const cell = area.cells.find((c) => c.code === language);
        const expected = bruteForce('wijk', wijk, (s) => inFilter(s) && s.languages.has(language));
        expect({ language, ...(cell ? withoutRate(cell) : { serving: 0, local: 0, district: 0, cityWide: 0, located: 0 }) }).toEqual({
          language,
          ...expected,
        });
      }
      districtReach += area.total.district;
    }
    expect(districtReach).toBeGreaterThan(0);
  });

  it('gives per 10,000 residents only where the population file has the area, with its source and date', async () => {
    const { body } = await request(api.url).get('/api/v1/insights/coverage').expect(200);
    const borgerhout = (body.areas as Area[]).find((a) => a.id === 'borgerhout')!;
    expect(borgerhout.population).toEqual({ residents: 45000, source: 'Testbestand (fictief)', date: '2026-01-01' });
    expect(borgerhout.total.servingPer10k).toBe(Math.round((borgerhout.total.serving / 45000) * 100_000) / 10);
    const deurne = (body.areas as Area[]).find((a) => a.id === 'deurne')!;
    expect(deurne.population).toBeNull();
    expect(deurne.total.servingPer10k).toBeNull();
    expect(deurne.cells.every((c) => c.servingPer10k === null)).toBe(true);
    expect(body.populationSources).toEqual([{ source: 'Testbestand (fictief)', date: '2026-01-01' }]);
  });

  it('exports the same figures as CSV that a CSV parser reads back', async () => {
    const [json, csv] = await Promise.all([
      request(api.url).get('/api/v1/insights/coverage?level=wijk').expect(200),
      request(api.url).get('/api/v1/insights/coverage?level=wijk&format=csv').expect(200),
    ]);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse<Record<string, string>>(csv.text, { columns: true });
    const areas = json.body.areas as Area[];
    expect(rows).toHaveLength(areas.reduce((n, a) => n + a.cells.length + 1, 0));
    const byKey = new Map(rows.map((r) => [`${r.area_id} ${r.lifeDomain}`, r]));
    for (const area of areas) {
      expect(Number(byKey.get(`${area.id} `)!.serving)).toBe(area.total.serving);
      for (const cell of area.cells) {
        const row = byKey.get(`${area.id} ${cell.code}`)!;
        expect([row.serving, row.local, row.district, row.city_wide, row.located].map(Number)).toEqual([
          cell.serving,
          cell.local,
          cell.district,
          cell.cityWide,
          cell.located,
        ]);
      }
    }
  });

  it.each([
    ['lifeDomain=bestaat-niet', 'lifeDomain'],
    ['language=xx', 'language'],
    ['targetGroup=Foute_Code', 'targetGroup'],
    ['free=misschien', 'free'],
    ['level=straat', 'level'],
    ['by=kleur', 'by'],
    ['format=xml', 'format'],
  ])('answers %s with a 400 problem naming %s', async (query, name) => {
    const response = await request(api.url).get(`/api/v1/insights/coverage?${query}`).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((response.body.errors as { name: string }[]).map((e) => e.name)).toContain(name);
  });

  it('follows the change feed: an archived service leaves the figures at the next request', async () => {
    const before = (await request(api.url).get('/api/v1/insights/coverage').expect(200)).body.areas as Area[];
    const target = services.find((s) => s.areas.some((a) => a.scope === 'district'))!;
    await api.db.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE service SET publication_state = 'archived' WHERE id = $1`, [target.id]);
      await manager.query('INSERT INTO service_change (service_id) VALUES ($1)', [target.id]);
    });
    const after = (await request(api.url).get('/api/v1/insights/coverage').expect(200)).body.areas as Area[];
    const district = target.areas.find((a) => a.scope === 'district')!.code!;
    const local = (areas: Area[]) => areas.find((a) => a.id === district)!.total.local;
    expect(local(after)).toBe(local(before) - 1);
    await api.db.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE service SET publication_state = 'published' WHERE id = $1`, [target.id]);
      await manager.query('INSERT INTO service_change (service_id) VALUES ($1)', [target.id]);
    });
    const restored = (await request(api.url).get('/api/v1/insights/coverage').expect(200)).body.areas as Area[];
    expect(local(restored)).toBe(local(before));
  });
});

describe('GET /api/v1/insights/coverage/services', () => {
  it('lists exactly the services behind a wijk’s figure, most local first', async () => {
    const wijk = places.wijken.find((w) => w.district_id === 'borgerhout')!;
    const { body } = await request(api.url).get(`/api/v1/insights/coverage/services?area=${wijk.id}&pageSize=100`).expect(200);
    const expected = services.filter((s) => plainReach(s, 'wijk', wijk.id, wijk.district_id) !== null);
    expect(body.total).toBe(expected.length);
    const all = [...(body.items as { id: string; reach: string; isLocatedHere: boolean }[])];
    for (let page = 2; page <= body.totalPages; page++) {
      all.push(
        ...(await request(api.url).get(`/api/v1/insights/coverage/services?area=${wijk.id}&pageSize=100&page=${page}`).expect(200)).body
          .items,
      );
    }
    expect(all.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
    for (const item of all) {
      const s = services.find((x) => x.id === item.id)!;
      expect(item.reach).toBe(plainReach(s, 'wijk', wijk.id, wijk.district_id));
      expect(item.isLocatedHere).toBe(s.locatedWijken.has(wijk.id));
    }
    const order = { local: 0, district: 1, city: 2 } as Record<string, number>;
    expect(all.map((s) => order[s.reach])).toEqual([...all.map((s) => order[s.reach])].sort((a, b) => a - b));
  });

  it('filters by reach and answers an unknown area with a 400 naming it', async () => {
    const { body } = await request(api.url).get('/api/v1/insights/coverage/services?area=borgerhout&reach=local&pageSize=100').expect(200);
    expect(body.total).toBe(services.filter((s) => plainReach(s, 'district', 'borgerhout', 'borgerhout') === 'local').length);
    const unknown = await request(api.url).get('/api/v1/insights/coverage/services?area=atlantis').expect(400);
    expect(unknown.body.errors.map((e: { name: string }) => e.name)).toEqual(['area']);
    const missing = await request(api.url).get('/api/v1/insights/coverage/services').expect(400);
    expect(missing.body.errors.map((e: { name: string }) => e.name)).toEqual(['area']);
  });
});
