import { describe, expect, it } from '@jest/globals';
import { SearchUnavailableProblem } from '../common/problem/domain-exception.js';
import { MemorySearchEngine } from './memory/memory-search.engine.js';
import { EMPTY_FACETS, type EngineResult, type EngineState, type SearchEngine, type SearchQuery } from './search-engine.js';
import { SearchEngines } from './search-engines.js';

/** A stand-in for Meilisearch: answers with one total while `up`, throws otherwise; counts its calls. */
class FakeRemote implements SearchEngine {
  readonly name = 'meilisearch' as const;
  calls = 0;
  constructor(
    public state_: EngineState['state'],
    public isUp = true,
  ) {}
  state(): EngineState {
    return { engine: this.name, state: this.state_ };
  }
  prepare = () => Promise.resolve();
  index = () => Promise.resolve();
  remove = () => Promise.resolve();
  clear = () => Promise.resolve();
  count = () => Promise.resolve(7);
  search(): Promise<EngineResult> {
    this.calls++;
    return this.isUp ? Promise.resolve({ hits: [], total: 7, facets: EMPTY_FACETS() }) : Promise.reject(new Error('connect ECONNREFUSED'));
  }
}

const query: SearchQuery = {
  text: 'schulden',
  filters: { lifeDomains: [], targetGroups: [], languages: [], districts: [], wijken: [], locatedIn: { districts: [], wijken: [] } },
  sort: 'relevance',
  offset: 0,
  limit: 10,
  facets: true,
};

function switchedOff(remote: FakeRemote): SearchEngines {
  const memory = new MemorySearchEngine(() => Promise.reject(new Error('a disabled engine loads nothing')));
  memory.disable();
  return new SearchEngines(remote, memory);
}

describe('SearchEngines with the memory index switched off (SEARCH_MEMORY_INDEX=false)', () => {
  it('answers from Meilisearch while it is ready', async () => {
    const remote = new FakeRemote('ready');
    await expect(switchedOff(remote).search(query)).resolves.toMatchObject({ engine: 'meilisearch', isFallback: false, total: 7 });
  });

  it('gives a 503 without asking Meilisearch while it is filling: never a short answer', async () => {
    const remote = new FakeRemote('filling');
    const answer = switchedOff(remote).search(query);
    await expect(answer).rejects.toBeInstanceOf(SearchUnavailableProblem);
    await expect(answer).rejects.toThrow('meilisearch is filling and the memory index is switched off');
    expect(remote.calls).toBe(0);
  });

  it('gives a 503 when Meilisearch fails, and answers again as soon as it is back (no cool-down without a fallback)', async () => {
    const remote = new FakeRemote('ready', false);
    const engines = switchedOff(remote);
    await expect(engines.search(query)).rejects.toThrow('meilisearch is failing and the memory index is switched off');
    remote.isUp = true;
    await expect(engines.search(query)).resolves.toMatchObject({ engine: 'meilisearch', total: 7 });
    expect(remote.calls).toBe(2);
  });
});
