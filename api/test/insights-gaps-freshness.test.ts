// Gaps and freshness (docs/insights.md), against brute-force counts over the demo data
// (support/insights.ts); without a population file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import request from 'supertest';
import { names, type PlainService, placesOf, plainServices, servesCity } from './support/insights.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let services: PlainService[];
let places: Awaited<ReturnType<typeof placesOf>>;
let topDomains: string[];

const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  api = await startTestApp();
  // Some stale listings for certain: one never verified, one verified 200 days ago.
  const [a, b] = await api.db.dataSource.query<{ id: string }[]>(
    `SELECT s.id FROM service s WHERE s.publication_state = 'published' AND s.status = 'active' ORDER BY s.name LIMIT 2`,
  );
  await api.db.dataSource.transaction(async (manager) => {
    await manager.query('UPDATE service SET last_verified_at = NULL WHERE id = $1', [a.id]);
    await manager.query(`UPDATE service SET last_verified_at = now() - interval '200 days' WHERE id = $1`, [b.id]);
    await manager.query('INSERT INTO service_change (service_id) VALUES ($1), ($2)', [a.id, b.id]);
  });
  services = await plainServices(api.db.dataSource);
  places = await placesOf(api.db.dataSource);
  topDomains = (
    await api.db.dataSource.query<{ code: string }[]>(
      `SELECT code FROM taxonomy_term WHERE taxonomy = 'levensdomein' AND parent_id IS NULL ORDER BY code`,
    )
  ).map((r) => r.code);
});
afterAll(async () => {
  await api.close();
});

interface Gap {
  areaId: string;
  lifeDomain: string;
  language: string | null;
  kind: string;
  cityWide: number;
  demand: { searches: number; zeroResults: number };
  demandAnywhere: { searches: number; zeroResults: number };
}

/** Gaps counted service by service: no service naming the area (or, for a wijk, its district). */
function bruteForceGaps(level: 'district' | 'wijk', inFilter: (s: PlainService, domain: string) => boolean): string[] {
  const areas = level === 'district' ? places.districts.map((d) => ({ id: d.id, district_id: d.id })) : places.wijken;
  const gaps: string[] = [];
  for (const area of areas) {
    for (const domain of topDomains) {
      const matching = services.filter((s) => inFilter(s, domain));
      const near = matching.filter((s) => names(s, level, area.id) || (level === 'wijk' && names(s, 'district', area.district_id)));
      if (near.length > 0) continue;
      const cityWide = matching.filter(servesCity).length;
      gaps.push(`${area.id} ${domain} ${cityWide === 0 ? 'none' : 'city-wide-only'} ${cityWide}`);
    }
  }
  return gaps.sort();
}

const asKeys = (gaps: Gap[]) => gaps.map((g) => `${g.areaId} ${g.lifeDomain} ${g.kind} ${g.cityWide}`).sort();

describe('GET /api/v1/insights/gaps', () => {
  it('lists exactly the district × life domain combinations without a service or with only city-wide ones', async () => {
    const { body } = await request(api.url).get('/api/v1/insights/gaps').expect(200);
    const expected = bruteForceGaps('district', (s, domain) => s.lifeDomains.has(domain));
    expect(expected.length).toBeGreaterThan(0);
    expect(asKeys(body.gaps)).toEqual(expected);
  });

  it('splits per language at wijk level: no Arabic-speaking service of the domain serving the wijk', async () => {
    const { body } = await request(api.url).get('/api/v1/insights/gaps?level=wijk&language=ar&split=language').expect(200);
    expect((body.gaps as Gap[]).every((g) => g.language === 'ar')).toBe(true);
    expect(asKeys(body.gaps)).toEqual(bruteForceGaps('wijk', (s, domain) => s.lifeDomains.has(domain) && s.languages.has('ar')));
  });

  it('puts the gaps people searched for first, counting sub-domain searches for their parent', async () => {
    const { body: before } = await request(api.url).get('/api/v1/insights/gaps').expect(200);
    const target = (before.gaps as Gap[]).at(-1)!;
    const sub = await api.db.dataSource.query<{ code: string }[]>(
      `SELECT t.code FROM taxonomy_term t JOIN taxonomy_term p ON p.id = t.parent_id WHERE p.code = $1 LIMIT 1`,
      [target.lifeDomain],
    );
    const searched = sub[0]?.code ?? target.lifeDomain;
    const today = DateTime.now().setZone('Europe/Brussels').toISODate();
    await api.db.dataSource.query(
      `INSERT INTO insight_search_day (day, source, engine, filter_key, life_domains, districts, searches, zero_results)
       VALUES ($1, 'online', 'memory', 'a', $2, $3, 7, 4), ($1, 'online', 'memory', 'b', $2, '{}', 5, 1),
              ($1::date - 200, 'online', 'memory', 'a', $2, $3, 100, 100)`,
      [today, [searched], [target.areaId]],
    );
    const { body } = await request(api.url).get('/api/v1/insights/gaps').expect(200);
    expect(body.gaps[0]).toMatchObject({
      areaId: target.areaId,
      lifeDomain: target.lifeDomain,
      demand: { searches: 7, zeroResults: 4 },
      demandAnywhere: { searches: 12, zeroResults: 5 },
    });
    expect(asKeys(body.gaps)).toEqual(asKeys(before.gaps));
  });

  it('exports CSV, and refuses a split without its filter with a 400 naming split', async () => {
    const [json, csv] = await Promise.all([
      request(api.url).get('/api/v1/insights/gaps?level=wijk').expect(200),
      request(api.url).get('/api/v1/insights/gaps?level=wijk&format=csv').expect(200),
    ]);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse<Record<string, string>>(csv.text, { columns: true });
    expect(rows.map((r) => `${r.area_id} ${r.life_domain} ${r.kind} ${r.city_wide}`)).toEqual(
      (json.body.gaps as Gap[]).map((g) => `${g.areaId} ${g.lifeDomain} ${g.kind} ${g.cityWide}`),
    );
    const refused = await request(api.url).get('/api/v1/insights/gaps?split=language').expect(400);
    expect(refused.body.errors.map((e: { name: string }) => e.name)).toEqual(['split']);
    const badWeeks = await request(api.url).get('/api/v1/insights/gaps?weeks=0').expect(400);
    expect(badWeeks.body.errors.map((e: { name: string }) => e.name)).toEqual(['weeks']);
  });
});

