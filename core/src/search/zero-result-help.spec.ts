// A search without results says how to get some (issue #12, item 4): which active filter, removed
// alone, gives results and how many, and the closest spelling the index knows.
import { describe, expect, it } from '@jest/globals';
import { DeviceSearch } from './device-search.js';
import { EMPTY_FILTERS, type SearchFilters } from './search-filters.js';
import type { SnapshotService } from './search-types.js';

const service = (id: string, fields: Partial<SnapshotService>): SnapshotService => ({
  id,
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
  servesCity: true,
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

const search = new DeviceSearch({ lifeDomains: [], targetGroups: [], accessTerms: [], districts: [], wijken: [] }, []);
search.upsert([
  service('1', { name: 'Hulp bij schulden', languages: ['nl', 'ar'], isFree: true }),
  service('2', { name: 'Schuldhulp', languages: ['nl'], isFree: true }),
  service('3', { name: 'Woonhulp', languages: ['nl', 'tr'], isFree: false }),
]);
const answer = (filters: Partial<SearchFilters>) => search.search({ ...EMPTY_FILTERS, ...filters }, { pageSize: 10 });

describe('zero results', () => {
  it('names each active filter that, removed alone, gives results, most first', () => {
    const result = answer({ language: ['tr'], free: true });
    expect(result.total).toBe(0);
    expect(result.help).toEqual({
      withoutFilter: [
        { filter: 'free', total: 1 },
        { filter: 'language', total: 2 },
      ].sort((a, b) => b.total - a.total),
      didYouMean: null,
    });
  });

  it('offers the query without its text only beside other filters', () => {
    expect(answer({ q: 'woonhulp', free: true }).help?.withoutFilter).toEqual([
      { filter: 'q', total: 2 },
      { filter: 'free', total: 1 },
    ]);
    expect(answer({ q: 'xyzzyq' }).help?.withoutFilter).toEqual([]);
  });

  it('suggests the closest spelling the index knows, when it finds something', () => {
    // Four letters allow no typo in a search; the suggestion may be one edit away.
    expect(answer({ q: 'hlup' }).total).toBe(0);
    expect(answer({ q: 'hlup' }).help?.didYouMean).toBe('hulp');
    expect(answer({ q: 'qqqqqqqq' }).help?.didYouMean).toBeNull();
  });

  it('says nothing when there are results', () => {
    expect(answer({ q: 'hulp' }).help).toBeNull();
  });
});
