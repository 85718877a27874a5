// The app's frame and looks on a phone: SVG icons only (no emoji glyph on any screen).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { iconGlyphs } from './support/glyphs.js';
import { useSession } from './support/session.js';

const session = useSession();

let serviceId: string;

beforeAll(async () => {
  const found = await fetch(`${session.server.url}/api/v1/search?q=schuldbemiddeling`).then((r) => r.json());
  serviceId = found.hits[0].id;
}, 120_000);

describe('icons', () => {
  const screens: [string, () => string, string][] = [
    ['search with filters', () => '/?q=schuld&lifeDomain=inkomen&free=true', '[data-testid="result"]'],
    ['map', () => '/?lifeDomain=inkomen&view=map', '.leaflet-container'],
    ['detail', () => `/diensten/${serviceId}`, '[data-testid="service-detail"]'],
    ['referral card', () => `/diensten/${serviceId}/verwijskaart`, '[data-testid="referral-card"]'],
    ['favourites', () => '/mijn-netwerk', 'main h1'],
    ['about', () => '/over', 'main h1'],
    ['portal login', () => '/portaal/aanmelden', 'main h1'],
  ];

  for (const [name, path, ready] of screens) {
    it(`${name} shows no emoji or symbol glyph, and its icons are SVG`, async () => {
      await session.page.goto(path());
      await session.page.locator(ready).first().waitFor();
      await expect(iconGlyphs(session.page)).resolves.toEqual([]);
    });
  }

  it('the filter panel’s life domains carry SVG icons', async () => {
    await session.page.goto('/?q=schuld');
    await session.page.locator('.filter-toggle').click();
    // The domains come with the reference data, folded in the filter sheet behind their summary.
    await session.page.locator('.filter-group:has(.domain-grid) > summary').click();
    await session.page.locator('.domain-toggle svg.icon').first().waitFor();
    await expect(session.page.locator('.domain-toggle svg.icon').count()).resolves.toBeGreaterThan(10);
    await expect(iconGlyphs(session.page)).resolves.toEqual([]);
  });
});

describe('header and navigation on a phone', () => {
  it('keeps the header compact, with the language in a menu', async () => {
    await session.page.evaluate(() => localStorage.setItem('sk.uiLanguage', 'nl'));
    await session.page.goto('/');
    await session.page.getByRole('searchbox').waitFor();
    const header = await session.page.locator('.app-header').boundingBox();
    // A fifth of an 844 px screen was the header before; one line of 56 px now.
    expect(header!.height).toBeLessThanOrEqual(60);
    const menuButton = session.page.getByRole('button', { name: 'Taal van de app: NL' });
    await expect(menuButton.getAttribute('aria-expanded')).resolves.toBe('false');
    await menuButton.click();
    await expect(menuButton.getAttribute('aria-expanded')).resolves.toBe('true');
    const polish = session.page.getByRole('button', { name: 'Polski', exact: true });
    await expect(polish.getAttribute('lang')).resolves.toBe('pl');
    await polish.click();
    await session.page.waitForFunction(() => document.documentElement.lang === 'pl');
    await expect(session.page.getByRole('button', { name: /: PL$/ }).getAttribute('aria-expanded')).resolves.toBe('false');
    // Escape closes the menu and gives the focus back to its button.
    await session.page.getByRole('button', { name: /: PL$/ }).click();
    await session.page.keyboard.press('Escape');
    await expect(session.page.locator('.language-list').isVisible()).resolves.toBe(false);
    await expect(session.page.evaluate(() => document.activeElement?.classList.contains('header-button'))).resolves.toBe(true);
    await session.page.evaluate(() => localStorage.setItem('sk.uiLanguage', 'nl'));
  });

  it('navigates with the bottom bar, whose targets are at least 44 px', async () => {
    await session.page.goto('/');
    await session.page.getByRole('searchbox').waitFor();
    const nav = session.page.getByRole('navigation', { name: 'Hoofdmenu' });
    const bar = await nav.boundingBox();
    // At the bottom of the 844 px screen, full width.
    expect(Math.round(bar!.y + bar!.height)).toBe(844);
    expect(bar!.width).toBe(390);
    for (const link of await nav.getByRole('link').all()) {
      const box = await link.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);
    }
    await nav.getByRole('link', { name: 'Mijn netwerk' }).click();
    await session.page.waitForURL('**/mijn-netwerk');
    await expect(nav.getByRole('link', { name: 'Mijn netwerk' }).getAttribute('aria-current')).resolves.toBe('page');
    await nav.getByRole('link', { name: 'Over' }).click();
    await session.page.waitForURL('**/over');
    // The page loads lazily: its own heading, not the one of the page before.
    await session.page.getByRole('heading', { level: 1, name: 'Over de Sociale Kaart' }).waitFor();
    await nav.getByRole('link', { name: 'Zoeken' }).click();
    await session.page.getByRole('searchbox').waitFor();
    // The page's last content is not hidden behind the bar.
    await session.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const footer = await session.page.locator('.app-footer').boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(bar!.y + 1);
  });

  it('puts the navigation in the header on a wide screen', async () => {
    await session.page.setViewportSize({ width: 1280, height: 800 });
    await session.page.goto('/over');
    await session.page.locator('main h1').waitFor();
    const nav = await session.page.getByRole('navigation', { name: 'Hoofdmenu' }).boundingBox();
    const header = await session.page.locator('.app-header').boundingBox();
    expect(nav!.y).toBeGreaterThanOrEqual(header!.y);
    expect(nav!.y + nav!.height).toBeLessThanOrEqual(header!.y + header!.height);
    await session.page.setViewportSize({ width: 390, height: 844 });
  });
});

describe('colours outside the page', () => {
  it('the manifest, the theme-color and every icon are the design tokens’ primary colour', async () => {
    const page = session.page;
    await page.goto('/');
    await page.locator('.domain-tile').first().waitFor();
    const primary = await page.evaluate(() => {
      // The token as the page resolves it, written as #rrggbb.
      const probe = document.createElement('div');
      probe.style.color = 'var(--color-primary)';
      document.body.append(probe);
      const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
      probe.remove();
      return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    });
    expect(primary).toMatch(/^#[0-9a-f]{6}$/);
    await expect(page.locator('meta[name="theme-color"]').getAttribute('content')).resolves.toBe(primary);
    const manifestUrl = (await page.locator('link[rel="manifest"]').getAttribute('href'))!;
    const manifest = await page.evaluate((url) => fetch(url).then((response) => response.json()), manifestUrl);
    expect(manifest.theme_color).toBe(primary);
    expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
    // Each icon's background, a point inside its rounded square and off the pin: the same colour.
    const backgrounds = await page.evaluate(
      (icons: { src: string }[]) =>
        Promise.all(
          [...icons.map((icon) => icon.src), '/icons/icon.svg'].map(async (src) => {
            const image = new Image();
            image.src = src;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = canvas.height = 192;
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0, 192, 192);
            const [r, g, b] = context.getImageData(96, 12, 1, 1).data;
            return `${src} #${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
          }),
        ),
      manifest.icons,
    );
    expect(backgrounds).toEqual(
      [...manifest.icons.map((icon: { src: string }) => icon.src), '/icons/icon.svg'].map((src) => `${src} ${primary}`),
    );
  });
});
