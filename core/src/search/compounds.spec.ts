// Dutch compounds both ways (issue #12, item 4): a query word the index does not know that is
// written from two words it does matches as both; two query words written together in a text
// (`huur premie` → `huurpremie`) match it.
import { describe, expect, it } from '@jest/globals';
import { DeviceSearch } from './device-search.js';
import { EMPTY_FILTERS } from './search-filters.js';
import type { ReferenceData, SnapshotService } from './search-types.js';
import { splitCompound } from './text-query.js';
import { TextIndex } from './text-index.js';

const reference: ReferenceData = { lifeDomains: [], targetGroups: [], accessTerms: [], districts: [], wijken: [] };

const service = (id: string, name: string, description: string): SnapshotService => ({
  id,
  name,
  organization: { id: 'org', name: 'Organisatie' },
  isDemo: true,
  description,
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
});

const search = new DeviceSearch(reference, []);
search.upsert([
  service('both', 'Energiehulp', 'Advies als je schulden hebt bij je energieleverancier. Energie en water.'),
  service('energy', 'Energiescan', 'Wij bekijken je energie thuis.'),
  service('debt', 'Schuldhulp', 'Hulp bij schulden.'),
  service('shelter', 'Opvang', 'Opvang voor de nacht voor mensen in een asiel procedure.'),
  service('rent', 'Woonloket', 'Vraag hier je huurpremie aan.'),
  service('rent-apart', 'Premieloket', 'Een premie voor wie huur betaalt.'),
  service('work', 'Werkwinkel', 'Arbeid en bemiddeling naar werk.'),
]);
const ids = (q: string) =>
  search
    .search({ ...EMPTY_FILTERS, q }, { pageSize: 20 })
    .hits.map((h) => h.id)
    .sort();

describe('a compound the index does not know', () => {
  it('matches as both of its words', () => {
    expect(ids('energieschulden')).toEqual(ids('energie schulden'));
    expect(ids('energieschulden')).toEqual(['both']);
    expect(ids('nachtasiel')).toEqual(['shelter']);
  });

  it('may have a linking s', () => {
    expect(ids('arbeidsbemiddeling')).toEqual(['work']);
  });

  it('is not split when the index knows the word, its stem or (last word) a word it begins', () => {
    const index = new TextIndex();
    index.add(0, { name: 'Energiehulp', terms: 'energie schulden hulp', body: 'energieschulden' });
    expect(splitCompound(index, 'energieschulden', false)).toBeNull();
    expect(splitCompound(index, 'energieschuld', true)).toBeNull();
    expect(splitCompound(index, 'schuldenhulp', false)).toEqual(['schulden', 'hulp']);
    // Parts shorter than four letters are mostly suffixes: `energiehulpje` is not `energiehulp` + `je`.
    expect(splitCompound(index, 'energiehulpje', false)).toBeNull();
  });

  it('finds nothing when one part is unknown', () => {
    expect(ids('energiexyzzy')).toEqual([]);
  });
});

describe('two query words a text writes as one', () => {
  it('match the compound, and still the words apart', () => {
    expect(ids('huur premie')).toEqual(['rent', 'rent-apart']);
    expect(ids('premie huur')).toEqual(['rent-apart']);
  });

  it('match it while typing the second word (prefix)', () => {
    expect(ids('huur prem')).toEqual(['rent', 'rent-apart']);
  });
});

describe('the query as another engine should read it (Meilisearch)', () => {
  it('splits an unknown compound, undoes a swap of neighbouring letters, and leaves known words as typed', () => {
    expect(search.rewriteForEngine('energieschulden')).toBe('energie schulden');
    expect(search.rewriteForEngine('nachtasiel')).toBe('nacht asiel');
    expect(search.rewriteForEngine('hulp bij shculden')).toBe('hulp bij schulden');
    // Known words, a prefix being typed and short words are the engine's own business.
    expect(search.rewriteForEngine('Energiescan')).toBe('energiescan');
    expect(search.rewriteForEngine('energ')).toBe('energ');
    expect(search.rewriteForEngine('wrek')).toBe('wrek');
  });
});
