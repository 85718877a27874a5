import { describe, expect, it } from '@jest/globals';
import { EMPTY_FILTERS, filtersFromParams, filtersToParams, MAX_QUERY_LENGTH, toggleLifeDomain } from './search-filters.js';

describe('search filters in the URL', () => {
  it('round-trips every filter through URL parameters', () => {
    const filters = {
      ...EMPTY_FILTERS,
      q: 'schuld',
      lifeDomain: ['inkomen', 'wonen/sociale-huur'],
      language: ['ar', 'tr'],
      district: ['borgerhout'],
      wijk: ['11002S02'],
      near: '51.2189,4.4011',
      radius: 1000,
      openAt: '2026-12-02T10:00',
      free: true,
      walkIn: true,
      sort: 'distance' as const,
      page: 3,
    };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe(
      'q=schuld&lifeDomain=inkomen%2Cwonen%2Fsociale-huur&language=ar%2Ctr&district=borgerhout&wijk=11002S02&near=51.2189%2C4.4011&radius=1000&openAt=2026-12-02T10%3A00&free=true&walkIn=true&sort=distance&page=3',
    );
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('reads repeated parameters as well as comma lists, and drops malformed values', () => {
    const filters = filtersFromParams(new URLSearchParams('language=ar&language=tr,pl&near=here&radius=-5&sort=best&page=0&free=yes'));
    expect(filters.language).toEqual(['ar', 'tr', 'pl']);
    expect([filters.near, filters.radius, filters.sort, filters.page, filters.free]).toEqual([null, null, null, 1, false]);
  });

  it('cuts a query at the API limit and reads only known "open within" values', () => {
    const filters = filtersFromParams(new URLSearchParams({ q: 'x'.repeat(500), openWithin: 'week' }));
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(filters.openWithin).toBe('week');
    expect(filtersFromParams(new URLSearchParams('openWithin=month')).openWithin).toBeNull();
  });
});

describe('choosing life domains', () => {
  it('replaces the parent when a sub-domain is chosen, and the sub-domains when the parent is', () => {
    expect(toggleLifeDomain(['inkomen', 'wonen'], 'inkomen/energie')).toEqual(['wonen', 'inkomen/energie']);
    expect(toggleLifeDomain(['inkomen/energie', 'inkomen/schuldhulp'], 'inkomen')).toEqual(['inkomen']);
    expect(toggleLifeDomain(['inkomen/energie'], 'inkomen/schuldhulp')).toEqual(['inkomen/energie', 'inkomen/schuldhulp']);
    expect(toggleLifeDomain(['inkomen/energie'], 'inkomen/energie')).toEqual([]);
  });
});
