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

describe('the client, set in place', () => {
  it('takes where the client lives and their language from the start screen, one tap each, and a tile searches for them', async () => {
    await page().goto('/');
    await page().evaluate(() => localStorage.removeItem('sk.clientProfile'));
    await page().goto('/');
    const places = page().getByTestId('client-places');
    await places.getByRole('button', { name: 'Deurne' }).click();
    // The row folds to its answer; tapping that answer asks again.
    await expect(places.getByRole('button').count()).resolves.toBe(1);
    await expect(places.getByRole('button', { name: 'Deurne' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const languages = page().getByTestId('client-languages');
    // The languages a card can be made in, named in Dutch and in their own name.
    await expect(languages.getByRole('button').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^Pools\s*Polski$/), expect.stringMatching(/^Arabisch\s*العربية$/)]),
    );
    await languages.getByRole('button', { name: /^Pools/ }).click();
    await expect(languages.getByRole('button').count()).resolves.toBe(1);
    await expectNoViolations();
    await page().locator('.domain-tile[data-code="gezin"]').click();
    await page().waitForURL(
      (url) =>
        url.searchParams.get('lifeDomain') === 'gezin' &&
        url.searchParams.get('district') === 'deurne' &&
        url.searchParams.get('language') === 'pl',
    );
  });

  it('does not end in nothing when no service speaks the client’s language: the same search in other languages follows', async () => {
    await page()
      .getByRole('button', { name: /^Kinderopvang/ })
      .click();
    await page().waitForURL((url) => url.searchParams.get('lifeDomain') === 'gezin/kinderopvang');
    const inPolish = await api('lifeDomain=gezin/kinderopvang&district=deurne&language=pl');
    const inAnyLanguage = await api('lifeDomain=gezin/kinderopvang&district=deurne');
    expect(inPolish.total).toBe(0);
    expect(inAnyLanguage.total).toBeGreaterThan(0);
    const notice = page().getByTestId('language-fallback');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('spreekt Pools');
    await page().waitForFunction(
      (total) => document.querySelector('#fallback-heading')?.textContent?.startsWith(`${total} `),
      inAnyLanguage.total,
    );
    const names = await page().locator('[data-testid="result"] .result-title a').allTextContents();
    expect(names).toEqual(inAnyLanguage.hits.map((hit: { name: string }) => hit.name));
    await expectNoViolations();
    // The client still speaks Polish: the card from this list is in Polish.
    const service = inAnyLanguage.hits.find((hit: { name: string }) => hit.name.startsWith('Opvang voor en na school'));
    await page()
      .locator(`[data-service-id="${service.id}"]`)
      .getByRole('link', { name: /^Verwijskaart voor/ })
      .click();
    await expect(page().getByTestId('referral-card').getAttribute('lang')).resolves.toBe('pl');
  });

  it('forgets the client with "Andere cliënt"', async () => {
    await page().goto('/');
    await page().getByRole('button', { name: 'Andere cliënt' }).click();
    await expect(page().getByTestId('client-places').getByRole('button').count()).resolves.toBe(10);
    await expect(page().evaluate(() => localStorage.getItem('sk.clientProfile'))).resolves.toBeNull();
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
    // Free once, in Arabic: the listing's Dutch "Gratis." says nothing more.
    await expect(card.getByTestId('card-cost').textContent()).resolves.toBe('مجاني');
    // The languages joined as Arabic joins a list (و), not with a Latin comma.
    const languages = (await card.getByTestId('card-languages').textContent()) ?? '';
    expect(languages).toMatch(/[\u0600-\u06FF]/);
    expect(languages).not.toContain(',');
    const names = await page().evaluate(
      (id) =>
        fetch(`/api/v1/services/${id}`).then(async (response) => ((await response.json()) as { languages: { code: string }[] }).languages),
      new URL(page().url()).pathname.split('/')[2],
    );
    // Intl.ListFormat('ar'): "A وB وC", one و before each name after the first.
    expect(languages.split(' و')).toHaveLength(names.length);
    // What is still Dutch is named once, under the title, by the headings it has on the card.
    const untranslated = card.locator('.untranslated');
    await expect(untranslated.count()).resolves.toBe(1);
    const note = (await untranslated.textContent()) ?? '';
    expect(note).toContain('بالهولندية');
    expect(note).toContain((await card.locator('h3', { hasText: 'ما عليك فعله' }).textContent())!);
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
    await page().keyboard.press('Escape');
    // No service on the device speaks the client's language here: the same search in other languages follows.
    await page().goto('/?lifeDomain=gezin/kinderopvang&district=deurne&language=pl');
    await page().getByTestId('language-fallback').waitFor();
    await page().locator('#fallback-heading').waitFor();
    await expect(page().locator('[data-testid="result"]').count()).resolves.toBeGreaterThan(0);
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
    await page().goto('/?lifeDomain=gezin/kinderopvang&district=deurne&language=pl');
    await page().locator('#fallback-heading').waitFor();
    await expectNoViolations();
    await page().evaluate(() => localStorage.setItem('sk.uiLanguage', 'nl'));
  });
});
