// Filter semantics, sort orders, facets and text matching of on-device search over a small fixture.
import { describe, expect, it } from '@jest/globals';
import { EMPTY_FILTERS, type SearchFilters } from './search-filters.js';
import { DeviceSearch } from './device-search.js';
import type { ReferenceData, SnapshotService } from './search-types.js';

const reference: ReferenceData = {
  lifeDomains: [
    { code: 'inkomen', parentCode: null, labels: { nl: 'Inkomen en schulden', en: 'Income and debt' }, keywords: ['budgetbeheer'] },
    { code: 'inkomen/schuldhulp', parentCode: 'inkomen', labels: { nl: 'Schuldbemiddeling' }, keywords: [] },
    { code: 'wonen', parentCode: null, labels: { nl: 'Wonen' }, keywords: [] },
  ],
  targetGroups: [{ code: 'nieuwkomers', parentCode: null, labels: { nl: 'Nieuwkomers' }, keywords: [] }],
  accessTerms: [{ code: 'zonder-afspraak', parentCode: null, labels: { nl: 'Zonder afspraak' }, keywords: [] }],
  districts: [
    { id: 'antwerpen', name: 'Antwerpen' },
    { id: 'deurne', name: 'Deurne' },
  ],
  wijken: [{ id: '11002R05', name: 'Deurne-Zuidwest', districtId: 'deurne' }],
};

const service = (id: string, fields: Partial<SnapshotService>): SnapshotService => ({
  id: `00000000-0000-0000-0000-00000000000${id}`,
  name: `Dienst ${id}`,
  organization: { id: 'org', name: 'Organisatie' },
  isDemo: true,
  description: '',
  status: 'active',
  lifeDomains: [],
  targetGroups: [],
  access: [],
  languages: ['nl'],
  isFree: null,
  servesCity: false,
  servesDistricts: [],
  servesWijken: [],
  locations: [],
  phones: [],
  requiredDocuments: [],
  schedules: [],
  opensOnHolidays: false,
  followsPublicSectorCalendar: false,
  updatedAt: '2026-01-01T00:00:00Z',
  ...fields,
});

const records = [
  service('1', {
    name: 'Schuldbemiddeling Deurne',
    lifeDomains: ['inkomen/schuldhulp'],
    servesDistricts: ['deurne'],
    isFree: true,
    access: ['zonder-afspraak'],
    locations: [{ id: 'l1', latitude: 51.21, longitude: 4.46, districtId: 'deurne', wijkId: '11002R05' }],
    schedules: [{ freq: 'WEEKLY', byday: 'MO,TU', opensAt: '09:00:00', closesAt: '12:00:00' }],
  }),
  service('2', {
    name: 'Élan budgetcoaching',
    description: 'Hulp bij schulden en budgetbeheer.',
    lifeDomains: ['inkomen'],
    servesCity: true,
    languages: ['nl', 'ar'],
    locations: [{ id: 'l2', latitude: 51.2172, longitude: 4.4211, districtId: 'antwerpen' }],
  }),
  service('3', { name: 'Woonwinkel', lifeDomains: ['wonen'], servesWijken: ['11002R05'], targetGroups: ['nieuwkomers'] }),
  service('4', { name: 'avondopvang', lifeDomains: ['wonen'], servesDistricts: ['antwerpen'], updatedAt: '2026-05-01T00:00:00Z' }),
];

const search = new DeviceSearch(reference, [{ date: '2026-12-25', kind: 'legal' }]);
search.upsert(records);
const ids = (filters: Partial<SearchFilters>) =>
  search
    .search({ ...EMPTY_FILTERS, ...filters }, { pageSize: 10, now: new Date('2026-11-24T10:00:00+01:00') })
    .hits.map((h) => h.id.slice(-1));

