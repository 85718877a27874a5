// Prometheus metrics (prom-client), served at /metrics (metrics-endpoint.ts). One registry per
// process: the counters are process-wide, and what PostgreSQL knows (outbox, change feed) is read
// when Prometheus scrapes, so every API process reports the same database-wide values.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time to answer a request, by method, matched route and status.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const searchAnswers = new Counter({
  name: 'search_answers_total',
  help: 'Searches answered, by the engine that answered and whether it was the fallback.',
  labelNames: ['engine', 'fallback'] as const,
  registers: [metricsRegistry],
});

export const loginFailures = new Counter({
  name: 'auth_login_failures_total',
  help: 'Logins refused for a wrong e-mail or password (401 from POST /api/v1/auth/login).',
  registers: [metricsRegistry],
});

export const rateLimitRefusals = new Counter({
  name: 'rate_limit_refusals_total',
  help: 'Requests refused by a rate limit (429), by route.',
  labelNames: ['route'] as const,
  registers: [metricsRegistry],
});

/** The search service calls this for every answer, so fallbacks to the second engine show up. */
export function recordSearchAnswer(engine: string, isFallback: boolean): void {
  searchAnswers.inc({ engine, fallback: String(isFallback) });
}

let database: DataSource | undefined;

/** The database the scrape-time gauges read; set when the app starts. */
export function measureDatabase(dataSource: DataSource | undefined): void {
  database = dataSource;
}

interface QueueRow {
  depth: number;
  age: number | null;
}

/** A failed query leaves the gauge unset for this scrape rather than failing the whole scrape. */
async function read<T>(sql: string): Promise<T | undefined> {
  if (!database?.isInitialized) return undefined;
  try {
    const [row] = await database.query<T[]>(sql);
    return row;
  } catch {
    return undefined;
  }
}

new Gauge({
  name: 'search_outbox_depth',
  help: 'Search index changes waiting in the outbox, by engine.',
  labelNames: ['engine'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    const rows = database?.isInitialized
      ? await database
          .query<{ engine: string; depth: number }[]>(`SELECT engine, count(*)::int AS depth FROM search_outbox GROUP BY engine`)
          .catch(() => [])
      : [];
    for (const row of rows) this.set({ engine: row.engine }, row.depth);
  },
});

new Gauge({
  name: 'search_outbox_oldest_age_seconds',
  help: 'Age of the oldest change waiting in the search outbox (0 when it is empty).',
  registers: [metricsRegistry],
  async collect() {
    const row = await read<QueueRow>(
      `SELECT count(*)::int AS depth, extract(epoch FROM now() - min(created_at))::float8 AS age FROM search_outbox`,
    );
    if (row) this.set(row.age ?? 0);
  },
});

new Gauge({
  name: 'change_feed_pending',
  help: 'Change-feed rows not yet served to phones: their transaction is at or above the feed horizon (docs/offline.md).',
  registers: [metricsRegistry],
  async collect() {
    const row = await read<QueueRow>(
      `SELECT count(*)::int AS depth, extract(epoch FROM now() - min(changed_at))::float8 AS age
       FROM service_change WHERE tx >= pg_snapshot_xmin(pg_current_snapshot())`,
    );
    if (row) this.set(row.depth);
  },
});

new Gauge({
  name: 'change_feed_lag_seconds',
  help: 'How long the oldest change not yet served by the feed has waited (0 when the feed is current).',
  registers: [metricsRegistry],
  async collect() {
    const row = await read<QueueRow>(
      `SELECT count(*)::int AS depth, extract(epoch FROM now() - min(changed_at))::float8 AS age
       FROM service_change WHERE tx >= pg_snapshot_xmin(pg_current_snapshot())`,
    );
    if (row) this.set(row.age ?? 0);
  },
});
