import { describe, expect, it } from '@jest/globals';
import { EMPTY_FILTERS, filtersFromParams, filtersToParams } from './search-filters.js';

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
});
