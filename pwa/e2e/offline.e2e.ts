// In a basement without signal: the app, opened once online, reloads offline from its service
// worker, searches the device's copy with the same filters and the same top results as the API,
// and opens saved favourites. And when a new version is deployed, it offers to reload.
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { EMPTY_FILTERS, filtersToParams, type SearchFilters } from '@sociale-kaart/core';
import { useSession } from './support/session.js';

const session = useSession({ copyPwa: true });

/** Queries a social worker asks, each compared on the first page: the ids in order. */
const QUERIES: Partial<SearchFilters>[] = [
  { lifeDomain: ['inkomen'] },
  { lifeDomain: ['inkomen/schuldhulp'], free: true },
  { language: ['ar'] },
  { targetGroup: ['nieuwkomers'], district: ['borgerhout'] },
  { wijk: ['11002R05'] },
  { locatedIn: ['deurne'] },
  { near: '51.2172,4.4211', radius: 1500 },
  { openAt: '2026-11-24T10:00:00+01:00', walkIn: true },
  { q: 'schuldbemiddeling' },
  { q: 'huisartsen' },
  { q: 'ocmw' },
  { q: 'taa' },
  { q: 'schuldbemidelling' },
  { q: 'advies', lifeDomain: ['juridisch'], language: ['fr'] },
];

const search = (filters: Partial<SearchFilters>) => filtersToParams({ ...EMPTY_FILTERS, ...filters }).toString();

async function resultIds(): Promise<{ ids: string[]; heading: string }> {
  const heading = session.page.locator('#results-heading');
  await heading.waitFor();
  await session.page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="result"]').length > 0 ||
      /\b0\b/.test(document.querySelector('#results-heading')?.textContent ?? ''),
  );
  const ids = await session.page
    .locator('[data-testid="result"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-service-id') ?? ''));
  return { ids, heading: (await heading.textContent()) ?? '' };
}

