// "Never a short answer": Meilisearch answers searches only while its index holds every listed
// (published and active) service and no change waits for it in the outbox. This check runs every second (and on demand)
// and sets the engine's state; searches read that state and do not wait on the check.
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { LISTED } from '../search-document.builder.js';
import type { EngineState } from '../search-engine.js';
import type { MeilisearchEngine } from './meilisearch-search.engine.js';

/** The services search holds (published and active: LISTED), the count the index must reach. */
const LISTED_COUNT = `SELECT count(*)::int AS n FROM service s JOIN organization o ON o.id = s.organization_id WHERE ${LISTED}`;

export class MeilisearchReadiness {
  private readonly logger = new Logger('Search');
  private timer?: NodeJS.Timeout;
  private checking?: Promise<EngineState>;
  /** Progress of a fill running in this process, shown while the live index is not yet swapped in. */
  fill?: { indexed: number; total: number };

  constructor(
    private readonly engine: MeilisearchEngine,
    private readonly dataSource: DataSource,
    private readonly intervalMs = 1000,
  ) {}

  start(): void {
    const tick = () => {
      void this.check().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Checks now (one check at a time) and sets the engine's state. */
  check(): Promise<EngineState> {
    this.checking ??= this.measure().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async measure(): Promise<EngineState> {
    const before = this.engine.state().state;
    let indexed: number;
    try {
      indexed = await this.engine.count();
    } catch (error) {
      this.engine.setState({ state: 'down' });
      if (before !== 'down') this.logger.warn(`meilisearch is down; the fallback answers (${(error as Error).message})`);
      return this.engine.state();
    }
    try {
      const [[{ n: total }], [{ n: lagBy }]] = await Promise.all([
        this.dataSource.query<{ n: number }[]>(LISTED_COUNT),
        this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM search_outbox WHERE engine = 'meilisearch'`),
      ]);
      if (this.fill && indexed !== total) this.engine.setState({ state: 'filling', indexed: this.fill.indexed, total: this.fill.total });
      else if (indexed !== total) this.engine.setState({ state: 'filling', indexed, total });
      else if (lagBy > 0) this.engine.setState({ state: 'lagging', indexed, total, lagBy });
      else this.engine.setState({ state: 'ready', indexed, total });
    } catch (error) {
      // PostgreSQL is the source of truth: without it, nothing says the index is current.
      this.engine.setState({ state: 'down' });
      this.logger.warn(`the search readiness check cannot read PostgreSQL: ${(error as Error).message}`);
    }
    const after = this.engine.state().state;
    if (after !== before) this.logger.log(`meilisearch: ${before} → ${after}`);
    return this.engine.state();
  }
}
