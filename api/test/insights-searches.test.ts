// Search analytics (docs/insights.md): searches are recorded without anything that identifies
// who searched; a free text surfaces only once 5 different sessions searched it, and only to
// moderators and admins; raw rows go after 30 days; the phone's offline searches are counted
// the same way. Sessions here differ by browser (user agent): every request comes from 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import request from 'supertest';
import { RetentionService } from '../src/modules/retention/retention.service.js';
import { SearchLog } from '../src/modules/insights/searches/search-log.js';
import { createUser, login, type TestSession } from './support/auth.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;
let moderator: TestSession;
let editor: TestSession;
const today = () => DateTime.now().setZone('Europe/Brussels').toISODate()!;
const daysAgo = (n: number) => DateTime.now().setZone('Europe/Brussels').minus({ days: n }).toISODate()!;

beforeAll(async () => {
  api = await startTestApp();
  await createUser(api, { email: 'moderator@example.org', role: 'moderator' });
  await createUser(api, { email: 'editor@example.org', role: 'editor' });
  moderator = await login(api, 'moderator@example.org');
  editor = await login(api, 'editor@example.org');
  // Two argon2 logins after the app starts: past Jest's minute on a loaded 2-core machine.
}, 180_000);
afterAll(async () => {
  await api.close();
});

const search = (query: string, browser: string) => request(api.url).get(`/api/v1/search?${query}`).set('user-agent', browser).expect(200);
const flush = () => api.app.get(SearchLog).flush();
const analytics = (session?: TestSession, query = '') => {
  const req = request(api.url).get(`/api/v1/insights/searches${query}`);
  if (session) req.set('cookie', session.cookie);
  return req.expect(200);
};
const texts = async () => ((await analytics(moderator)).body.texts as { text: string; sessions: number; searches: number }[]) ?? [];
const query = <T>(sql: string, params: unknown[] = []) => api.db.dataSource.query<T[]>(sql, params);

