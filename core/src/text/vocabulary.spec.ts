// The core's vocabulary is the one the app shows and the reference data holds: the same names in
// nl/en/fr as data/reference, in all six languages as the PWA's locales, every Dutch keyword of the
// reference; and its keywords find services in each UI language.
import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { DeviceSearch } from '../search/device-search.js';
import { EMPTY_FILTERS } from '../search/search-filters.js';
import type { ReferenceData, SnapshotService } from '../search/search-types.js';
import { UI_LANGUAGES, VOCABULARY, type VocabularyTaxonomy } from './vocabulary.js';

const repo = new URL('../../../', import.meta.url);
const json = async (path: string) => JSON.parse(await readFile(new URL(path, repo), 'utf8'));
const FILES: Record<VocabularyTaxonomy, string> = { lifeDomain: 'life-domains', targetGroup: 'target-groups', access: 'access' };

interface ReferenceFile {
  terms: { code: string; name: Record<string, string>; keywords?: string[] }[];
}

describe('one vocabulary', () => {
  it.each(Object.keys(FILES) as VocabularyTaxonomy[])('%s: the reference’s codes, names and Dutch keywords', async (taxonomy) => {
    const reference = (await json(`data/reference/${FILES[taxonomy]}.json`)) as ReferenceFile;
    expect(Object.keys(VOCABULARY[taxonomy]).sort()).toEqual(reference.terms.map((t) => t.code).sort());
    for (const term of reference.terms) {
      expect({ code: term.code, names: VOCABULARY[taxonomy][term.code].names }).toMatchObject({ code: term.code, names: term.name });
      expect(VOCABULARY[taxonomy][term.code].keywords.nl ?? []).toEqual(expect.arrayContaining(term.keywords ?? []));
    }
  });

  it.each(UI_LANGUAGES)('%s: the names the PWA shows', async (language) => {
    const locale = (await json(`pwa/src/locales/${language}/taxonomy.json`)) as Record<VocabularyTaxonomy, Record<string, string>>;
    for (const taxonomy of Object.keys(FILES) as VocabularyTaxonomy[]) {
      const names = Object.fromEntries(Object.entries(VOCABULARY[taxonomy]).map(([code, term]) => [code, term.names[language]]));
      expect(names).toEqual(locale[taxonomy]);
    }
  });

  it('has keywords in every UI language for every top-level life domain', () => {
    const topLevel = Object.keys(VOCABULARY.lifeDomain).filter((code) => !code.includes('/'));
    const missing = topLevel.flatMap((code) =>
      UI_LANGUAGES.filter((l) => !VOCABULARY.lifeDomain[code].keywords[l]?.length).map((l) => `${code}:${l}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('keywords in the client’s words', () => {
  // Reference data without any keyword: what finds the services is the core's vocabulary.
  const reference: ReferenceData = {
    lifeDomains: [
      { code: 'inkomen', parentCode: null, labels: { nl: 'Inkomen en schulden' }, keywords: [] },
      { code: 'inkomen/energie', parentCode: 'inkomen', labels: { nl: 'Energie en water' }, keywords: [] },
      { code: 'wonen', parentCode: null, labels: { nl: 'Wonen en dakloosheid' }, keywords: [] },
    ],
    targetGroups: [],
    accessTerms: [],
    districts: [],
    wijken: [],
  };
  const service = (id: string, name: string, lifeDomains: string[]): SnapshotService => ({
    id,
    name,
    organization: { id: 'org', name: 'Organisatie' },
    isDemo: true,
    description: '',
    status: 'active',
    lifeDomains,
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
  search.upsert([service('energy', 'Energiepunt', ['inkomen/energie']), service('housing', 'Woonpunt', ['wonen'])]);
  const ids = (q: string) => search.search({ ...EMPTY_FILTERS, q }, { pageSize: 10 }).hits.map((h) => h.id);

  it.each([
    ['nl', 'stroom'],
    ['en', 'electricity'],
    ['fr', 'électricité'],
    ['ar', 'طاقة'],
    ['ar', 'كهرباء'],
    ['tr', 'enerji'],
    ['tr', 'elektrik faturası'],
    ['pl', 'prąd'],
  ])('%s: “%s” finds the energy service', (_language, q) => {
    expect(ids(q)).toEqual(['energy']);
  });

  it('the names in the six languages find the term’s services too', () => {
    for (const language of UI_LANGUAGES)
      expect({ language, ids: ids(VOCABULARY.lifeDomain.wonen.names[language]!) }).toEqual({ language, ids: ['housing'] });
  });
});