describe('DeviceSearch filters', () => {
  it('includes the children of a parent life domain', () => {
    expect(ids({ lifeDomain: ['inkomen'] })).toEqual(['2', '1']);
    expect(ids({ lifeDomain: ['inkomen/schuldhulp'] })).toEqual(['1']);
  });

  it('ORs values of one filter and ANDs filters', () => {
    expect(ids({ lifeDomain: ['inkomen/schuldhulp', 'wonen'] })).toEqual(['4', '1', '3']);
    expect(ids({ lifeDomain: ['inkomen'], language: ['ar'] })).toEqual(['2']);
  });

  it('serves residents of a district or a wijk through the city, the district or the wijk', () => {
    expect(ids({ district: ['deurne'], sort: 'name' })).toEqual(['2', '1']);
    expect(ids({ wijk: ['11002R05'], sort: 'name' })).toEqual(['2', '1', '3']);
    // Without a sort, local first: 1 lies in the wijk, 3 serves it, 2 serves the whole city.
    expect(ids({ district: ['deurne'] })).toEqual(['1', '2']);
    expect(ids({ wijk: ['11002R05'] })).toEqual(['1', '3', '2']);
  });

  it('locates by the location, not by the service area', () => {
    expect(ids({ locatedIn: ['11002R05'] })).toEqual(['1']);
    expect(ids({ locatedIn: ['antwerpen'] })).toEqual(['2']);
  });

  it('filters on free, walk-in and opening hours', () => {
    expect(ids({ free: true, walkIn: true })).toEqual(['1']);
    expect(ids({ openAt: '2026-11-24T10:00:00' })).toEqual(['1']);
    expect(ids({ openAt: '2026-11-24T13:00:00' })).toEqual([]);
  });

  it('keeps services within the radius, nearest first', () => {
    const near = '51.2172,4.4211';
    expect(ids({ near })).toEqual(['2', '1', '4', '3']);
    expect(ids({ near, radius: 1000 })).toEqual(['2']);
    const [hit] = search.search({ ...EMPTY_FILTERS, near }, { pageSize: 1 }).hits;
    expect(hit.location?.distance).toBe(0);
  });
});

describe('DeviceSearch openAt on holidays', () => {
  // Hours without validity dates or closures are judged from the weekly periods and the holiday
  // policy alone (filter-index.ts); the others by isOpenAtMoment: both ways must agree with the API.
  const hours = (byday: string, opensAt: string, closesAt: string) => [{ freq: 'WEEKLY', byday, opensAt, closesAt }];
  const holidaySearch = new DeviceSearch(reference, [
    { date: '2026-12-25', kind: 'legal' },
    { date: '2026-07-11', kind: 'public-sector' },
  ]);
  holidaySearch.upsert([
    service('1', { schedules: hours('FR', '09:00:00', '17:00:00') }),
    service('2', { schedules: hours('FR', '09:00:00', '17:00:00'), opensOnHolidays: true }),
    service('3', { schedules: hours('TH,FR', '20:00:00', '08:00:00') }),
    service('4', { schedules: [...hours('TH,FR', '09:00:00', '17:00:00'), { validFrom: '2026-12-24', validTo: '2026-12-24' }] }),
    service('5', { schedules: hours('SA', '09:00:00', '12:00:00'), followsPublicSectorCalendar: true }),
    service('6', { schedules: hours('SA', '09:00:00', '12:00:00') }),
    service('7', { schedules: [{ ...hours('FR', '09:00:00', '17:00:00')[0], validFrom: '2026-12-01' }], opensOnHolidays: true }),
  ]);
  const openAt = (at: string) =>
    holidaySearch
      .search({ ...EMPTY_FILTERS, openAt: at, sort: 'name' }, { pageSize: 10 })
      .hits.map((h) => h.id.slice(-1))
      .sort();

  it('closes on a legal holiday unless the service opens on holidays, for plain and dated hours alike', () => {
    expect(openAt('2026-12-25T10:00:00')).toEqual(['2', '7']);
    expect(openAt('2026-12-18T10:00:00')).toEqual(['1', '2', '4', '7']);
  });

  it('judges a night past midnight by the day it started on', () => {
    // Thursday 24 December's night runs into the holiday; Friday 25's night (a holiday) does not open.
    expect(openAt('2026-12-25T07:00:00')).toEqual(['3']);
    expect(openAt('2026-12-26T07:00:00')).toEqual([]);
  });

  it('keeps a closure and the public-sector calendar', () => {
    expect(openAt('2026-12-24T10:00:00')).toEqual([]);
    expect(openAt('2026-07-11T10:00:00')).toEqual(['6']);
  });
});

