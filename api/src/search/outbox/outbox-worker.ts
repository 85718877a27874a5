// Applies the search outbox to the engines: claims a batch (FOR UPDATE SKIP LOCKED, so several
// API processes can run workers), rebuilds the documents from PostgreSQL, hands them to the
// engine, and deletes the rows; on failure the rows wait with exponential backoff and retry
// until the engine takes them. Nothing is dropped.
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { SearchEngine } from '../search-engine.js';
import type { SearchIndexer } from '../search-indexer.js';

export interface OutboxWorkerOptions {
  intervalMs: number;
  batchSize: number;
  /** Backoff after the n-th failed attempt: base · 2^(n-1), capped. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

export class OutboxWorker {
  private readonly logger = new Logger('SearchOutbox');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private isStopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly indexer: SearchIndexer,
    private readonly engines: SearchEngine[],
    private readonly options: OutboxWorkerOptions,
  ) {}

  start(): void {
    this.isStopped = false;
    const tick = () => {
      this.running = this.drainOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error(`outbox pass failed: ${(error as Error).message}`))
        .finally(() => {
          if (!this.isStopped) this.timer = setTimeout(tick, this.options.intervalMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Processes what is due now, batch after batch; returns how many rows it applied. */
  async drainOnce(): Promise<number> {
    let applied = 0;
    for (const engine of this.engines) {
      for (;;) {
        const count = await this.applyBatch(engine);
        applied += Math.max(count, 0);
        if (count < this.options.batchSize) break;
      }
    }
    return applied;
  }

  /** One batch for one engine: the number of rows applied, or -1 when the engine failed. */
  private async applyBatch(engine: SearchEngine): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; service_id: string; attempts: number }[]>(
        `SELECT id, service_id, attempts FROM search_outbox
         WHERE engine = $1 AND available_at <= now() ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [engine.name, this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      try {
        await this.indexer.apply(engine, [...new Set(rows.map((r) => r.service_id))]);
      } catch (error) {
        // The wait counts from the failure (clock_timestamp), not from the transaction's start:
        // a slow attempt must not use up its own backoff.
        const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
        const delay = Math.min((this.options.backoffBaseMs ?? 1000) * 2 ** (attempts - 1), this.options.backoffMaxMs ?? 300_000);
        await manager.query(
          `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2, available_at = clock_timestamp() + ($3 || ' milliseconds')::interval
           WHERE id = ANY($1::bigint[])`,
          [ids, (error as Error).message.slice(0, 1000), String(delay)],
        );
        this.logger.warn(
          `${engine.name}: ${rows.length} change(s) wait ${delay} ms after attempt ${attempts}: ${(error as Error).message}`,
        );
        return -1;
      }
      await manager.query('DELETE FROM search_outbox WHERE id = ANY($1::bigint[])', [ids]);
      return rows.length;
    });
  }
}
