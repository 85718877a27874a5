// The social worker's path (issue #13) in Chromium at 390×844: the start tiles, a sub-domain that
// replaces its parent, the filter sheet with its live count, the "open at" label, links the app
// does not know, a 4xx that is not retried, the referral card in the client's language, and the
// same filters offline from the service worker's and the device's copies.
import { describe, expect, it } from '@jest/globals';
import type { ConsoleMessage } from 'playwright-core';
import { axeViolations, overflowAtPhoneWidth } from './support/page-checks.js';
import { useSession } from './support/session.js';

const session = useSession();
const page = () => session.page;
const api = async (query: string) => (await fetch(`${session.server.url}/api/v1/search?${query}`)).json();

async function resultsHeading(): Promise<string> {
  const heading = page().locator('#results-heading');
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

async function expectNoViolations(): Promise<void> {
  await expect(axeViolations(page())).resolves.toEqual([]);
  await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);
}

describe('the way in by need', () => {
  it('opens on the life domains as tiles; a tile searches its domain, a sub-domain replaces its parent', async () => {
    await page().goto('/');
    const tile = page().getByRole('button', { name: 'Inkomen en schulden' });
    await tile.waitFor();
    await expect(page().locator('.domain-tile').count()).resolves.toBe(15);
    await expect(page().getByRole('searchbox').isVisible()).resolves.toBe(true);
    await expectNoViolations();
    await tile.click();
    await page().waitForURL((url) => url.searchParams.get('lifeDomain') === 'inkomen');
    await page()
      .getByRole('button', { name: /^Energie en water/ })
      .click();
    await page().waitForURL((url) => url.searchParams.get('lifeDomain') === 'inkomen/energie');
    const expected = await api('lifeDomain=inkomen/energie');
    const parentAndChild = await api('lifeDomain=inkomen,inkomen/energie');
    expect(expected.total).toBeLessThan(parentAndChild.total);
    await page().waitForFunction(
      (total) => document.querySelector('#results-heading')?.textContent?.startsWith(`${total} `),
      expected.total,
    );
    await expectNoViolations();
  });

  it('keeps the filters in a bottom sheet whose button counts the services live', async () => {
    await page()
      .getByRole('button', { name: /^Filters/ })
      .click();
    const sheet = page().getByTestId('filter-sheet');
    await sheet.getByRole('button', { name: 'Borgerhout' }).click();
    await page().waitForURL((url) => url.searchParams.get('district') === 'borgerhout');
    const expected = await api('lifeDomain=inkomen/energie&district=borgerhout');
    const show = sheet.getByRole('button', { name: /^Toon \d+ dienst/ });
    await page().waitForFunction((total) => document.querySelector('.sheet-show')?.textContent?.includes(`Toon ${total} `), expected.total);
    // Languages that have services come first, named in Dutch and in their own name.
    const firstLanguage = sheet.locator('.language-option').first();
    await expect(firstLanguage.locator('.language-count').textContent()).resolves.toMatch(/^[1-9]\d* dienst/);
    await expectNoViolations();
    await show.click();
    await expect(sheet.isVisible()).resolves.toBe(false);
    // The client is one chip: place names, not codes.
    await expect(
      page()
        .getByRole('button', { name: /^Filter verwijderen: Cliënt: woont in \u2068?Borgerhout/ })
        .isVisible(),
    ).resolves.toBe(true);
  });

  it('names the moment searched on each result instead of "now"', async () => {
    await page().goto('/?lifeDomain=inkomen&openAt=2026-12-10T10:00');
    await resultsHeading();
    await page().getByTestId('result').first().waitFor();
    const labels = await page().locator('[data-testid="result"] .open-status').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^Open op do\.? 10:00$/);
  });

  it('drops parameters and codes it does not know, with a notice, and never sends them to the API', async () => {
    const badRequests: string[] = [];
    const onResponse = (response: { status(): number; url(): string }) => {
      if (response.url().includes('/api/v1/search') && response.status() >= 400) badRequests.push(response.url());
    };
    page().on('response', onResponse);
    await page().goto('/?q=schuld&lifeDomain=bogus&foo=1');
    const notice = page().getByTestId('dropped-params');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('foo, lifeDomain=bogus');
    await page().waitForURL((url) => url.search === '?q=schuld');
    await page().getByTestId('result').first().waitFor();
    page().off('response', onResponse);
    expect(badRequests).toEqual([]);
    await expect(page().getByRole('searchbox').getAttribute('maxlength')).resolves.toBe('200');
  });

  it('does not retry a 4xx: one request, then the error at once', async () => {
    let calls = 0;
    await page().route(/\/api\/v1\/search\?.*q=weigering/, (route) => {
      calls++;
      return route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Bad Request', status: 400 }),
      });
    });
    await page().goto('/?q=weigering');
    await page().getByRole('alert').filter({ hasText: 'Zoeken lukte niet' }).waitFor({ timeout: 3000 });
    await page().waitForTimeout(1500);
    expect(calls).toBe(1);
    await page().unroute(/\/api\/v1\/search\?.*q=weigering/);
  });
});

