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
    await expect(session.page.locator('.domain-toggle svg.icon').count()).resolves.toBeGreaterThan(10);
    await expect(iconGlyphs(session.page)).resolves.toEqual([]);
  });
});