describe('offline', () => {
  let favouriteName = '';

  it('installs the service worker and keeps every published listing on the device', async () => {
    await session.page.goto('/');
    await session.page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    // Installable: Chromium finds nothing missing (manifest, icons, service worker, start URL);
    // its only complaint is that a test context is incognito, where nothing installs.
    const cdp = await session.context.newCDPSession(session.page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // A CDP session left attached keeps the page online when the context goes offline.
    await cdp.detach();
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const snapshot = await fetch(`${session.server.url}/api/v1/snapshot`).then((r) => r.json());
    expect(snapshot.count).toBeGreaterThan(200);
    const deviceData = session.page.getByTestId('device-data');
    await deviceData.waitFor({ timeout: 30_000 });
    await expect(deviceData.getAttribute('data-count')).resolves.toBe(String(snapshot.count));
    // With the listings came the index the server analysed for them: the first offline search
    // places those texts instead of analysing each one on the phone.
    const storedIndexIds = await session.page.waitForFunction(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('sociale-kaart');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const read = open.result.transaction('meta').objectStore('meta').get('searchIndex');
            read.onsuccess = () => resolve((read.result as { serviceIds?: string[] } | undefined)?.serviceIds?.length ?? 0);
            read.onerror = () => reject(new Error(String(read.error)));
          };
        }).then((n) => (n > 0 ? n : null)),
      undefined,
      { timeout: 30_000 },
    );
    expect(await storedIndexIds.jsonValue()).toBe(snapshot.count);
  });

  it('saves a favourite while online', async () => {
    await session.page.goto(`/?${search({ q: 'schuldbemiddeling' })}`);
    await session.page.getByTestId('result').first().getByRole('link').first().click();
    favouriteName = (await session.page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await session.page.getByRole('button', { name: 'Bewaren in mijn netwerk' }).click();
    await expect(session.page.getByRole('button', { name: 'Bewaard in mijn netwerk' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('reloads without network, says so, and searches on the device with the same top results as the API', async () => {
    const online = new Map<string, string[]>();
    for (const query of QUERIES) {
      const body = await fetch(`${session.server.url}/api/v1/search?${search(query)}&pageSize=20`).then((r) => r.json());
      online.set(
        search(query),
        body.hits.map((hit: { id: string }) => hit.id),
      );
    }
    await session.context.setOffline(true);
    await session.page.reload();
    const notice = session.page.getByTestId('offline-notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/Offline — gegevens van .+ \(\d+ diensten\)/);

    const mismatches: string[] = [];
    let compared = 0;
    for (const query of QUERIES) {
      const key = search(query);
      await session.page.goto(`/?${key}`);
      const { ids, heading } = await resultIds();
      expect(heading).toContain('op dit toestel');
      const expected = online.get(key)!;
      expect(expected.length).toBeGreaterThan(0);
      compared++;
      const top = Math.min(10, expected.length);
      if (JSON.stringify(ids.slice(0, top)) !== JSON.stringify(expected.slice(0, top))) {
        mismatches.push(`${key}\n  online:  ${expected.slice(0, top).join(' ')}\n  device:  ${ids.slice(0, top).join(' ')}`);
      }
    }
    expect(compared).toBeGreaterThanOrEqual(10);
    expect(mismatches).toEqual([]);
    // Fourteen offline page loads, each a cold start of the search worker: slow on a loaded CI machine.
  }, 180_000);

  it('searches as the worker types, offline, from the search box', async () => {
    await session.page.goto('/');
    await session.page.getByRole('searchbox').fill('schuld');
    await session.page.waitForURL(/q=schuld/);
    const { ids } = await resultIds();
    expect(ids.length).toBeGreaterThan(0);
  });

  it('opens the favourites and a saved listing offline', async () => {
    await session.page.goto('/mijn-netwerk');
    const favourites = session.page.getByTestId('favourites');
    await favourites.waitFor();
    await favourites.getByRole('link', { name: favouriteName }).click();
    await session.page.getByTestId('service-detail').waitFor();
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(favouriteName);
  });

  it('counts the searches it answered offline once back online: filters and result counts, never who searched', async () => {
    const queued = () =>
      session.page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('sociale-kaart');
            open.onerror = () => reject(new Error(String(open.error)));
            open.onsuccess = () => {
              const read = open.result.transaction('meta').objectStore('meta').get('searchLog');
              read.onsuccess = () => resolve(((read.result as unknown[] | undefined) ?? []).length);
              read.onerror = () => reject(new Error(String(read.error)));
            };
          }),
      );
    // Every page load above was one search the device answered (the typed one at least once more).
    expect(await queued()).toBeGreaterThanOrEqual(QUERIES.length);
    await expect(session.server.db.dataSource.query(`SELECT 1 FROM insight_search_event WHERE source = 'offline'`)).resolves.toEqual([]);

    const upload = session.page.waitForRequest((r) => r.url().endsWith('/api/v1/insights/searches') && r.method() === 'POST', {
      timeout: 60_000,
    });
    await session.context.setOffline(false);
    const sent = (await upload).postDataJSON() as { searches: Record<string, unknown>[] };
    expect(sent.searches.length).toBeGreaterThanOrEqual(QUERIES.length);
    const allowed = new Set(['day', 'resultCount', 'lifeDomain', 'targetGroup', 'language', 'district', 'wijk', 'free', 'walkIn', 'q']);
    expect(sent.searches.flatMap((entry) => Object.keys(entry)).filter((key) => !allowed.has(key))).toEqual([]);

    // The API counted them (its log is written within a second) and the phone's queue is empty.
    let rows: { life_domains: string[]; result_count: number }[] = [];
    for (let waited = 0; waited < 20_000 && rows.length < sent.searches.length; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      rows = await session.server.db.dataSource.query(
        `SELECT life_domains, result_count FROM insight_search_event WHERE source = 'offline'`,
      );
    }
    expect(rows).toHaveLength(sent.searches.length);
    expect(rows.some((row) => row.life_domains.includes('inkomen') && row.result_count > 0)).toBe(true);
    await session.page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('sociale-kaart');
          open.onsuccess = () => {
            const read = open.result.transaction('meta').objectStore('meta').get('searchLog');
            read.onsuccess = () => resolve(((read.result as unknown[] | undefined) ?? []).length === 0);
          };
        }),
      undefined,
      { timeout: 10_000 },
    );
    expect(await queued()).toBe(0);
  });
});

describe('a new version', () => {
  it('shows "a new version is available" when a new service worker is waiting, and reloads into it', async () => {
    await session.page.goto('/');
    await session.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await expect(session.page.getByTestId('update-prompt').count()).resolves.toBe(0);
    // A deploy: the service worker's bytes change. The next update check installs it; it waits.
    await appendFile(join(session.server.pwaDir, 'sw.js'), '\n// next version\n');
    await session.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = session.page.getByTestId('update-prompt');
    await prompt.waitFor({ timeout: 30_000 });
    await expect(prompt.textContent()).resolves.toContain('nieuwe versie');
    await Promise.all([session.page.waitForEvent('load'), prompt.getByRole('button', { name: 'Nu herladen' }).click()]);
    await expect(session.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).resolves.toBeNull();
  });
});