describe('recording searches', () => {
  it('shows a free text only from the fifth different session on, and never a session’s repeats as sessions', async () => {
    // A client's name typed by mistake, by four social workers, one of them four times.
    for (const browser of ['browser-1', 'browser-2', 'browser-3', 'browser-4', 'browser-4', 'browser-4', 'browser-4']) {
      await search('q=Fatima%20El%20Amrani%2C%20schulden', browser);
    }
    await flush();
    const [stored] = await query<{ sessions: number; searches: number }>(
      `SELECT sessions, searches FROM insight_search_text_day WHERE text = $1`,
      ['amrani el fatima schulden'],
    );
    expect(stored).toEqual({ sessions: 4, searches: 7 });
    expect((await texts()).map((t) => t.text)).not.toContain('amrani el fatima schulden');
    expect(JSON.stringify((await analytics(moderator)).body)).not.toMatch(/amrani|fatima/i);

    await search('q=schulden%20fatima%20EL%20Amrani', 'browser-5');
    await flush();
    expect((await texts()).find((t) => t.text === 'amrani el fatima schulden')).toMatchObject({ sessions: 5, searches: 8 });
  });

  it('shows texts to moderators and admins only; the open aggregate has counts without text', async () => {
    const anonymous = (await analytics()).body;
    expect(anonymous.texts).toBeNull();
    expect(JSON.stringify(anonymous)).not.toMatch(/amrani/);
    expect(anonymous.weekly.at(-1).searches).toBeGreaterThanOrEqual(8);
    expect((await analytics(editor)).body.texts).toBeNull();
    expect((await analytics(moderator)).body.texts.length).toBeGreaterThan(0);
  });

  it('stores no IP address, browser, session or account: not as a column, not in a value', async () => {
    await search('q=huurwaarborg&lifeDomain=wonen', 'Mozilla/5.0 (Secret Browser 42)');
    const logged = request(api.url)
      .get('/api/v1/search?q=budgetbeheer')
      .set('cookie', moderator.cookie)
      .set('user-agent', 'ModeratorAgent/1');
    await logged.expect(200);
    await flush();
    const tables = [
      'insight_search_event',
      'insight_search_day',
      'insight_search_text_day',
      'insight_search_session_mark',
      'insight_search_salt',
      'insight_search_upload_attempt',
    ];
    const columns = await query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_name = ANY($1) ORDER BY table_name, ordinal_position`,
      [tables],
    );
    const byTable = Object.fromEntries(tables.map((t) => [t, columns.filter((c) => c.table_name === t).map((c) => c.column_name)]));
    expect(byTable).toEqual({
      insight_search_event: [
        'id',
        'day',
        'source',
        'engine',
        'life_domains',
        'target_groups',
        'languages',
        'districts',
        'wijken',
        'is_free',
        'is_walk_in',
        'text',
        'result_count',
      ],
      insight_search_day: [
        'day',
        'source',
        'engine',
        'filter_key',
        'life_domains',
        'target_groups',
        'languages',
        'districts',
        'wijken',
        'is_free',
        'is_walk_in',
        'has_text',
        'searches',
        'zero_results',
        'low_results',
      ],
      insight_search_text_day: ['day', 'text', 'sessions', 'searches', 'zero_results', 'low_results'],
      insight_search_session_mark: ['day', 'mark'],
      insight_search_salt: ['day', 'salt'],
      insight_search_upload_attempt: ['id', 'client', 'created_at'],
    });
    const [{ id: moderatorId }] = await query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'moderator@example.org'`);
    const [session] = await query<{ id: string }>(`SELECT id FROM session WHERE user_id = $1 LIMIT 1`, [moderatorId]);
    for (const table of tables) {
      const dump = JSON.stringify(await query(`SELECT * FROM ${table}`));
      for (const secret of [
        '127.0.0.1',
        'Secret Browser',
        'ModeratorAgent',
        moderatorId,
        session.id,
        'moderator@example.org',
        moderator.cookie.split('=')[1],
      ]) {
        expect({ table, has: dump.includes(secret) }).toEqual({ table, has: false });
      }
    }
    // The text is kept normalised, and so are the counts.
    await expect(
      query(`SELECT count(*)::int AS n FROM insight_search_event WHERE text = 'huurwaarborg' AND life_domains = '{wonen}'`),
    ).resolves.toEqual([{ n: 1 }]);
  });

  it('counts zero- and low-result searches per filter combination, life domain and district; page 2 is the same search', async () => {
    // Free walk-in health help in Merksem in a language the demo data has none in (the first such language).
    let zero = '';
    let language = '';
    for (const candidate of ['ti', 'so', 'ps', 'prs', 'fa', 'uk', 'ro', 'bg', 'es', 'de']) {
      const probe = `lifeDomain=gezondheid&language=${candidate}&district=merksem&free=true&walkIn=true`;
      const response = await request(api.url).get(`/api/v1/search?${probe}&page=2`);
      if (response.status === 200 && response.body.total === 0) [zero, language] = [probe, candidate];
      if (zero) break;
    }
    expect(zero).not.toBe('');
    await search(zero, 'browser-z');
    await search(zero, 'browser-z');
    await search(`${zero}&page=2`, 'browser-z');
    await flush();
    const { body } = await analytics();
    const combination = (
      body.topZeroResults as { filters: Record<string, unknown>; zeroResults: number; trend: { zeroResults: number }[] }[]
    ).find((f) => (f.filters.language as string[]).includes(language));
    expect(combination).toMatchObject({
      filters: {
        lifeDomain: ['gezondheid'],
        language: [language],
        district: ['merksem'],
        wijk: [],
        free: true,
        walkIn: true,
        hasText: false,
      },
      zeroResults: 2,
    });
    expect(combination!.trend.at(-1)!.zeroResults).toBe(2);
    expect((body.byDistrict as { code: string; zeroResults: number }[]).find((d) => d.code === 'merksem')!.zeroResults).toBe(2);
    const filtered = (await analytics(undefined, '?district=merksem')).body;
    expect(filtered.weekly.at(-1)).toMatchObject({ searches: 2, zeroResults: 2 });
    const bad = await request(api.url).get('/api/v1/insights/searches?lifeDomain=onbekend').expect(400);
    expect(bad.body.errors.map((e: { name: string }) => e.name)).toEqual(['lifeDomain']);
  });

  it('exports CSV that a parser reads back, with texts for moderators only', async () => {
    const open = await request(api.url).get('/api/v1/insights/searches?format=csv').expect(200);
    expect(open.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse<Record<string, string>>(open.text, { columns: true });
    expect(rows.filter((r) => r.kind === 'text')).toEqual([]);
    expect(rows.find((r) => r.kind === 'district' && r.key === 'merksem' && Number(r.zero_results) === 2)).toBeDefined();
    const moderated = await request(api.url).get('/api/v1/insights/searches?format=csv').set('cookie', moderator.cookie).expect(200);
    expect(
      parse<Record<string, string>>(moderated.text, { columns: true }).some(
        (r) => r.kind === 'text' && r.key === 'amrani el fatima schulden',
      ),
    ).toBe(true);
  });
});

