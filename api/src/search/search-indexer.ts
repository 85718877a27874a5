import type { DataSource } from 'typeorm';
import { SearchDocumentBuilder } from './search-document.builder.js';
import type { SearchEngine } from './search-engine.js';

/** Brings an engine's index in line with PostgreSQL, for some services or for all. */
export class SearchIndexer {
  private readonly builder: SearchDocumentBuilder;

  constructor(dataSource: DataSource) {
    this.builder = new SearchDocumentBuilder(dataSource);
  }

  /** Indexes the published ones among these services and removes the rest. */
  async apply(engine: SearchEngine, serviceIds: string[]): Promise<void> {
    const { documents, removed } = await this.builder.build(serviceIds);
    await engine.index(documents);
    await engine.remove(removed);
  }

  /** Rebuilds the whole index from PostgreSQL. */
  async reindex(engine: SearchEngine, onProgress?: (done: number, total: number) => void, batchSize = 500): Promise<number> {
    const total = await this.builder.countPublished();
    await engine.prepare();
    await engine.clear();
    let done = 0;
    onProgress?.(done, total);
    for await (const ids of this.builder.publishedIds(batchSize)) {
      const { documents } = await this.builder.build(ids);
      await engine.index(documents);
      done += documents.length;
      onProgress?.(done, total);
    }
    return done;
  }

  countPublished(): Promise<number> {
    return this.builder.countPublished();
  }
}