describe('DeviceSearch sort and facets', () => {
  it('sorts names unaccented and case-insensitively, as lower(unaccent(name))', () => {
    expect(ids({})).toEqual(['4', '2', '1', '3']);
    expect(ids({ sort: 'updated' })).toEqual(['4', '1', '2', '3']);
  });

  it('counts each facet under the other filters', () => {
    const { facets, total } = search.search({ ...EMPTY_FILTERS, lifeDomain: ['wonen'], language: ['ar'] }, { pageSize: 10 });
    expect(total).toBe(0);
    expect(facets.lifeDomain).toEqual({ inkomen: 1 });
    expect(facets.language).toEqual({ nl: 2 });
    expect(facets.district).toEqual({});
    // Serving only a wijk does not count towards its district.
    expect(search.search({ ...EMPTY_FILTERS, lifeDomain: ['wonen'] }, { pageSize: 10 }).facets.district).toEqual({ antwerpen: 1 });
  });
});

describe('DeviceSearch text', () => {
  it('matches prefixes, typos and Dutch stems, every word required', () => {
    // Also `schulden` in 2's terms: within two edits of a 9-letter word, as the API corrects.
    expect(ids({ q: 'schuldbem' })).toEqual(['1', '2']);
    // 2 has `schuldbemiddeling` too: a keyword of `inkomen` in the core's vocabulary (weight B).
    expect(ids({ q: 'schuldbemidelling' })).toEqual(['1', '2']);
    expect(ids({ q: 'schuld' })).toEqual(['1', '2']);
    expect(ids({ q: 'hulp schulden deurne' })).toEqual([]);
    expect(ids({ q: 'elan' })).toEqual(['2']);
  });

  it('counts two swapped neighbouring letters as one typo, as people type them', () => {
    // 5 to 8 letters allow one typo: a swap is two substitutions for Levenshtein, one for people.
    expect(ids({ q: 'schulden' }).length).toBeGreaterThan(0);
    // The same services (a corrected word ranks without the typed word's stem, so order may differ).
    const same = (typed: string, meant: string) => expect(ids({ q: typed }).sort()).toEqual(ids({ q: meant }).sort());
    same('schluden', 'schulden');
    same('wnoen', 'wonen');
    // Still one typo: a swap plus another edit is too far for a short word; below 5 letters none.
    expect(ids({ q: 'schludne' })).toEqual([]);
    expect(ids({ q: 'hlup' })).toEqual([]);
  });

  it('ranks a match in the name above one in the text', () => {
    // 1 has `budgetbeheer` only among the keywords of its parent life domain (weight B).
    expect(ids({ q: 'budget' })).toEqual(['2', '1']);
    // In 1's name; in 2's terms only (a keyword of `inkomen` in the core's vocabulary).
    expect(ids({ q: 'schuldbemiddeling' })).toEqual(['1', '2']);
    // Both only have it in weight B and C; 2 also in its description, so it ranks higher.
    expect(ids({ q: 'budgetbeheer' })).toEqual(['2', '1']);
  });

  it('follows the change feed: replaced and removed records', () => {
    const local = new DeviceSearch(reference, []);
    local.upsert(records);
    local.upsert([{ ...records[2], name: 'Huurdersbond' }]);
    local.remove([records[0].id]);
    const find = (q: string) => local.search({ ...EMPTY_FILTERS, q }, { pageSize: 10 }).hits.map((h) => h.name);
    expect(find('woonwinkel')).toEqual([]);
    expect(find('huurders')).toEqual(['Huurdersbond']);
    expect(find('schuldbemiddeling')).toEqual(['Élan budgetcoaching']);
    expect(find('deurne')).toEqual([]);
  });

  it('answers without text from the records alone at a start, and the same once the texts are placed', () => {
    const full = new DeviceSearch(reference, []);
    full.upsert(records);
    const stored = full.storeText();
    const local = new DeviceSearch(reference, []);
    local.upsertDeferringText(records);
    const browse = { ...EMPTY_FILTERS, lifeDomain: ['inkomen'] };
    expect(local.isTextPending).toBe(true);
    expect(local.search(browse, { pageSize: 10 })).toEqual(full.search(browse, { pageSize: 10 }));
    expect(() => local.search({ ...EMPTY_FILTERS, q: 'budget' }, { pageSize: 10 })).toThrow(/still loading/);
    expect(local.placeTexts(1, stored)).toBe(0);
    expect(local.placeTexts(Infinity, stored)).toBe(0);
    expect(local.isTextPending).toBe(false);
    for (const q of ['budget', 'schuld', 'b']) {
      const filters = { ...EMPTY_FILTERS, q };
      expect(local.search(filters, { pageSize: 10 })).toEqual(full.search(filters, { pageSize: 10 }));
    }
  });
});
