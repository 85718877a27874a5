// Filter-only searches rank local first (issue #12, item 4): located in the client's wijk, then in
// their district, then serving that wijk or district specifically, then city-wide; by name within
// each. Near a point, by distance; `sort=name` stays alphabetical.
import { describe, expect, it } from '@jest/globals';
import { DeviceSearch } from './device-search.js';
import { EMPTY_FILTERS, type SearchFilters } from './search-filters.js';
import type { ReferenceData, SnapshotLocation, SnapshotService } from './search-types.js';

const reference: ReferenceData = {
  lifeDomains: [{ code: 'wonen', parentCode: null, labels: { nl: 'Wonen' }, keywords: [] }],
  targetGroups: [],
  accessTerms: [],
  districts: [
    { id: 'deurne', name: 'Deurne' },
    { id: 'berchem', name: 'Berchem' },
  ],
  wijken: [
    { id: '11002R05', name: 'Deurne-Zuidwest', districtId: 'deurne' },
    { id: '11002R01', name: 'Deurne-Noord', districtId: 'deurne' },
    { id: '11002B01', name: 'Berchem-Centrum', districtId: 'berchem' },
  ],
};

const at = (id: string, districtId: string, wijkId: string, latitude: number): SnapshotLocation => ({
  id,
  latitude,
  longitude: 4.45,
  districtId,
  wijkId,
});

const service = (id: string, fields: Partial<SnapshotService>): SnapshotService => ({
  id,
  name: id,
  organization: { id: 'org', name: 'Organisatie' },
  isDemo: true,
  description: '',
  status: 'active',
  lifeDomains: ['wonen'],
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

// Names in the reverse of the local order, so that name order and local order differ.
const search = new DeviceSearch(reference, []);
search.upsert([
  service('a city-wide', { servesCity: true }),
  service('b city-wide, located in Berchem', { servesCity: true, locations: [at('l1', 'berchem', '11002B01', 51.19)] }),
  service('c serves Deurne', { servesDistricts: ['deurne'] }),
  service('d serves the wijk', { servesWijken: ['11002R05'] }),
  service('e located in Deurne-Noord', { servesCity: true, locations: [at('l2', 'deurne', '11002R01', 51.22)] }),
  service('f located in the wijk', { servesDistricts: ['deurne'], locations: [at('l3', 'deurne', '11002R05', 51.21)] }),
  service('g located in the wijk too', { servesWijken: ['11002R05'], locations: [at('l4', 'deurne', '11002R05', 51.205)] }),
]);
const names = (filters: Partial<SearchFilters>) => search.search({ ...EMPTY_FILTERS, ...filters }, { pageSize: 20 }).hits.map((h) => h.id);

describe('without text', () => {
  it('ranks local first for the client’s wijk: in the wijk, in its district, serving it, city-wide', () => {
    expect(names({ wijk: ['11002R05'] })).toEqual([
      'f located in the wijk',
      'g located in the wijk too',
      'e located in Deurne-Noord',
      'c serves Deurne',
      'd serves the wijk',
      'a city-wide',
      'b city-wide, located in Berchem',
    ]);
  });

  it('for the client’s district: located in it, serving it, city-wide (serving only one of its wijken is not serving it)', () => {
    expect(names({ district: ['deurne'] })).toEqual([
      'e located in Deurne-Noord',
      'f located in the wijk',
      'c serves Deurne',
      'a city-wide',
      'b city-wide, located in Berchem',
    ]);
  });

  it('pages through the same order', () => {
    const whole = names({ wijk: ['11002R05'] });
    const pages = [1, 2, 3].flatMap((page) =>
      search.search({ ...EMPTY_FILTERS, wijk: ['11002R05'], page }, { pageSize: 3 }).hits.map((h) => h.id),
    );
    expect(pages).toEqual(whole);
  });

  it('keeps sort=name alphabetical, and near a point orders by distance', () => {
    const alphabetical = names({ wijk: ['11002R05'], sort: 'name' });
    expect(alphabetical).toEqual([...alphabetical].sort());
    expect(names({ near: '51.2,4.45' })).toEqual([
      'g located in the wijk too',
      'f located in the wijk',
      'b city-wide, located in Berchem',
      'e located in Deurne-Noord',
      'a city-wide',
      'c serves Deurne',
      'd serves the wijk',
    ]);
  });

  it('without a place, by name', () => {
    const all = names({});
    expect(all).toEqual([...all].sort());
  });
});
