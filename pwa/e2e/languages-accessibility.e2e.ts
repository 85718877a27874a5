// Citizens browse in their own language, right to left for Arabic, and every screen passes axe's
// WCAG 2.2 AA rules in Dutch and in Arabic.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, phoneContext } from './support/browser.js';
import { startAppServer, type AppServer } from './support/app-server.js';

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let serviceId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
  context = await phoneContext(browser, server.url);
  page = await context.newPage();
  const found = await fetch(`${server.url}/api/v1/search?q=schuldbemiddeling`).then((r) => r.json());
  serviceId = found.hits[0].id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('languages', () => {
  it('switches the whole UI to Arabic, right to left, and remembers it', async () => {
    await page.goto('/');
    await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['nl', 'ltr']);
    await page.getByRole('combobox', { name: 'Taal van de app' }).selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ar');
    const searchLabel = await page.getByRole('searchbox').getAttribute('placeholder');
    expect(searchLabel).toMatch(/[\u0600-\u06FF]/);
    await expect(page.getByRole('navigation').first().textContent()).resolves.toMatch(/[\u0600-\u06FF]/);
    // The layout mirrors: the search button sits left of the box in Arabic.
    const box = await page.getByRole('searchbox').boundingBox();
    const button = await page.locator('.search-box button').boundingBox();
    expect(button!.x).toBeLessThan(box!.x);
    await page.reload();
    await page.getByRole('searchbox').waitFor();
    await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['ar', 'rtl']);
  });

  it('shows no untranslated key or Dutch label in Arabic on the detail page', async () => {
    await page.goto(`/diensten/${serviceId}`);
    await page.getByTestId('service-detail').waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) expect(heading).toMatch(/[\u0600-\u06FF]/);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/\b(sections|actions|hours|cost)\.[a-zA-Z]+\b/);
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const screens: [string, () => string, string][] = [
    ['search', () => '/?q=schuld&lifeDomain=inkomen', '[data-testid="results"]'],
    ['map', () => '/?lifeDomain=inkomen&view=map', '.leaflet-container'],
    ['detail', () => `/diensten/${serviceId}`, '[data-testid="service-detail"]'],
    ['referral card', () => `/diensten/${serviceId}/verwijskaart?taal=ar`, '[data-testid="referral-card"]'],
    ['favourites', () => '/mijn-netwerk', 'main h1'],
  ];

  for (const language of ['nl', 'ar']) {
    for (const [name, path, ready] of screens) {
      it(`${name} in ${language === 'nl' ? 'Dutch' : 'Arabic'} has no violations`, async () => {
        await page.evaluate((lang) => localStorage.setItem('sk.uiLanguage', lang), language);
        await page.goto(path());
        await page.locator(ready).first().waitFor();
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const violations = result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
        );
        expect(violations).toEqual([]);
      });
    }
  }
});
