import { Logger } from '@nestjs/common';
import { SearchUnavailableProblem } from '../common/problem/domain-exception.js';
import { type EngineName, type EngineResult, EngineUnavailableError, type SearchEngine, type SearchQuery } from './search-engine.js';

export const SEARCH_ENGINES = Symbol('SEARCH_ENGINES');

/** After a failure, skip the primary engine this long instead of waiting on it at every request. */
const COOL_DOWN_MS = 10_000;

export interface AnsweredResult extends EngineResult {
  engine: EngineName;
  isFallback: boolean;
}

/**
 * The engine that answers searches, and the memory engine that answers when it fails or is not
 * ready (Meilisearch unreachable, filling or behind on changes). Without MEILI_URL the memory
 * engine is the primary and there is no fallback. When no engine can answer (the memory index
 * still building, or switched off with SEARCH_MEMORY_INDEX=false while Meilisearch is down): a
 * 503 problem, never a short or empty answer.
 */
export class SearchEngines {
  private readonly logger = new Logger('Search');
  private primaryFailedAt = 0;

  constructor(
    readonly primary: SearchEngine,
    readonly fallback?: SearchEngine,
  ) {}

  /** Every engine, the primary first. */
  get all(): SearchEngine[] {
    return this.fallback ? [this.primary, this.fallback] : [this.primary];
  }

  /** The engines the outbox keeps current; the memory engine follows the change feed in each process instead. */
  get remote(): SearchEngine[] {
    return this.all.filter((engine) => engine.name !== 'memory');
  }

  async search(query: SearchQuery): Promise<AnsweredResult> {
    const primary = this.primary;
    const answer = async (engine: SearchEngine, isFallback: boolean) => {
      const helper = this.fallback;
      const helperReady = helper !== undefined && helper !== engine && helper.state().state === 'ready';
      // Meilisearch gets the text as the core reads it (a compound split into the words the index
      // knows, two swapped letters undone), so both engines find the same services.
      const text = helperReady && helper.rewriteText && query.text.trim() ? helper.rewriteText(query.text) : query.text;
      const result = await engine.search(text === query.text ? query : { ...query, text });
      // Zero results come with help (the core works it out): Meilisearch has no such answer, so
      // the memory engine, holding the same listings, gives it when it is ready.
      if (result.total === 0 && !result.help && helperReady) {
        result.help = await helper.search({ ...query, facets: false }).then(
          (r) => r.help ?? null,
          () => null,
        );
      }
      return { ...result, engine: engine.name, isFallback };
    };
    // Alone, the memory engine answers from its last complete index or says why it cannot.
    if (!this.fallback) {
      try {
        return await answer(primary, false);
      } catch (error) {
        throw unavailable(error);
      }
    }
    const state = primary.state().state;
    // The memory index switched off (SEARCH_MEMORY_INDEX=false): Meilisearch answers when it is ready, or a 503.
    if (this.fallback.state().state === 'disabled') {
      if (state !== 'ready') throw switchedOff(primary.name, state);
      try {
        return await answer(primary, false);
      } catch (error) {
        this.logger.warn(`${primary.name} failed and the memory index is switched off: ${(error as Error).message}`);
        throw switchedOff(primary.name, 'failing');
      }
    }
    // A filling, lagging or unreachable primary does not answer: never a short or stale answer.
    const isCoolingDown = Date.now() - this.primaryFailedAt < COOL_DOWN_MS;
    if (!isCoolingDown && state === 'ready') {
      try {
        return await answer(primary, false);
      } catch (error) {
        this.primaryFailedAt = Date.now();
        this.logger.warn(`${primary.name} failed, answering from ${this.fallback.name}: ${(error as Error).message}`);
      }
    }
    try {
      return await answer(this.fallback, true);
    } catch (error) {
      throw unavailable(error);
    }
  }
}

function switchedOff(engine: EngineName, state: string): SearchUnavailableProblem {
  return new SearchUnavailableProblem(
    `${engine} is ${state} and the memory index is switched off (SEARCH_MEMORY_INDEX=false): search answers again when ${engine} does.`,
  );
}

function unavailable(error: unknown): unknown {
  return error instanceof EngineUnavailableError
    ? new SearchUnavailableProblem(`${error.message} Search answers again as soon as its index is complete.`)
    : error;
}
