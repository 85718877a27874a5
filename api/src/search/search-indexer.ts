import type { DataSource } from 'typeorm';
import { SearchDocumentBuilder } from './search-document.builder.js';
import type { IndexBuild, SearchEngine } from './search-engine.js';

/** Engines without a separate build index are cleared and filled where they are. */
async function inPlace(engine: SearchEngine): Promise<IndexBuild> {
  await engine.prepare();
  await engine.clear();
  return { add: (documents) => engine.index(documents), commit: () => Promise.resolve() };
}

/** Brings an engine's index in line with PostgreSQL, for some services or for all. */
export class SearchIndexer {
  private readonly builder: SearchDocumentBuilder;

  constructor(private readonly dataSource: DataSource) {
    this.builder = new SearchDocumentBuilder(dataSource);
  }

  /** Indexes the published ones among these services and removes the rest. */
  async apply(engine: SearchEngine, serviceIds: string[]): Promise<void> {
    const { documents, removed } = await this.builder.build(serviceIds);
    await engine.index(documents);
    await engine.remove(removed);
  }

  /**
   * Rebuilds the whole index from PostgreSQL. An engine that can build a new index beside the live
   * one (Meilisearch) swaps it in when it is whole, then applies the changes made meanwhile: those
   * of every transaction that had not ended when the rebuild began (the change feed's horizon).
   */
  async reindex(engine: SearchEngine, onProgress?: (done: number, total: number) => void, batchSize = 1000): Promise<number> {
    const [{ horizon }] = await this.dataSource.query<{ horizon: string }[]>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon',
    );
    const total = await this.builder.countPublished();
    const build = engine.beginRebuild ? await engine.beginRebuild() : await inPlace(engine);
    let done = 0;
    onProgress?.(done, total);
    // PostgreSQL reads the next batch while this process indexes the current one (analysing texts
    // is CPU work here, reading is mostly PostgreSQL's): the two overlap instead of taking turns.
    const pages = this.builder.publishedIds(batchSize);
    const read = async () => {
      const page = await pages.next();
      return page.done ? null : (await this.builder.build(page.value)).documents;
    };
    let next = read();
    try {
      for (let documents = await next; documents; documents = await next) {
        next = read();
        await build.add(documents);
        done += documents.length;
        onProgress?.(done, total);
      }
    } finally {
      // A failed add leaves a read in flight: its outcome no longer matters.
      next.catch(() => undefined);
    }
    await build.commit();
    const changed = await this.dataSource.query<{ service_id: string }[]>(
      'SELECT DISTINCT service_id FROM service_change WHERE tx >= $1::text::xid8',
      [horizon],
    );
    if (changed.length > 0)
      await this.apply(
        engine,
        changed.map((r) => r.service_id),
      );
    return done;
  }

  countPublished(): Promise<number> {
    return this.builder.countPublished();
  }
}
