// Citizens browse in their own language, right to left for Arabic, and every screen passes axe's
// WCAG 2.2 AA rules in Dutch and in Arabic.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { axeViolations } from './support/page-checks.js';
import { useSession } from './support/session.js';

const session = useSession();

let serviceId: string;

beforeAll(async () => {
  const found = await fetch(`${session.server.url}/api/v1/search?q=schuldbemiddeling`).then((r) => r.json());
  serviceId = found.hits[0].id;
}, 120_000);

describe('languages', () => {
  it('switches the whole UI to Arabic, right to left, and remembers it', async () => {
    await session.page.goto('/');
    await expect(session.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual([
      'nl',
      'ltr',
    ]);
    await session.page.getByRole('button', { name: 'Taal van de app: NL' }).click();
    await session.page.getByRole('button', { name: 'العربية', exact: true }).click();
    await session.page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect(session.page.evaluate(() => document.documentElement.lang)).resolves.toBe('ar');
    const searchLabel = await session.page.getByRole('searchbox').getAttribute('placeholder');
    expect(searchLabel).toMatch(/[\u0600-\u06FF]/);
    await expect(session.page.getByRole('navigation').first().textContent()).resolves.toMatch(/[\u0600-\u06FF]/);
    // The layout mirrors: the search button sits left of the box in Arabic.
    const box = await session.page.getByRole('searchbox').boundingBox();
    const button = await session.page.locator('.search-box button').boundingBox();
    expect(button!.x).toBeLessThan(box!.x);
    await session.page.reload();
    await session.page.getByRole('searchbox').waitFor();
    await expect(session.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual([
      'ar',
      'rtl',
    ]);
  });

  it('shows no untranslated key or Dutch label in Arabic on the detail page', async () => {
    await session.page.goto(`/diensten/${serviceId}`);
    await session.page.getByTestId('service-detail').waitFor();
    const headings = await session.page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) expect(heading).toMatch(/[\u0600-\u06FF]/);
    const text = (await session.page.locator('main').textContent()) ?? '';
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
        await session.page.evaluate((lang) => localStorage.setItem('sk.uiLanguage', lang), language);
        await session.page.goto(path());
        await session.page.locator(ready).first().waitFor();
        await expect(session.page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
        const violations = await axeViolations(session.page);
        expect(violations).toEqual([]);
      });
    }
  }
});