describe('POST /api/v1/insights/searches (offline searches)', () => {
  const upload = (body: unknown, browser = 'phone-1') =>
    request(api.url)
      .post('/api/v1/insights/searches')
      .set('user-agent', browser)
      .send(body as object);

  it('counts a batch as offline searches of their own day', async () => {
    const yesterday = daysAgo(1);
    await upload({
      searches: [
        { day: yesterday, lifeDomain: ['onderwijs'], wijk: ['11002S02'], resultCount: 0 },
        { day: yesterday, lifeDomain: ['onderwijs'], wijk: ['11002S02'], resultCount: 2, q: 'Bijles wiskunde' },
      ],
    }).expect(202, { accepted: 2 });
    await flush();
    const rows = await query<{ day: string; districts: string[]; searches: number; zero_results: number; low_results: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, districts, sum(searches)::int AS searches, sum(zero_results)::int AS zero_results, sum(low_results)::int AS low_results
       FROM insight_search_day WHERE source = 'offline' GROUP BY day, districts`,
    );
    expect(rows).toEqual([{ day: yesterday, districts: ['borgerhout'], searches: 2, zero_results: 1, low_results: 1 }]);
    await expect(query(`SELECT text, sessions FROM insight_search_text_day WHERE day = $1`, [yesterday])).resolves.toEqual([
      { text: 'bijles wiskunde', sessions: 1 },
    ]);
  });

  it.each([
    [{ searches: [] }, 'searches'],
    [{ searches: [{ day: daysAgo(31), resultCount: 1 }] }, 'searches.0.day'],
    [{ searches: [{ day: '2099-01-01', resultCount: 1 }] }, 'searches.0.day'],
    [
      {
        searches: [
          { day: today(), resultCount: 1 },
          { day: today(), lifeDomain: ['bestaat-niet'], resultCount: 1 },
        ],
      },
      'searches.1.lifeDomain',
    ],
    [{ searches: [{ day: today(), resultCount: -1 }] }, 'searches.0.resultCount'],
    [{ searches: Array.from({ length: 51 }, () => ({ day: today(), resultCount: 1 })) }, 'searches'],
  ])('refuses %j with a 400 naming %s, counting nothing', async (body, name) => {
    const before = await query<{ n: number }>(`SELECT count(*)::int AS n FROM insight_search_upload_attempt`);
    const response = await upload(body, 'phone-bad').expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(response.body.errors)).toContain(name);
    await flush();
    await expect(query<{ n: number }>(`SELECT count(*)::int AS n FROM insight_search_upload_attempt`)).resolves.toEqual(before);
  });

  it('limits uploads to 20 an hour per connection', async () => {
    const body = { searches: [{ day: today(), resultCount: 5 }] };
    const [{ n }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM insight_search_upload_attempt`);
    for (let i = n; i < 20; i++) await upload(body, 'phone-2').expect(202);
    const refused = await upload(body, 'phone-3').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('retention', () => {
  it('deletes raw searches after 30 days, past salts and session marks, and old texts that never reached 5 sessions', async () => {
    await query(
      `INSERT INTO insight_search_event (day, source, engine, text, result_count) VALUES ($1, 'online', 'memory', 'oud', 0), ($2, 'online', 'memory', 'recent', 0)`,
      [daysAgo(31), daysAgo(29)],
    );
    await query(
      `INSERT INTO insight_search_text_day (day, text, sessions, searches) VALUES ($1, 'zeldzaam', 1, 1), ($1, 'gezocht', 3, 3), ($2, 'gezocht', 3, 3)`,
      [daysAgo(40), daysAgo(2)],
    );
    await query(`INSERT INTO insight_search_salt (day, salt) VALUES ($1, '\\x01'::bytea)`, [daysAgo(1)]);
    await query(`INSERT INTO insight_search_session_mark (day, mark) VALUES ($1, '\\x02'::bytea)`, [daysAgo(1)]);
    await api.app.get(RetentionService).prune();
    await expect(query(`SELECT text FROM insight_search_event WHERE text IN ('oud', 'recent')`)).resolves.toEqual([{ text: 'recent' }]);
    await expect(query(`SELECT count(*)::int AS n FROM insight_search_event WHERE day < $1`, [daysAgo(30)])).resolves.toEqual([{ n: 0 }]);
    await expect(
      query(`SELECT text, sessions FROM insight_search_text_day WHERE text IN ('zeldzaam', 'gezocht') ORDER BY day`),
    ).resolves.toEqual([
      { text: 'gezocht', sessions: 3 },
      { text: 'gezocht', sessions: 3 },
    ]);
    await expect(query(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM insight_search_salt`)).resolves.toEqual([{ day: today() }]);
    await expect(query(`SELECT count(*)::int AS n FROM insight_search_session_mark WHERE day < $1`, [today()])).resolves.toEqual([
      { n: 0 },
    ]);
  });
});
