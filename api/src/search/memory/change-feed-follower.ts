// Keeps this process's memory engine current: builds it from PostgreSQL (or restores the index kept
// at the last run, index-file.ts), then follows the change feed (`service_change`, the rows phones
// sync from) from the position read before the build, so a change committed during the build is
// applied after it. Each API process runs its own follower.
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type ChangePosition, comparePositions } from '../../modules/snapshot/change-cursor.js';
import { SnapshotRepository } from '../../modules/snapshot/snapshot.repository.js';
import type { SearchIndexer } from '../search-indexer.js';
import { IndexFile } from './index-file.js';
import type { MemorySearchEngine } from './memory-search.engine.js';

/** Changes read per poll; more wait for the next one (the engine says `lagging` meanwhile). */
const BATCH = 500;

export class ChangeFeedFollower {
  private readonly logger = new Logger('Search');
  private readonly feed: SnapshotRepository;
  private position: ChangePosition = { tx: 0n, seq: 0n };
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private isStopped = false;
  /** Changes applied since the index was last kept on disk. */
  private hasUnsavedChanges = false;
  private file?: IndexFile;
  /** Settles when the first build is done (or failed): tests and benchmarks wait for it. */
  built: Promise<void> = Promise.resolve();

  constructor(
    dataSource: DataSource,
    private readonly indexer: SearchIndexer,
    private readonly engine: MemorySearchEngine,
    private readonly intervalMs: number,
    private readonly indexDir?: string,
  ) {
    this.feed = new SnapshotRepository(dataSource);
    this.dataSource = dataSource;
  }

  private readonly dataSource: DataSource;

  /** Builds the index in the background and then follows the feed; searches get a 503 until built. */
  start(): void {
    this.built = this.build();
    this.running = this.built.then(
      () => this.schedule(),
      (error: Error) => {
        this.logger.error(`building the memory index failed: ${error.message}`);
        this.schedule();
      },
    );
    this.built = this.built.catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.running;
    if (this.hasUnsavedChanges) await this.save();
  }

  /** Applies every change committed so far (tests and the build use it to be current). */
  async catchUp(): Promise<void> {
    for (;;) {
      const changes = await this.feed.findChangesAfter(this.position, BATCH);
      if (changes.length === 0) break;
      this.engine.setLag(changes.length);
      await this.indexer.apply(
        this.engine,
        changes.map((c) => c.serviceId),
      );
      this.hasUnsavedChanges = true;
      const last = changes[changes.length - 1].position;
      if (comparePositions(last, this.position) > 0) this.position = last;
      if (changes.length < BATCH) break;
    }
    this.engine.setLag(0);
  }

  private async build(): Promise<void> {
    const started = performance.now();
    if (this.indexDir) {
      // One cluster (its system identifier) and database per file: embedded clusters all call their database sociale_kaart.
      const [{ id }] = await this.dataSource.query<{ id: string }[]>(
        `SELECT (SELECT system_identifier FROM pg_control_system())::text || '-' || current_database() AS id`,
      );
      this.file = new IndexFile(this.indexDir, id);
      const kept = await this.file.read();
      if (kept) {
        await this.engine.restore(kept.documents, kept.text);
        this.position = kept.position;
        await this.catchUp();
        const [count, published] = [await this.engine.count(), await this.indexer.countPublished()];
        this.logger.log(`memory index restored: ${count} services in ${Math.round(performance.now() - started)} ms`);
        // Data loaded around the feed (a restore of the database, the benchmark's bulk load): rebuild beside it.
        if (count !== published) await this.rebuild();
        return;
      }
    }
    await this.rebuild();
  }

  private async rebuild(): Promise<void> {
    const started = performance.now();
    this.position = await this.feed.findLatestPosition();
    const count = await this.indexer.reindex(this.engine);
    await this.catchUp();
    this.logger.log(`memory index built: ${count} services in ${Math.round(performance.now() - started)} ms`);
    await this.save();
  }

  private async save(): Promise<void> {
    const exported = this.file && this.engine.export();
    if (!this.file || !exported) return;
    try {
      await this.file.write({ position: this.position, ...exported });
      this.hasUnsavedChanges = false;
    } catch (error) {
      this.logger.warn(`could not keep the memory index on disk: ${(error as Error).message}`);
    }
  }

  private schedule(): void {
    if (this.isStopped) return;
    this.timer = setTimeout(() => {
      this.running = this.catchUp()
        .catch((error: Error) => this.logger.warn(`following the change feed failed: ${error.message}`))
        .finally(() => this.schedule());
    }, this.intervalMs);
    // The HTTP server keeps a running API alive; the follower alone must not (tests, CLIs).
    this.timer.unref();
  }
}
