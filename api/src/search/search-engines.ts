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
 * engine is the primary and there is no fallback. When no engine can answer: a 503 problem,
 * never a short or empty answer.
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
    const isCoolingDown = Date.now() - this.primaryFailedAt < COOL_DOWN_MS;
    // A filling, lagging or unreachable primary does not answer: never a short or stale answer.
    if (!this.fallback || (!isCoolingDown && this.primary.state().state === 'ready')) {
      try {
        return { ...(await this.primary.search(query)), engine: this.primary.name, isFallback: false };
      } catch (error) {
        if (!this.fallback) throw unavailable(error);
        this.primaryFailedAt = Date.now();
        this.logger.warn(`${this.primary.name} failed, answering from ${this.fallback.name}: ${(error as Error).message}`);
      }
    }
    try {
      return { ...(await this.fallback.search(query)), engine: this.fallback.name, isFallback: true };
    } catch (error) {
      throw unavailable(error);
    }
  }
}

function unavailable(error: unknown): unknown {
  return error instanceof EngineUnavailableError
    ? new SearchUnavailableProblem(`${error.message} Search answers again as soon as its index is complete.`)
    : error;
}
