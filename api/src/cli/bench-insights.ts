// `npm run bench:insights [-- --services 20000 --requests 40]`: the insight endpoints' latency
// (docs/insights.md, Performance; issue #14 asks ≤ 200 ms at 20,000 services). Fills the
// benchmark PostgreSQL with N synthetic services (bench-database.ts, reused when it holds N) and
// eight weeks of synthetic search aggregates, starts the API in this process, and requests every
// insight endpoint over HTTP, one request at a time; prints p50/p95/max per endpoint and the time
// the in-memory facts took to build.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import argon2 from 'argon2';
import { createApp } from '../create-app.js';
import type { ChangeFeedFollower } from '../search/memory/change-feed-follower.js';
import { SEARCH_FOLLOWER } from '../search/search-infrastructure.module.js';
import { openBenchDatabase } from './bench-database.js';

const { values: args } = parseArgs({
  options: { services: { type: 'string', default: '20000' }, requests: { type: 'string', default: '40' } },
});
const serviceCount = Number(args.services);
const requestCount = Number(args.requests);
const BUDGET_MS = 200;

const database = await openBenchDatabase({
  dataDir: '.data/bench-postgres',
  port: 54331,
  services: serviceCount,
  readEnvironment: true,
  log: (m) => console.log(m),
});
const { dataSource, config } = database;
await seedSearchAggregates();
const password = `bench-${randomUUID()}`;
const moderatorEmail = `bench-moderator-${randomUUID()}@example.org`;
await dataSource.query(`INSERT INTO app_user (email, role, password_hash, display_name) VALUES ($1, 'moderator', $2, 'Bench')`, [
  moderatorEmail,
  await argon2.hash(password, { type: argon2.argon2id }),
]);
const app = await createApp({ ...config, logLevel: 'warn' }, database, { serveStaticFiles: false });
try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${port}/api/v1/insights`;
  // The memory search index builds in the background at start: measured after, not against it.
  await app.get<ChangeFeedFollower | null>(SEARCH_FOLLOWER)?.built;
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: moderatorEmail, password }),
  });
  const cookie = login.headers.getSetCookie()[0].split(';')[0];
  const [{ n: counted }] = await dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM service s JOIN organization o ON o.id = s.organization_id
     WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active'`,
  );
  const started = performance.now();
  await get(`${base}/coverage`);
  console.log(
    `\nfirst insight request (builds the facts of ${counted.toLocaleString('en')} counted services): ${ms(performance.now() - started)}`,
  );

  const endpoints: [string, string, boolean?][] = [
    ['coverage district × life domain', '/coverage'],
    ['coverage wijk × life domain', '/coverage?level=wijk'],
    ['coverage wijk × language, filtered', '/coverage?level=wijk&by=language&lifeDomain=gezondheid&free=true'],
    ['coverage wijk, CSV', '/coverage?level=wijk&format=csv'],
    ['services serving a wijk', '/coverage/services?area=11002S02&pageSize=100'],
    ['gaps district', '/gaps'],
    ['gaps wijk × language (ar, tr)', '/gaps?level=wijk&language=ar,tr&split=language'],
    ['freshness', '/freshness'],
    ['freshness, one life domain', '/freshness?lifeDomain=inkomen&limit=100'],
    ['searches (open aggregate)', '/searches'],
    ['searches (moderator, texts)', '/searches?weeks=12', true],
    ['district report', '/districts/borgerhout/report'],
    ['reminders (moderator)', '/freshness/reminders', true],
  ];
  console.log(`\n${requestCount} requests each, one at a time, after 3 warm-up requests (load average ${loadavg()[0].toFixed(1)})\n`);
  console.log(`${'endpoint'.padEnd(38)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}${'bytes'.padStart(10)}`);
  let over = 0;
  for (const [label, path, asModerator] of endpoints) {
    const url = `${base}${path}`;
    for (let i = 0; i < 3; i++) await get(url, asModerator ? cookie : undefined);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < requestCount; i++) {
      const t = performance.now();
      bytes = await get(url, asModerator ? cookie : undefined);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 0.95);
    if (p95 > BUDGET_MS) over++;
    console.log(`${label.padEnd(38)}${ms(percentile(times, 0.5))}${ms(p95)}${ms(times.at(-1)!)}${String(bytes).padStart(10)}`);
  }
  console.log(
    `\n${over === 0 ? 'every endpoint' : `${over} endpoint(s) not`} within ${BUDGET_MS} ms at p95 (load average ${loadavg()[0].toFixed(1)})`,
  );
} finally {
  await dataSource.query('DELETE FROM app_user WHERE email = $1', [moderatorEmail]).catch(() => undefined);
  await app.close();
}

async function get(url: string, cookie?: string): Promise<number> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${Buffer.from(body).toString().slice(0, 300)}`);
  return body.byteLength;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`.padStart(10);
}

/** Eight weeks of search aggregates (about 400 filter combinations a day) and texts, unless present. */
async function seedSearchAggregates(): Promise<void> {
  const [{ n }] = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM insight_search_day');
  if (n > 0) return;
  await dataSource.query(`
    WITH domains AS (SELECT array_agg(code) AS codes FROM taxonomy_term WHERE taxonomy = 'levensdomein'),
         districts AS (SELECT array_agg(id) AS ids FROM district)
    INSERT INTO insight_search_day (day, source, engine, filter_key, life_domains, districts, languages, searches, zero_results, low_results)
    SELECT current_date - d, 'online', 'memory', 'bench-' || k,
           ARRAY[codes[1 + (k * 7 + d) % cardinality(codes)]], ARRAY[ids[1 + (k * 3) % cardinality(ids)]],
           CASE WHEN k % 5 = 0 THEN ARRAY['ar'] ELSE '{}' END, 1 + (k + d) % 9, (k + d) % 4, (k * d) % 3
    FROM generate_series(0, 55) d, generate_series(1, 400) k, domains, districts`);
  await dataSource.query(`
    INSERT INTO insight_search_text_day (day, text, sessions, searches, zero_results, low_results)
    SELECT current_date - d, 'zoekterm ' || k, 1 + (k + d) % 3, 2, (k + d) % 2, 0
    FROM generate_series(0, 55) d, generate_series(1, 300) k`);
}