describe('the referral card', () => {
  it('opens in the client’s language, marks what is not translated, and holds cost, languages, dates and address', async () => {
    await page().goto('/?lifeDomain=inkomen/schuldhulp&language=ar');
    await page().getByTestId('result').first().waitFor();
    await page()
      .getByTestId('result')
      .first()
      .getByRole('link', { name: /^Verwijskaart voor/ })
      .click();
    const card = page().getByTestId('referral-card');
    await card.waitFor();
    await expect(card.getAttribute('lang')).resolves.toBe('ar');
    await expect(card.getAttribute('dir')).resolves.toBe('rtl');
    // Dates, not "today": the card is read on another day.
    await expect(card.locator('.today-label').count()).resolves.toBe(0);
    await expect(card.locator('.hours-table th').first().textContent()).resolves.toMatch(/\d/);
    await expect(card.getByTestId('card-cost').textContent()).resolves.toMatch(/[\u0600-\u06FF]/);
    await expect(card.getByTestId('card-languages').textContent()).resolves.toMatch(/[\u0600-\u06FF]/);
    const untranslated = await card.locator('.untranslated').allTextContents();
    expect(untranslated.length).toBeGreaterThan(0);
    for (const mark of untranslated) expect(mark).toContain('بالهولندية');
    await expectNoViolations();
  });

  it('puts open status, address, call and directions (geo:) first on the detail page', async () => {
    await page().getByRole('link', { name: 'Terug naar de dienst' }).click();
    const essentials = page().getByTestId('service-essentials');
    await essentials.waitFor();
    await expect(essentials.locator('.open-status').count()).resolves.toBe(1);
    await expect(page().getByTestId('directions').getAttribute('href')).resolves.toMatch(/^geo:51\.\d+,4\.\d+\?q=/);
    const [essentialsBox, hoursBox] = await Promise.all([essentials.boundingBox(), page().locator('#hours-heading').boundingBox()]);
    expect(essentialsBox!.y).toBeLessThan(hoursBox!.y);
  });
});

describe('offline', () => {
  it('caches reference data at run time in the service worker (no error in sw.js)', async () => {
    await page().goto('/');
    await page().waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await page().reload();
    await page().waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page().evaluate(() => fetch('/api/v1/languages').then((response) => response.ok));
    // The worker stores the answer after passing it on: wait for it to land in the cache.
    const cached = await page().waitForFunction(
      async () => {
        const cache = await caches.open('reference-data');
        return (await cache.keys()).some((request) => new URL(request.url).pathname === '/api/v1/languages');
      },
      undefined,
      { timeout: 5000 },
    );
    await expect(cached.jsonValue()).resolves.toBe(true);
    await page().getByTestId('device-data').waitFor({ timeout: 30_000 });
  });

  it('fills the filter sheet offline, names places on chips, sends no reference request, and says how old the data is', async () => {
    const failed: string[] = [];
    const onFailed = (request: { url(): string }) => failed.push(new URL(request.url()).pathname);
    page().on('requestfailed', onFailed);
    await session.context.setOffline(true);
    await page().goto('/?lifeDomain=wonen&district=deurne');
    await page().getByTestId('offline-notice').waitFor();
    await expect(page().getByTestId('offline-notice').textContent()).resolves.toMatch(/^Offline — gegevens van \d{1,2} [a-z]+, \d\d:\d\d/);
    await expect(
      page()
        .getByRole('button', { name: /^Filter verwijderen: Cliënt: woont in \u2068?Deurne/ })
        .isVisible(),
    ).resolves.toBe(true);
    await expect(resultsHeading()).resolves.toContain('op dit toestel');
    await page()
      .getByRole('button', { name: /^Filters/ })
      .click();
    const sheet = page().getByTestId('filter-sheet');
    await expect(sheet.locator('.place-filter .chip-toggle').count()).resolves.toBe(10);
    await expect(sheet.locator('.language-option').count()).resolves.toBeGreaterThan(0);
    await expect(sheet.locator('.domain-toggle').count()).resolves.toBe(15);
    page().off('requestfailed', onFailed);
    expect(failed.filter((path) => /life-domains|target-groups|languages|districts|wijken|holidays/.test(path))).toEqual([]);
    await session.context.setOffline(false);
  });
});

describe('the portal, logged out', () => {
  it('logs no error in the console (no 401 from asking who is logged in)', async () => {
    const errors: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    };
    page().on('console', onConsole);
    await page().goto('/portaal');
    await page().getByRole('heading', { level: 1 }).waitFor();
    await page().waitForTimeout(500);
    page().off('console', onConsole);
    expect(errors).toEqual([]);
  });
});

describe('in Arabic', () => {
  it('has no axe violations on the start screen and the filter sheet, right to left', async () => {
    await page().evaluate(() => localStorage.setItem('sk.uiLanguage', 'ar'));
    await page().goto('/');
    await page().locator('.domain-tile').first().waitFor();
    await expect(page().evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await expectNoViolations();
    await page().locator('.domain-tile').first().click();
    await page().getByTestId('result').first().waitFor();
    await expectNoViolations();
    await page().locator('.filter-toggle').click();
    await page().getByTestId('filter-sheet').locator('.language-option').first().waitFor();
    await expectNoViolations();
    await page().evaluate(() => localStorage.setItem('sk.uiLanguage', 'nl'));
  });
});
