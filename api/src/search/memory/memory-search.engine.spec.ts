import { describe, expect, it } from '@jest/globals';
import { SearchUnavailableProblem } from '../../common/problem/domain-exception.js';
import type { SearchDocument } from '../search-document.js';
import { EngineUnavailableError, type SearchQuery } from '../search-engine.js';
import { SearchEngines } from '../search-engines.js';
import { MemorySearchEngine } from './memory-search.engine.js';

const reference = {
  reference: { lifeDomains: [], targetGroups: [], accessTerms: [], districts: [], wijken: [] },
  holidays: [],
};

function document(serviceId: string, name: string): SearchDocument {
  return {
    serviceId,
    name,
    organizationId: 'org',
    organizationName: 'Organisatie',
    isDemo: false,
    shortDescription: '',
    body: '',
    terms: '',
    translatedText: '',
    lifeDomains: [],
    ownLifeDomains: [],
    targetGroups: [],
    languages: [],
    access: [],
    isFree: null,
    servesCity: true,
    servesDistricts: [],
    servesWijken: [],
    locations: [],
    schedules: [],
    opensOnHolidays: false,
    followsPublicSectorCalendar: false,
    updatedAt: '2026-12-01T00:00:00Z',
    lastVerifiedAt: null,
  };
}

const query = (text: string): SearchQuery => ({
  text,
  filters: { lifeDomains: [], targetGroups: [], languages: [], districts: [], wijken: [], locatedIn: { districts: [], wijken: [] } },
  sort: text ? 'relevance' : 'name',
  offset: 0,
  limit: 10,
  facets: true,
});

describe('MemorySearchEngine', () => {
  it('refuses to answer before its first index is complete, and says it is filling', async () => {
    const engine = new MemorySearchEngine(() => Promise.resolve(reference));
    await engine.clear();
    await engine.index([document('a', 'Schuldhulp Noord')]);
    expect(engine.state()).toEqual({ engine: 'memory', state: 'filling', indexed: 1 });
    await expect(engine.search(query(''))).rejects.toBeInstanceOf(EngineUnavailableError);
    // Without a fallback the API answers 503 problem+json, never an empty list.
    await expect(new SearchEngines(engine).search(query(''))).rejects.toBeInstanceOf(SearchUnavailableProblem);

    engine.commit();
    expect(engine.state()).toEqual({ engine: 'memory', state: 'ready', indexed: 1 });
    expect((await engine.search(query('schuldhulp'))).hits.map((h) => h.document.serviceId)).toEqual(['a']);
  });

  it('answers from the last complete index while a rebuild fills', async () => {
    const engine = new MemorySearchEngine(() => Promise.resolve(reference));
    await engine.clear();
    await engine.index([document('a', 'Schuldhulp Noord'), document('b', 'Taalcafé Zuid')]);
    engine.commit();

    await engine.clear();
    await engine.index([document('a', 'Schuldhulp Noord')]);
    expect(engine.state()).toEqual({ engine: 'memory', state: 'filling', indexed: 1, total: 2 });
    expect((await engine.search(query(''))).total).toBe(2);

    engine.commit();
    expect((await engine.search(query(''))).total).toBe(1);
  });

  it('applies changes and removals to the index it answers from', async () => {
    const engine = new MemorySearchEngine(() => Promise.resolve(reference));
    await engine.clear();
    await engine.index([document('a', 'Schuldhulp Noord')]);
    engine.commit();
    await engine.index([document('a', 'Budgetbegeleiding Noord')]);
    expect((await engine.search(query('budgetbegeleiding'))).total).toBe(1);
    expect((await engine.search(query('schuldhulp'))).total).toBe(0);
    await engine.remove(['a']);
    expect((await engine.search(query(''))).total).toBe(0);
    expect(await engine.count()).toBe(0);
  });
});
