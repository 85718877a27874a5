// Hits carry the name and short description in the language asked, the Dutch original where the
// listing has no translation (issue #12, item 4): the phone's result list as the API's.
import { expect, it } from '@jest/globals';
import { DeviceSearch } from './device-search.js';
import { EMPTY_FILTERS } from './search-filters.js';
import type { SnapshotService } from './search-types.js';

const service = (id: string, fields: Partial<SnapshotService>): SnapshotService => ({
  id,
  name: `Dienst ${id}`,
  organization: { id: 'org', name: 'Organisatie' },
  isDemo: true,
  description: `Beschrijving ${id}`,
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
  service('1', { translations: { ar: { name: 'خدمة', description: 'وصف '.repeat(80) }, en: { name: 'Service one' } } }),
  service('2', {}),
]);
const texts = (language?: string) =>
  search.search({ ...EMPTY_FILTERS, sort: 'name' }, { pageSize: 10, language }).hits.map((h) => [h.name, h.shortDescription]);

it('translates what the listing has, field by field, and shortens the translated description', () => {
  const [first, second] = texts('ar');
  expect(first[0]).toBe('خدمة');
  expect(first[1].length).toBeLessThanOrEqual(201);
  expect(first[1].endsWith('…')).toBe(true);
  expect(second).toEqual(['Dienst 2', 'Beschrijving 2']);
  expect(texts('en')).toEqual([
    ['Service one', 'Beschrijving 1'],
    ['Dienst 2', 'Beschrijving 2'],
  ]);
});

it('shows the Dutch original without a language, or for Dutch', () => {
  expect(texts()).toEqual(texts('nl'));
  expect(texts()[0]).toEqual(['Dienst 1', 'Beschrijving 1']);
});
