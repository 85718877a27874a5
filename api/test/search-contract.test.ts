// The search contract: the behaviour every engine must show, checked over HTTP against the demo
// data. Expected sets are computed by brute force from the search documents, independently of
// the engine. Runs for the memory engine (the default) always, and for Meilisearch when MEILI_URL
// is set.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { compileOpeningHours, holidayCalendar, isOpenAt } from '@sociale-kaart/core';
import { earthDistance } from '../src/search/meilisearch/meilisearch-search.engine.js';
import { SearchDocumentBuilder } from '../src/search/search-document.builder.js';
import type { SearchDocument } from '../src/search/search-document.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Leg {
  engine: 'memory' | 'meilisearch';
  env: Record<string, string>;
}

const legs: Leg[] = [{ engine: 'memory', env: {} }];
if (process.env.MEILI_URL) {
  legs.push({
    engine: 'meilisearch',
    env: { MEILI_URL: process.env.MEILI_URL, MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '', MEILI_INDEX: `contract_${Date.now()}` },
  });
} else {
  console.warn('search contract: the Meilisearch leg is skipped because MEILI_URL is not set (no Meilisearch server on this machine).');
}

async function waitForReady(url: string): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 200) {
    const health = (await request(url).get('/api/health')).body as { search: { engines: { state: string }[] } };
    if (health.search.engines[0].state === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('Meilisearch did not become ready within 30 s');
}

interface Hit {
  id: string;
  name: string;
  shortDescription: string;
  organization: { id: string; name: string };
  lifeDomains: string[];
  languages: string[];
  location: {
    id: string;
    latitude: number;
    longitude: number;
    district: { id: string } | null;
    wijk: { id: string } | null;
    distance: number | null;
  } | null;
  open: { isOpen: boolean; closesAt: string | null; nextOpensAt: string | null; hasHours: boolean };
  lastVerifiedAt: string | null;
}

interface Result {
  hits: Hit[];
  total: number;
  totalPages: number;
  facets: Record<'lifeDomain' | 'targetGroup' | 'language' | 'district', Record<string, number>>;
  engine: string;
  help: { withoutFilter: { filter: string; total: number }[]; didYouMean: string | null } | null;
}

describe.each(legs)('search contract on $engine', ({ engine, env }) => {
  let api: TestApp;
  let documents: SearchDocument[];
  let holidays: ReturnType<typeof holidayCalendar>;

  beforeAll(async () => {
    api = await startTestApp(env);
    const builder = new SearchDocumentBuilder(api.db.dataSource);
    documents = [];
    for await (const ids of builder.publishedIds()) documents.push(...(await builder.build(ids)).documents);
    holidays = holidayCalendar(await api.db.dataSource.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM holiday`));
    if (engine === 'meilisearch') {
      const { SearchIndexer } = await import('../src/search/search-indexer.js');
      const { createSearchEngines } = await import('../src/search/search-infrastructure.module.js');
      const indexing = createSearchEngines(api.db.config, api.db.dataSource).primary;
      await new SearchIndexer(api.db.dataSource).reindex(indexing);
      await (indexing as import('../src/search/meilisearch/meilisearch-search.engine.js').MeilisearchEngine).close();
      // The app's Meilisearch answers once its readiness check sees the whole index.
      await waitForReady(api.url);
    }
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  async function search(query: string): Promise<Result> {
    const response = await request(api.url).get(`/api/v1/search?${query}`).expect(200);
    expect(response.headers['x-search-engine']).toBe(engine);
    expect(response.body.engine).toBe(engine);
    return response.body as Result;
  }

  /** Every hit over all pages. */
  async function searchAll(query: string): Promise<Hit[]> {
    const hits: Hit[] = [];
    for (let page = 1; ; page++) {
      const result = await search(`${query}&pageSize=100&page=${page}`);
      hits.push(...result.hits);
      if (page >= result.totalPages) return hits;
    }
  }

  const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();
  const expectedIds = (predicate: (d: SearchDocument) => boolean) =>
    documents
      .filter(predicate)
      .map((d) => d.serviceId)
      .sort();

  describe('without a query', () => {
    it('finds every published service once, over pages without duplicates or gaps', async () => {
      const hits = await searchAll('sort=name');
      expect(hits).toHaveLength(documents.length);
      expect(new Set(hits.map((h) => h.id)).size).toBe(documents.length);
      expect(ids(hits)).toEqual(expectedIds(() => true));
    });

    it('holds only active listings: a published service of another HSDS status is not found, not even by its name', async () => {
      const others = await api.db.dataSource.query<{ id: string; name: string }[]>(
        `SELECT s.id, s.name FROM service s JOIN organization o ON o.id = s.organization_id
         WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status <> 'active'`,
      );
      expect(others.length).toBeGreaterThan(0);
      const all = ids(await searchAll('sort=name'));
      expect(others.filter((s) => all.includes(s.id))).toEqual([]);
      for (const other of others) expect(ids(await searchAll(`q=${encodeURIComponent(other.name)}`))).not.toContain(other.id);
    });

    it('pages of 7 add up to the whole, in the same order', async () => {
      const whole = (await search('sort=name&pageSize=35')).hits.map((h) => h.id);
      const pages: string[] = [];
      for (let page = 1; page <= 5; page++) pages.push(...(await search(`sort=name&pageSize=7&page=${page}`)).hits.map((h) => h.id));
      expect(pages).toEqual(whole);
    });

    it('sorts by name and by last update', async () => {
      // Case, accents and dash variants do not count (unaccent folds '–' to '-').
      const byName = (await search('sort=name&pageSize=100')).hits.map((h) =>
        h.name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[–—]/g, '-').toLowerCase(),
      );
      expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const byUpdate = (await search('sort=updated&pageSize=100')).hits.map((h) => documents.find((d) => d.serviceId === h.id)!.updatedAt);
      expect(byUpdate).toEqual([...byUpdate].sort().reverse());
    });

    it('ranks local first without text: in the client’s wijk, its district, serving them, then city-wide; by name within', async () => {
      const counts = new Map<string, number>();
      for (const l of documents.flatMap((d) => d.locations)) if (l.wijkId) counts.set(l.wijkId, (counts.get(l.wijkId) ?? 0) + 1);
      const wijk = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      const district = documents.flatMap((d) => d.locations).find((l) => l.wijkId === wijk)!.districtId!;
      const tier = (d: SearchDocument) =>
        d.locations.some((l) => l.wijkId === wijk)
          ? 0
          : d.locations.some((l) => l.districtId === district)
            ? 1
            : d.servesWijken.includes(wijk) || d.servesDistricts.includes(district)
              ? 2
              : 3;
      const nameKey = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[–—]/g, '-').toLowerCase();
      const hits = await searchAll(`wijk=${wijk}`);
      expect(ids(hits)).toEqual(expectedIds((d) => d.servesCity || d.servesWijken.includes(wijk) || d.servesDistricts.includes(district)));
      const order = hits.map((h) => ({ tier: tier(documents.find((d) => d.serviceId === h.id)!), name: nameKey(h.name) }));
      expect(order.filter((o) => o.tier === 0).length).toBeGreaterThan(0);
      expect(order.filter((o) => o.tier === 3).length).toBeGreaterThan(0);
      const sorted = [...order].sort((a, b) => a.tier - b.tier || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      expect(order).toEqual(sorted);
      // Alphabetical stays available.
      const byName = (await searchAll(`wijk=${wijk}&sort=name`)).map((h) => nameKey(h.name));
      expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('gives each hit what the result list shows', async () => {
      const { hits } = await search('sort=name&pageSize=100');
      const withLocation = hits.find((h) => h.location)!;
      expect(withLocation).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        organization: { id: expect.any(String), name: expect.any(String) },
        lifeDomains: expect.any(Array),
        languages: expect.arrayContaining(['nl']),
        open: { isOpen: expect.any(Boolean), hasHours: expect.any(Boolean) },
      });
      expect(withLocation.location).toMatchObject({
        latitude: expect.any(Number),
        longitude: expect.any(Number),
        district: { id: expect.any(String) },
      });
      expect(hits.some((h) => h.lastVerifiedAt !== null)).toBe(true);
    });
  });

  describe('zero results come with help', () => {
    it('names each active filter that, removed alone, gives results, with how many (brute force)', async () => {
      // A language and a target group that no service has together, though each has services.
      const languages = [...new Set(documents.flatMap((d) => d.languages))].sort();
      const groups = [...new Set(documents.flatMap((d) => d.targetGroups))].sort();
      const pair = languages
        .flatMap((language) => groups.map((group) => ({ language, group })))
        .find(({ language, group }) => !documents.some((d) => d.languages.includes(language) && d.targetGroups.includes(group)))!;
      expect(pair).toBeDefined();
      const result = await search(`language=${pair.language}&targetGroup=${pair.group}&walkIn=true&pageSize=5`);
      expect(result.total).toBe(0);
      const count = (p: (d: SearchDocument) => boolean) => documents.filter(p).length;
      const walkIn = (d: SearchDocument) => d.access.includes('zonder-afspraak');
      const expected = [
        { filter: 'language', total: count((d) => d.targetGroups.includes(pair.group) && walkIn(d)) },
        { filter: 'targetGroup', total: count((d) => d.languages.includes(pair.language) && walkIn(d)) },
        { filter: 'walkIn', total: 0 },
      ].filter((f) => f.total > 0);
      const byName = (a: { filter: string }, b: { filter: string }) => (a.filter < b.filter ? -1 : 1);
      expect([...result.help!.withoutFilter].sort(byName)).toEqual(expected.sort(byName));
      const totals = result.help!.withoutFilter.map((f) => f.total);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
    });

    it('gives the closest spelling the index knows, and nothing when there are results', async () => {
      const result = await search('q=hlup&pageSize=5');
      expect(result.total).toBe(0);
      expect(result.help!.didYouMean).toBe('hulp');
      expect((await search('q=hulp&pageSize=1')).total).toBeGreaterThan(0);
      expect((await search('q=hulp&pageSize=1')).help).toBeNull();
    });
  });

  describe('translated hits', () => {
    const texts = (hits: Hit[]) => hits.map((h) => ({ id: h.id, name: h.name, shortDescription: h.shortDescription }));
    const expected = (hits: Hit[], language: string) =>
      hits.map((h) => {
        const d = documents.find((doc) => doc.serviceId === h.id)!;
        const t = language === 'nl' ? undefined : d.hitTranslations?.[language];
        return { id: h.id, name: t?.name || d.name, shortDescription: t?.shortDescription || d.shortDescription };
      });

    it('carry name and short description in the language asked (lang), the Dutch original where a listing has none', async () => {
      for (const language of ['ar', 'en', 'pl']) {
        const hits = await searchAll(`sort=name&lang=${language}`);
        expect(texts(hits)).toEqual(expected(hits, language));
        const translated = hits.filter((h) => documents.find((d) => d.serviceId === h.id)!.hitTranslations?.[language]?.name);
        expect(translated.length).toBeGreaterThan(0);
        expect(translated.length).toBeLessThan(hits.length);
      }
      const dutch = await searchAll('sort=name');
      expect(texts(dutch)).toEqual(expected(dutch, 'nl'));
    });

    it('take the language from Accept-Language without lang (region ignored), lang first', async () => {
      const viaHeader = (
        await request(api.url).get('/api/v1/search?sort=name&pageSize=50').set('accept-language', 'ar-MA, en;q=0.8').expect(200)
      ).body.hits as Hit[];
      expect(texts(viaHeader)).toEqual(expected(viaHeader, 'ar'));
      const both = (await request(api.url).get('/api/v1/search?sort=name&pageSize=50&lang=tr').set('accept-language', 'ar').expect(200))
        .body.hits as Hit[];
      expect(texts(both)).toEqual(expected(both, 'tr'));
    });
  });

  describe('filters', () => {
    it('lifeDomain: a parent includes its children', async () => {
      const hits = await searchAll('lifeDomain=inkomen');
      expect(ids(hits)).toEqual(expectedIds((d) => d.lifeDomains.includes('inkomen')));
      const children = await searchAll('lifeDomain=inkomen/schuldhulp');
      expect(children.length).toBeGreaterThan(0);
      expect(children.length).toBeLessThan(hits.length);
      expect(ids(children).every((id) => ids(hits).includes(id))).toBe(true);
    });

    it('targetGroup and language: repeated values are OR, different filters AND', async () => {
      const hits = await searchAll('targetGroup=nieuwkomers&targetGroup=ouderen&language=ar');
      expect(ids(hits)).toEqual(
        expectedIds((d) => (d.targetGroups.includes('nieuwkomers') || d.targetGroups.includes('ouderen')) && d.languages.includes('ar')),
      );
      expect(hits.length).toBeGreaterThan(0);
      const commaList = await searchAll('targetGroup=nieuwkomers,ouderen&language=ar');
      expect(ids(commaList)).toEqual(ids(hits));
    });

    it('district: serves residents of the district (the whole city counts)', async () => {
      const hits = await searchAll('district=borgerhout');
      expect(ids(hits)).toEqual(expectedIds((d) => d.servesCity || d.servesDistricts.includes('borgerhout')));
      expect(hits.length).toBeLessThan(documents.length);
    });

    it('wijk: serves residents of the wijk (its district or the whole city counts)', async () => {
      const hits = await searchAll('wijk=11002S02');
      expect(ids(hits)).toEqual(
        expectedIds((d) => d.servesCity || d.servesWijken.includes('11002S02') || d.servesDistricts.includes('borgerhout')),
      );
    });

    it('locatedIn: a location of the service lies in the district or wijk, and the hit shows that location', async () => {
      const hits = await searchAll('locatedIn=deurne');
      expect(ids(hits)).toEqual(expectedIds((d) => d.locations.some((l) => l.districtId === 'deurne')));
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.location?.district?.id === 'deurne')).toBe(true);
      const wijk = documents.flatMap((d) => d.locations).find((l) => l.wijkId)!.wijkId!;
      expect(ids(await searchAll(`locatedIn=${wijk}`))).toEqual(expectedIds((d) => d.locations.some((l) => l.wijkId === wijk)));
    });

    it('near with radius: within the radius, with the distance, nearest first', async () => {
      const [lat, lng, radius] = [51.2189, 4.4011, 1500];
      const hits = await searchAll(`near=${lat},${lng}&radius=${radius}&sort=distance`);
      const within = (d: SearchDocument) => d.locations.some((l) => earthDistance(lat, lng, l.latitude, l.longitude) <= radius);
      expect(ids(hits)).toEqual(expectedIds(within));
      expect(hits.length).toBeGreaterThan(3);
      const distances = hits.map((h) => h.location!.distance!);
      expect(distances.every((m) => m <= radius)).toBe(true);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      for (const hit of hits) {
        const nearest = Math.min(
          ...documents.find((d) => d.serviceId === hit.id)!.locations.map((l) => earthDistance(lat, lng, l.latitude, l.longitude)),
        );
        expect(Math.abs(hit.location!.distance! - nearest)).toBeLessThanOrEqual(1);
      }
    });

    it('free, walkIn and wheelchair', async () => {
      expect(ids(await searchAll('free=true'))).toEqual(expectedIds((d) => d.isFree === true));
      expect(ids(await searchAll('walkIn=true'))).toEqual(expectedIds((d) => d.access.includes('zonder-afspraak')));
      expect(ids(await searchAll('wheelchair=true'))).toEqual(expectedIds((d) => d.access.includes('rolstoeltoegankelijk')));
      expect(ids(await searchAll('free=false'))).toEqual(expectedIds(() => true));
    });

    it.each([
      ['a Tuesday morning', '2026-11-24T10:00:00+01:00'],
      ['a Tuesday lunch break', '2026-11-24T12:45:00+01:00'],
      ['a Saturday morning', '2026-11-28T11:00:00+01:00'],
      ['a Wednesday evening', '2026-11-25T19:30:00+01:00'],
      ['a Sunday night (shelters, helplines)', '2026-11-29T03:00:00+01:00'],
      ['Christmas Day', '2026-12-25T10:00:00+01:00'],
      ['11 July, a public-sector day', '2026-07-11T10:00:00+02:00'],
      ['Easter Monday 2026', '2026-04-06T10:00:00+02:00'],
      ['the night of the autumn DST switch', '2026-10-25T02:30:00+01:00'],
      ['local time without an offset', '2026-11-24T10:00:00'],
    ])('openAt %s: exactly the services open then', async (_label, at) => {
      const moment = new Date(at.length === 19 ? `${at}+01:00` : at);
      const hits = await searchAll(`openAt=${encodeURIComponent(at)}`);
      const expected = expectedIds((d) =>
        isOpenAt(
          compileOpeningHours(d.schedules, {
            opensOnHolidays: d.opensOnHolidays,
            followsPublicSectorCalendar: d.followsPublicSectorCalendar,
          }),
          moment,
          holidays,
        ),
      );
      expect(ids(hits)).toEqual(expected);
      expect(hits.every((h) => h.open.isOpen)).toBe(true);
    });

    it('openNow answers with the services open now and says when the others open', async () => {
      const result = await search('openNow=true&pageSize=5');
      expect(result.hits.every((h) => h.open.isOpen)).toBe(true);
      const all = await search('sort=name&pageSize=100');
      const closed = all.hits.filter((h) => h.open.hasHours && !h.open.isOpen);
      expect(closed.length).toBeGreaterThan(0);
      expect(closed.every((h) => h.open.nextOpensAt === null || Date.parse(h.open.nextOpensAt) > Date.now())).toBe(true);
    });
  });

  describe('facets', () => {
    it('count each value under all the other active filters, as a brute-force count does', async () => {
      const query = 'language=ar&district=borgerhout&targetGroup=nieuwkomers&walkIn=true';
      const result = await search(`${query}&pageSize=1`);
      const base = documents.filter((d) => d.access.includes('zonder-afspraak'));
      const byLanguage = (d: SearchDocument) => d.languages.includes('ar');
      const byDistrict = (d: SearchDocument) => d.servesCity || d.servesDistricts.includes('borgerhout');
      const byGroup = (d: SearchDocument) => d.targetGroups.includes('nieuwkomers');
      const count = (docs: SearchDocument[], values: (d: SearchDocument) => string[]) => {
        const counts: Record<string, number> = {};
        for (const d of docs) for (const v of values(d)) counts[v] = (counts[v] ?? 0) + 1;
        return counts;
      };
      expect(result.total).toBe(base.filter((d) => byLanguage(d) && byDistrict(d) && byGroup(d)).length);
      expect(result.facets.lifeDomain).toEqual(
        count(
          base.filter((d) => byLanguage(d) && byDistrict(d) && byGroup(d)),
          (d) => d.lifeDomains,
        ),
      );
      expect(result.facets.language).toEqual(
        count(
          base.filter((d) => byDistrict(d) && byGroup(d)),
          (d) => d.languages,
        ),
      );
      expect(result.facets.targetGroup).toEqual(
        count(
          base.filter((d) => byLanguage(d) && byDistrict(d)),
          (d) => d.targetGroups,
        ),
      );
      const districtBase = base.filter((d) => byLanguage(d) && byGroup(d));
      const districts = await api.db.dataSource.query<{ id: string }[]>('SELECT id FROM district');
      const expectedDistricts = Object.fromEntries(
        districts
          .map(({ id }) => [id, districtBase.filter((d) => d.servesCity || d.servesDistricts.includes(id)).length] as const)
          .filter(([, n]) => n > 0),
      );
      expect(result.facets.district).toEqual(expectedDistricts);
    });
  });

  describe('free text', () => {
    const names = async (q: string, size = 5) => (await search(`q=${encodeURIComponent(q)}&pageSize=${size}`)).hits;

    it('finds the sociaal huis for "OCMW" (a synonym)', async () => {
      const [first] = await names('OCMW');
      expect(first.organization.name).toMatch(/Sociaal Huis/);
    });

    it('finds GPs and wijkgezondheidscentra for "dokter"', async () => {
      const hits = await names('dokter');
      expect(hits.every((h) => /huisarts|wijkgezondheidscentrum/i.test(`${h.name} ${h.organization.name}`))).toBe(true);
    });

    it('finds schuldbemiddeling for "schulden" (a life-domain keyword)', async () => {
      expect((await names('schulden', 20)).some((h) => /schuldbemiddeling/i.test(h.name))).toBe(true);
    });

    it('tolerates one typo from 5 letters and two from 9, not in shorter words', async () => {
      expect((await names('schuldbemidelling', 3)).some((h) => /schuldbemiddeling/i.test(h.name))).toBe(true);
      expect((await names('schuldbemidelin', 3)).some((h) => /schuldbemiddeling/i.test(h.name))).toBe(true);
      expect((await names('nachtopvnag', 3)).some((h) => /nachtopvang/i.test(h.name))).toBe(true);
      expect((await search('q=jxb&pageSize=1')).total).toBe(0);
    });

    it('matches the last word as a prefix, for search-as-you-type', async () => {
      expect((await names('schuldbem', 3)).some((h) => /schuldbemiddeling/i.test(h.name))).toBe(true);
      expect((await names('kinderop', 5)).some((h) => /kinderopvang/i.test(h.name))).toBe(true);
    });

    it('forgives two swapped neighbouring letters as one typo ("vrjie tijd")', async () => {
      const meant = ids(await searchAll(`q=${encodeURIComponent('vrije tijd')}`));
      expect(meant.length).toBeGreaterThan(0);
      expect(ids(await searchAll(`q=${encodeURIComponent('vrjie tijd')}`))).toEqual(meant);
    });

    it('finds with a three-letter prefix every service whose name has a word starting with it', async () => {
      const words = (text: string) =>
        text
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u);
      const named = expectedIds((d) => words(d.name).some((w) => w.startsWith('kin')));
      expect(named.length).toBeGreaterThan(2);
      const found = ids(await searchAll('q=kin'));
      expect(named.filter((id) => !found.includes(id))).toEqual([]);
      const [first] = await names('kin', 1);
      expect(words(first.name).some((w) => w.startsWith('kin'))).toBe(true);
    });

    it('splits a compound it does not know into two words it does ("energieschulden", "nachtasiel")', async () => {
      for (const [compound, words] of [
        ['energieschulden', 'energie schulden'],
        ['nachtasiel', 'nacht asiel'],
      ]) {
        const apart = ids(await searchAll(`q=${encodeURIComponent(words)}`));
        expect(ids(await searchAll(`q=${compound}`))).toEqual(apart);
      }
      // The demo data has services for the first (none speaks of both night and asylum).
      expect((await searchAll('q=energieschulden')).length).toBeGreaterThan(0);
    });

    it('finds a compound from its words typed apart ("huur premie" → huurpremie)', async () => {
      const hasWord = (d: SearchDocument) =>
        /\bhuurpremie\b/i.test([d.name, d.organizationName, d.terms, d.body, d.translatedText].join(' '));
      const written = expectedIds(hasWord);
      expect(written.length).toBeGreaterThan(0);
      const found = ids(await searchAll(`q=${encodeURIComponent('huur premie')}`));
      expect(written.filter((id) => !found.includes(id))).toEqual([]);
    });

    it('ignores accents', async () => {
      const plain = ids(await names('cafe', 50));
      expect(plain.length).toBeGreaterThan(0);
      expect(ids(await names('café', 50))).toEqual(plain);
    });

    it('keeps unstemmed words: "huisartsen" finds services named "Huisarts"', async () => {
      expect((await names('huisartsen', 5)).some((h) => /huisarts/i.test(h.name))).toBe(true);
    });

    it('ranks a match in the name above a match in the description only', async () => {
      const hits = await names('nachtopvang', 50);
      const firstInDescriptionOnly = hits.findIndex((h) => !/nachtopvang/i.test(h.name));
      const lastInName = hits.map((h) => /nachtopvang/i.test(h.name)).lastIndexOf(true);
      expect(lastInName).toBeGreaterThanOrEqual(0);
      if (firstInDescriptionOnly >= 0) expect(lastInName).toBeLessThan(firstInDescriptionOnly);
    });

    it('answers English and French queries through labels, keywords and translations', async () => {
      for (const q of ['debt', 'dettes', 'homeless shelter', 'food bank']) {
        const hits = await names(q, 3);
        expect(hits.length).toBeGreaterThan(0);
      }
      expect((await names('debt', 3)).some((h) => h.lifeDomains.some((c) => c.startsWith('inkomen')))).toBe(true);
    });

    it('finds the energy services in the client’s words, in each UI language (the core’s vocabulary)', async () => {
      const energy = expectedIds((d) => d.lifeDomains.includes('inkomen/energie'));
      expect(energy.length).toBeGreaterThan(0);
      for (const q of ['stroom', 'electricity', 'électricité', 'طاقة', 'enerji', 'prąd']) {
        const found = ids(await searchAll(`q=${encodeURIComponent(q)}`));
        expect({ q, missing: energy.filter((id) => !found.includes(id)) }).toEqual({ q, missing: [] });
      }
    });

    it('combines text with filters', async () => {
      const hits = await searchAll('q=schulden&language=ar');
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.languages.includes('ar'))).toBe(true);
    });
  });

  describe('bad input gets a 400 naming the parameter', () => {
    it.each([
      ['near=abc', 'near'],
      ['near=91,4.4', 'near'],
      ['near=51.2,4.4&radius=-5', 'radius'],
      ['radius=500', 'radius'],
      ['lifeDomain=onbekend', 'lifeDomain'],
      ['targetGroup=martians', 'targetGroup'],
      ['language=xx', 'language'],
      ['district=gent', 'district'],
      ['wijk=11002Z99', 'wijk'],
      ['locatedIn=gent', 'locatedIn'],
      ['openAt=tomorrowish', 'openAt'],
      ['openAt=2026-11-24T10:00:00Z&openNow=true', 'openAt'],
      ['openNow=maybe', 'openNow'],
      ['free=yes', 'free'],
      ['sort=distance', 'sort'],
      ['sort=popular', 'sort'],
      ['pageSize=101', 'pageSize'],
      ['lang=arabic', 'lang'],
    ])('%s', async (query, name) => {
      const response = await request(api.url).get(`/api/v1/search?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ name, in: 'query' })]));
    });
  });
});