describe('GET /api/v1/insights/freshness', () => {
  const isVerified = (s: PlainService, since: number) => s.lastVerifiedAt !== null && s.lastVerifiedAt.getTime() >= since;

  it('gives the share verified in 180 days for the city, each district and district × life domain, as counted service by service', async () => {
    const { body } = await request(api.url).get('/api/v1/insights/freshness?limit=1000').expect(200);
    const since = new Date(body.verifiedSince as string).getTime();
    expect(Date.now() - since).toBeGreaterThanOrEqual(180 * DAY_MS - 60_000);
    const share = (list: PlainService[]) => ({
      listings: list.length,
      verified: list.filter((s) => isVerified(s, since)).length,
    });
    expect(body.city).toMatchObject(share(services));
    expect(body.city.verified).toBeLessThan(body.city.listings);
    for (const district of body.districts as { id: string; listings: number; verified: number; lifeDomains: { lifeDomain: string }[] }[]) {
      const serving = services.filter((s) => servesCity(s) || names(s, 'district', district.id));
      expect(district).toMatchObject(share(serving));
      for (const domain of topDomains) {
        const cell = district.lifeDomains.find((l) => l.lifeDomain === domain);
        const expected = share(serving.filter((s) => s.lifeDomains.has(domain)));
        expect(cell ? { domain, ...cell } : { domain, listings: 0, verified: 0 }).toMatchObject({ domain, ...expected });
      }
    }
    // Never verified first, then the oldest verification.
    const oldest = [...services].sort(
      (a, b) =>
        (a.lastVerifiedAt?.getTime() ?? -Infinity) - (b.lastVerifiedAt?.getTime() ?? -Infinity) ||
        a.name.localeCompare(b.name, 'nl') ||
        a.id.localeCompare(b.id),
    );
    expect((body.oldest as { id: string }[]).map((s) => s.id)).toEqual(oldest.slice(0, 1000).map((s) => s.id));
    expect(body.oldest[0].lastVerifiedAt).toBeNull();
    // Per organisation: its stale listings.
    const stale = new Map<string, number>();
    for (const s of services) if (!isVerified(s, since)) stale.set(s.organizationId, (stale.get(s.organizationId) ?? 0) + 1);
    expect(body.organizationsWithStale).toBe(stale.size);
    expect(Object.fromEntries((body.organizations as { id: string; stale: number }[]).map((o) => [o.id, o.stale]))).toEqual(
      Object.fromEntries(stale),
    );
  });

  it('records this week in the weekly series, and exports CSV', async () => {
    const { body } = await request(api.url).get('/api/v1/insights/freshness').expect(200);
    const week = DateTime.now().setZone('Europe/Brussels').startOf('week').toISODate();
    const city = (body.weekly as { week: string; districtId: string | null; listings: number; verified: number }[]).find(
      (w) => w.week === week && w.districtId === null,
    );
    expect(city).toMatchObject({ listings: body.city.listings, verified: body.city.verified });
    expect((body.weekly as { districtId: string | null }[]).filter((w) => w.districtId !== null)).toHaveLength(places.districts.length);
    const csv = await request(api.url).get('/api/v1/insights/freshness?format=csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse<Record<string, string>>(csv.text, { columns: true });
    expect(Number(rows[0].listings)).toBe(body.city.listings);
    const borgerhout = (body.districts as { id: string; listings: number }[]).find((d) => d.id === 'borgerhout')!;
    expect(Number(rows.find((r) => r.district_id === 'borgerhout' && r.life_domain === '')!.listings)).toBe(borgerhout.listings);
  });
});
