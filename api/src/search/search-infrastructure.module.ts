import { Global, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MeilisearchReadiness } from './meilisearch/meilisearch-readiness.js';
import { MeilisearchEngine } from './meilisearch/meilisearch-search.engine.js';
import { ChangeFeedFollower } from './memory/change-feed-follower.js';
import { MemorySearchEngine } from './memory/memory-search.engine.js';
import { loadEngineReference } from './memory/reference-data.js';
import { OutboxWorker } from './outbox/outbox-worker.js';
import { SEARCH_ENGINES, SearchEngines } from './search-engines.js';
import { SearchIndexer } from './search-indexer.js';

/**
 * The engines chosen by MEILI_URL: Meilisearch with the memory engine as fallback, or the memory
 * engine alone. With SEARCH_MEMORY_INDEX=false (only with MEILI_URL) the memory engine is there
 * but disabled: it holds no index, health lists it as `disabled`, and a search that Meilisearch
 * cannot answer gets a 503.
 */
export function createSearchEngines(config: AppConfig, dataSource: DataSource): SearchEngines {
  const memory = new MemorySearchEngine(() => loadEngineReference(dataSource));
  if (!config.search.memoryIndex) memory.disable();
  const meili = config.search.meilisearch;
  return meili ? new SearchEngines(new MeilisearchEngine(meili), memory) : new SearchEngines(memory);
}

/** This process's change-feed follower, or null when the memory index is switched off. */
export const SEARCH_FOLLOWER = Symbol('SEARCH_FOLLOWER');

class SearchLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Search');
  private readonly worker: OutboxWorker;
  private readonly readiness?: MeilisearchReadiness;

  constructor(
    private readonly config: AppConfig,
    private readonly engines: SearchEngines,
    private readonly indexer: SearchIndexer,
    private readonly follower: ChangeFeedFollower | null,
    dataSource: DataSource,
  ) {
    this.worker = new OutboxWorker(dataSource, indexer, engines.remote, config.search.worker);
    if (engines.primary instanceof MeilisearchEngine) this.readiness = new MeilisearchReadiness(engines.primary, dataSource);
  }

  onApplicationBootstrap(): void {
    this.logger.log(
      `search engine: ${this.engines.primary.name}${this.engines.fallback ? ` (fallback: ${this.engines.fallback.name})` : ''}`,
    );
    this.readiness?.start();
    this.follower?.start();
    if (!this.config.search.worker.isEnabled) return;
    this.worker.start();
    // An empty external index (a new Meilisearch) is filled in the background; the fallback answers meanwhile.
    if (this.readiness) void this.fillIfEmpty(this.readiness);
  }

  async onApplicationShutdown(): Promise<void> {
    this.readiness?.stop();
    await this.follower?.stop();
    await this.worker.stop();
    if (this.engines.primary instanceof MeilisearchEngine) await this.engines.primary.close();
  }

  private async fillIfEmpty(readiness: MeilisearchReadiness): Promise<void> {
    const engine = this.engines.primary;
    try {
      await engine.prepare();
      if ((await engine.count()) > 0) return;
      const indexed = await this.indexer.reindex(engine, (done, total) => (readiness.fill = { indexed: done, total }));
      this.logger.log(`built the ${engine.name} index: ${indexed} services`);
    } catch (error) {
      this.logger.warn(`${engine.name} is not reachable; searches use the fallback until it is (${(error as Error).message})`);
    } finally {
      readiness.fill = undefined;
      await readiness.check();
    }
  }
}

@Global()
@Module({
  providers: [
    {
      provide: SEARCH_ENGINES,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) => createSearchEngines(config, dataSource),
    },
    { provide: SearchIndexer, inject: [getDataSourceToken()], useFactory: (dataSource: DataSource) => new SearchIndexer(dataSource) },
    {
      provide: SEARCH_FOLLOWER,
      inject: [APP_CONFIG, SEARCH_ENGINES, SearchIndexer, getDataSourceToken()],
      useFactory: (config: AppConfig, engines: SearchEngines, indexer: SearchIndexer, dataSource: DataSource) => {
        const memory = engines.all.find((engine) => engine instanceof MemorySearchEngine);
        return memory && config.search.memoryIndex
          ? new ChangeFeedFollower(dataSource, indexer, memory, config.search.follow.intervalMs, config.search.indexDir)
          : null;
      },
    },
    {
      provide: SearchLifecycle,
      inject: [APP_CONFIG, SEARCH_ENGINES, SearchIndexer, SEARCH_FOLLOWER, getDataSourceToken()],
      useFactory: (
        config: AppConfig,
        engines: SearchEngines,
        indexer: SearchIndexer,
        follower: ChangeFeedFollower | null,
        dataSource: DataSource,
      ) => new SearchLifecycle(config, engines, indexer, follower, dataSource),
    },
  ],
  exports: [SEARCH_ENGINES, SearchIndexer, SEARCH_FOLLOWER],
})
export class SearchInfrastructureModule {}
