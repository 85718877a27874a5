import { Logger } from '@nestjs/common';
import type { EngineName, EngineResult, SearchEngine, SearchQuery } from './search-engine.js';

export const SEARCH_ENGINES = Symbol('SEARCH_ENGINES');

/** After a failure, skip the primary engine this long instead of waiting on it at every request. */
const COOL_DOWN_MS = 10_000;

export interface AnsweredResult extends EngineResult {
  engine: EngineName;
  isFallback: boolean;
}

/**
 * The engine that answers searches, and the PostgreSQL engine that answers when it fails or is
 * not ready (Meilisearch unreachable, filling or behind on changes). Without MEILI_URL the
 * PostgreSQL engine is the primary and there is no fallback.
 */
export class SearchEngines {
  private readonly logger = new Logger('Search');
  private primaryFailedAt = 0;

  constructor(
    readonly primary: SearchEngine,
    readonly fallback?: SearchEngine,
  ) {}

  /** Every engine the outbox must keep current. */
  get all(): SearchEngine[] {
    return this.fallback ? [this.primary, this.fallback] : [this.primary];
  }

  async search(query: SearchQuery): Promise<AnsweredResult> {
    const isCoolingDown = Date.now() - this.primaryFailedAt < COOL_DOWN_MS;
    // A filling, lagging or unreachable primary does not answer: never a short or stale answer.
    if (!this.fallback || (!isCoolingDown && this.primary.state().state === 'ready')) {
      try {
        return { ...(await this.primary.search(query)), engine: this.primary.name, isFallback: false };
      } catch (error) {
        if (!this.fallback) throw error;
        this.primaryFailedAt = Date.now();
        this.logger.warn(`${this.primary.name} failed, answering from ${this.fallback.name}: ${(error as Error).message}`);
      }
    }
    return { ...(await this.fallback.search(query)), engine: this.fallback.name, isFallback: true };
  }
}
