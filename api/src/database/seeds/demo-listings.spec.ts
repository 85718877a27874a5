// The demo listings as the first start loads them (the test template imported data/demo through
// importDemoListings): what the tests and the demo rely on. The file itself is validated by the
// import; that it imports again without a change is checked in test/seed.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { readAccessTerms, readLifeDomains, readTargetGroups } from './reference-files.js';
import { TAXONOMY } from './reference-seed.js';

let db: TestDatabase;
const query = <T>(sql: string, params: unknown[] = []) => db.dataSource.query<T[]>(sql, params);
const count = async (sql: string) => Number((await query<{ n: string }>(sql))[0].n);

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('the demo listings', () => {
  it('are 246 services of 100 organisations, all marked as demo, 242 of them published', async () => {
    expect(await count('SELECT count(*) AS n FROM organization WHERE is_demo')).toBe(100);
    expect(await count('SELECT count(*) AS n FROM organization WHERE NOT is_demo')).toBe(0);
    const states = await query<{ publication_state: string; n: string }>(
      'SELECT publication_state::text AS publication_state, count(*) AS n FROM service GROUP BY 1 ORDER BY 1',
    );
    expect(states.map((s) => [s.publication_state, Number(s.n)])).toEqual([
      ['archived', 1],
      ['draft', 3],
      ['published', 242],
    ]);
    expect(await count(`SELECT count(*) AS n FROM service WHERE status = 'temporarily closed'`)).toBeGreaterThanOrEqual(2);
    expect(await count('SELECT count(DISTINCT is_public_sector) AS n FROM organization')).toBe(2);
  });

  it('use only .example domains for e-mail and websites', async () => {
    const addresses = await query<{ a: string }>(
      `SELECT unnest(ARRAY[email, website]) AS a FROM organization
       UNION ALL SELECT unnest(ARRAY[email, url]) FROM service UNION ALL SELECT email FROM contact`,
    );
    for (const { a } of addresses.filter((x) => x.a !== null))
      expect(a).toMatch(/^(https:\/\/www\.|[a-z]+@)[a-z0-9-]+\.example(\/[a-z0-9-]+)?$/);
  });

  it('lie inside a wijk, in all 10 districts, with the postcode of their district', async () => {
    expect(await count(`SELECT count(*) AS n FROM location WHERE place_status <> 'inside'`)).toBe(0);
    expect(await count('SELECT count(DISTINCT district_id) AS n FROM location')).toBe(10);
    const wrong = await query(
      `SELECT a.postal_code, l.district_id FROM address a JOIN location l ON l.id = a.location_id JOIN district d ON d.id = l.district_id
       WHERE NOT a.postal_code = ANY(d.postcodes)`,
    );
    expect(wrong).toEqual([]);
  });

  it('link only the reference terms (the import created none): 1–2 life domains, 1–3 target groups, an access term', async () => {
    const reference = (
      await Promise.all([readLifeDomains, readTargetGroups, readAccessTerms].map((read) => read(db.config.dataDir)))
    ).flatMap((file) => file.terms);
    expect(await count('SELECT count(*) AS n FROM taxonomy_term')).toBe(reference.length);
    const perService = await query<{ levensdomein: string; doelgroep: string; toegang: string }>(
      `SELECT count(*) FILTER (WHERE t.taxonomy = $1) AS levensdomein, count(*) FILTER (WHERE t.taxonomy = $2) AS doelgroep,
              count(*) FILTER (WHERE t.taxonomy = $3) AS toegang
       FROM service s JOIN attribute a ON a.service_id = s.id JOIN taxonomy_term t ON t.id = a.taxonomy_term_id GROUP BY s.id`,
      [TAXONOMY.lifeDomain, TAXONOMY.targetGroup, TAXONOMY.access],
    );
    expect(perService).toHaveLength(246);
    for (const row of perService) {
      expect(Number(row.levensdomein)).toBeGreaterThanOrEqual(1);
      expect(Number(row.levensdomein)).toBeLessThanOrEqual(2);
      expect(Number(row.doelgroep)).toBeGreaterThanOrEqual(1);
      expect(Number(row.doelgroep)).toBeLessThanOrEqual(3);
      expect(Number(row.toegang)).toBeGreaterThanOrEqual(1);
    }
  });

  it('have the special cases the search and opening hours are tested on', async () => {
    // Overnight, around the clock, seasonal, Saturday; free, paid and unknown cost; all three area scopes.
    expect(await count(`SELECT count(*) AS n FROM schedule WHERE opens_at = '21:00' AND closes_at = '08:00'`)).toBeGreaterThanOrEqual(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM schedule WHERE byday = 'MO,TU,WE,TH,FR,SA,SU' AND opens_at = '00:00' AND closes_at = '23:59:59'`,
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(await count('SELECT count(*) AS n FROM schedule WHERE valid_from < valid_to')).toBeGreaterThanOrEqual(1);
    expect(await count(`SELECT count(*) AS n FROM schedule WHERE byday LIKE '%SA%'`)).toBeGreaterThanOrEqual(1);
    const costs = await query<{ kind: string }>(
      `SELECT DISTINCT CASE WHEN count(c.id) = 0 THEN 'unknown' WHEN bool_and(c.amount = 0) THEN 'free' ELSE 'paid' END AS kind
       FROM service s LEFT JOIN cost_option c ON c.service_id = s.id GROUP BY s.id`,
    );
    expect(costs.map((c) => c.kind).sort()).toEqual(['free', 'paid', 'unknown']);
    const scopes = await query<{ scope: string }>('SELECT DISTINCT scope::text AS scope FROM service_area ORDER BY 1');
    expect(scopes.map((s) => s.scope)).toEqual(['city', 'district', 'wijk']);
    const offered = new Set((await query<{ code: string }>('SELECT DISTINCT code FROM language')).map((l) => l.code));
    for (const code of ['nl', 'ar', 'tr', 'pl', 'fr', 'en', 'uk', 'ru', 'ro', 'bg', 'so', 'ti', 'prs', 'es'])
      expect(offered).toContain(code);
  });
});
