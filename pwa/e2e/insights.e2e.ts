// The insights pages (issue #14) in Chromium at 390×844 and at desktop width, against the real
// API over the demo data: the choropleth draws the areas with numbered classes, the table sorts,
// a wijk tapped lists its services, every figure shown equals a brute-force count over the
// published listings (the offline snapshot, not the insights code), the CSV downloads, the A4
// district report renders, and axe finds nothing in Dutch and Arabic on any new screen.
// INSIGHTS_SCREENSHOTS=<folder> also saves what the pages look like (for a person to look at).
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations, overflowAtPhoneWidth } from './support/page-checks.js';
import { useSession } from './support/session.js';

const session = useSession();
const page = (): Page => session.page;
const SCREENSHOTS = process.env.INSIGHTS_SCREENSHOTS;

interface SnapshotService {
  id: string;
  status: string;
  lifeDomains: string[];
  languages: string[];
  servesCity: boolean;
  servesDistricts: string[];
  servesWijken: string[];
  locations?: { districtId?: string | null; wijkId?: string | null }[];
  lastVerifiedAt?: string;
}

let services: SnapshotService[];
let wijkDistrict: Map<string, string>;
let districtIds: string[];
let topDomains: string[];

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(`${session.server.url}${path}`);
  expect(response.status).toBe(200);
  return response.json();
}

beforeAll(async () => {
  const snapshot = (await getJson('/api/v1/snapshot')) as { services: SnapshotService[] };
  // Insights count published, active services only (docs/insights.md).
  services = snapshot.services.filter((s) => s.status === 'active');
  const wijken = (await getJson('/api/v1/wijken')) as { features: { properties: { id: string; districtId: string } }[] };
  wijkDistrict = new Map(
    wijken.features.map((f: { properties: { id: string; districtId: string } }) => [f.properties.id, f.properties.districtId]),
  );
  districtIds = [...new Set(wijkDistrict.values())];
  topDomains = ((await getJson('/api/v1/life-domains')) as { code: string }[]).map((d) => d.code);
}, 120_000);

/** Brute force: services serving residents of a wijk (named, its district named, or the whole city). */
function servingWijk(wijkId: string, keep: (s: SnapshotService) => boolean = () => true): SnapshotService[] {
  const districtId = wijkDistrict.get(wijkId)!;
  return services.filter((s) => keep(s) && (s.servesWijken.includes(wijkId) || s.servesDistricts.includes(districtId) || s.servesCity));
}

async function useLanguage(language: 'nl' | 'ar'): Promise<void> {
  await page().evaluate((lang) => localStorage.setItem('sk.uiLanguage', lang), language);
}

/** The screen as a person sees it, then scrolled down a screen at a time (at most `screens`). */
async function screenshot(name: string, screens = 3): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const height = page().viewportSize()!.height;
  for (let i = 0; i < screens; i++) {
    await page().evaluate((y) => window.scrollTo(0, y), i * (height - 100));
    await page().screenshot({ path: `${SCREENSHOTS}/${name}-${i + 1}.png` });
  }
  await page().evaluate(() => window.scrollTo(0, 0));
}

async function expectAccessible(): Promise<void> {
  await expect(axeViolations(page())).resolves.toEqual([]);
  await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);
}

/** The table's rows as [first cell text, …] */
async function tableRows(testId: string): Promise<string[][]> {
  return page()
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

const number = (text: string) => Number(text.replace(/[^\d]/g, ''));
const inDomain = (domain: string) => (s: SnapshotService) => s.lifeDomains.some((c) => c === domain || c.startsWith(`${domain}/`));

/** Coverage rows by area id: [serving, without city-wide, located] as shown. */
async function coverageFigures(): Promise<Map<string, number[]>> {
  const rows = await page()
    .getByTestId('coverage-table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-key') ?? '', ...[...tr.children].map((c) => c.textContent ?? '')]));
  return new Map(rows.map(([id, , , serving, own, located]) => [id, [serving, own, located].map((t) => number(t))]));
}

describe('coverage', () => {
  it('draws every wijk with its class, numbers that fit their area, and a legend for every class', async () => {
    await page().goto('/inzicht');
    await page().locator('path[data-area]').first().waitFor();
    // 67 wijken, the Scheldt drawn as water without a figure.
    await expect(page().locator('path[data-area]').count()).resolves.toBe(66);
    const legend = await page()
      .getByTestId('coverage-legend')
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-class')));
    const shown = await page()
      .locator('.sk-class-label')
      .evaluateAll((labels) => labels.filter((l) => l.style.visibility !== 'hidden').map((l) => l.textContent));
    expect(shown.length).toBeGreaterThan(5);
    for (const label of shown) expect(legend).toContain(label);
    // Every area's class is in the table, and every class in the legend is used.
    const classes = new Set((await tableRows('coverage-table')).map((row) => row[0]));
    expect([...classes].sort()).toEqual([...legend].sort());
    await screenshot('coverage-nl-phone');
  });

  it('shows per wijk exactly the services a brute-force count over the published listings finds', async () => {
    const figures = await coverageFigures();
    expect(figures.size).toBe(66);
    for (const [wijkId, [serving, own, located]] of figures) {
      const all = servingWijk(wijkId);
      expect([wijkId, serving]).toEqual([wijkId, all.length]);
      expect([wijkId, own]).toEqual([
        wijkId,
        all.filter((s) => !(s.servesCity && !s.servesWijken.includes(wijkId) && !s.servesDistricts.includes(wijkDistrict.get(wijkId)!)))
          .length,
      ]);
      expect([wijkId, located]).toEqual([wijkId, services.filter((s) => s.locations?.some((l) => l.wijkId === wijkId)).length]);
    }
  });

  it('applies the filters, at district level too, and still agrees with the brute-force count', async () => {
    await page().goto('/inzicht?niveau=district&lifeDomain=gezondheid&language=ar');
    await page().locator('path[data-area]').first().waitFor();
    await expect(page().locator('path[data-area]').count()).resolves.toBe(10);
    await page().waitForFunction(() => document.querySelectorAll('[data-testid="coverage-table"] tbody tr').length === 10);
    const keep = (s: SnapshotService) => inDomain('gezondheid')(s) && s.languages.includes('ar');
    const figures = await coverageFigures();
    for (const [districtId, [serving, , located]] of figures) {
      expect([districtId, serving]).toEqual([
        districtId,
        services.filter((s) => keep(s) && (s.servesCity || s.servesDistricts.includes(districtId))).length,
      ]);
      expect([districtId, located]).toEqual([
        districtId,
        services.filter((s) => keep(s) && s.locations?.some((l) => l.districtId === districtId)).length,
      ]);
    }
    await screenshot('coverage-district-filtered-nl-phone', 2);
  });

  it('sorts the table by a column header, both ways, and says so with aria-sort', async () => {
    const header = page().getByTestId('coverage-table').locator('thead th').nth(2);
    await expect(header.getAttribute('aria-sort')).resolves.toBeNull();
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const down = (await tableRows('coverage-table')).map((row) => number(row[2]));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const up = (await tableRows('coverage-table')).map((row) => number(row[2]));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    // By name: the district names in Dutch alphabetical order.
    const nameHeader = page().getByTestId('coverage-table').locator('thead th').nth(1);
    await nameHeader.getByRole('button').click();
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    const names = (await tableRows('coverage-table')).map((row) => row[1]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('lists the services of a wijk tapped on the map, each linking to its page', async () => {
    await page().goto('/inzicht');
    const wijkId = '11002S02';
    const area = page().locator(`path[data-area="${wijkId}"]`);
    await area.waitFor();
    await area.dispatchEvent('click');
    await page().waitForURL((url) => url.searchParams.get('gebied') === wijkId);
    const list = page().getByTestId('area-services');
    await list.getByTestId('area-services-total').waitFor();
    const expected = servingWijk(wijkId);
    await expect(list.getByTestId('area-services-total').textContent()).resolves.toContain(`${expected.length} diensten`);
    const hrefs = await list.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBe(Math.min(expected.length, 100));
    const ids = new Set(expected.map((s) => s.id));
    for (const href of hrefs) expect(ids.has(href!.replace('/diensten/', ''))).toBe(true);
    // The table marks the same wijk, and its button taps the same way.
    await expect(page().locator(`[data-testid="coverage-table"] tr[data-key="${wijkId}"]`).getAttribute('class')).resolves.toBe(
      'is-selected',
    );
    await screenshot('coverage-wijk-selected-nl-phone', 2);
    await list.locator('li a').first().click();
    await page().getByTestId('service-detail').waitFor();
  });

  it('selects a wijk from the table with the keyboard', async () => {
    await page().goto('/inzicht');
    const button = page().getByTestId('coverage-table').getByRole('button', { name: 'Dam', exact: true });
    await button.focus();
    await page().keyboard.press('Enter');
    await page().getByTestId('area-services').waitFor();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page().getByTestId('area-services').locator('h2').textContent()).resolves.toContain('Dam');
  });
});

/** Brute force: district × top-level life domain served by no service (`none`) or only city-wide ones. */
function bruteForceDistrictGaps(): string[] {
  const gaps: string[] = [];
  for (const districtId of districtIds) {
    for (const domain of topDomains) {
      const serving = services.filter((s) => inDomain(domain)(s) && (s.servesCity || s.servesDistricts.includes(districtId)));
      if (serving.some((s) => s.servesDistricts.includes(districtId))) continue;
      gaps.push(`${districtId}|${domain}|${serving.length === 0 ? 'none' : 'city-wide-only'}|${serving.length}`);
    }
  }
  return gaps.sort();
}

describe('gaps', () => {
  it('lists the district × life domain gaps a brute-force count finds, and downloads them as CSV', async () => {
    await page().goto('/inzicht/hiaten');
    await page().getByTestId('gaps-total').waitFor();
    const expected = bruteForceDistrictGaps();
    expect(expected.length).toBeGreaterThan(0);
    await expect(page().getByTestId('gaps-table').locator('tbody tr').count()).resolves.toBe(expected.length);
    const [download] = await Promise.all([page().waitForEvent('download'), page().getByTestId('gaps-csv').click()]);
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      }, reject);
    });
    const [header, ...lines] = csv.trim().split('\r\n');
    const column = (name: string) => header.split(',').indexOf(name);
    const fromCsv = lines
      .map((line) => line.split(','))
      .map((cells) => `${cells[column('area_id')]}|${cells[column('life_domain')]}|${cells[column('kind')]}|${cells[column('city_wide')]}`);
    expect(fromCsv.sort()).toEqual(expected);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await screenshot('gaps-nl-phone', 2);
  });
});

describe('freshness', () => {
  it('shows the share of listings verified in the last 180 days that a brute-force count finds', async () => {
    await page().goto('/inzicht/actualiteit');
    const share = page().getByTestId('freshness-share');
    await share.waitFor();
    const since = Date.now() - 180 * 24 * 60 * 60 * 1000;
    const verified = services.filter((s) => s.lastVerifiedAt && Date.parse(s.lastVerifiedAt) >= since).length;
    await expect(share.textContent()).resolves.toContain(`(${verified} van ${services.length} diensten)`);
    // Per district: the listings serving its residents (named or city-wide).
    const rows = await tableRows('freshness-table');
    expect(rows).toHaveLength(10);
    const borgerhout = services.filter((s) => s.servesCity || s.servesDistricts.includes('borgerhout'));
    const row = rows.find((cells) => cells[0] === 'Borgerhout')!;
    expect(number(row[3])).toBe(borgerhout.length);
    expect(number(row[2])).toBe(borgerhout.filter((s) => s.lastVerifiedAt && Date.parse(s.lastVerifiedAt) >= since).length);
    await expect(page().getByTestId('oldest-listings').locator('li').count()).resolves.toBeGreaterThan(0);
    await screenshot('freshness-nl-phone', 3);
  });
});

describe('district report', () => {
  it('renders "Sociale kaart van Borgerhout" as one A4 page set, without the app frame, with the figures', async () => {
    await page().goto('/inzicht/rapport');
    await page().getByRole('link', { name: 'Sociale kaart van Borgerhout' }).click();
    const report = page().getByTestId('district-report');
    await report.waitFor();
    await expect(page().locator('h1').textContent()).resolves.toBe('Sociale kaart van Borgerhout');
    await expect(page().locator('.app-nav').count()).resolves.toBe(0);
    const serving = services.filter((s) => s.servesCity || s.servesDistricts.includes('borgerhout')).length;
    await expect(page().getByTestId('report-serving').textContent()).resolves.toContain(`${serving} diensten`);
    await page().emulateMedia({ media: 'print' });
    await expect(page().locator('.report-actions').isVisible()).resolves.toBe(false);
    const pdf = await page().pdf({ preferCSSPageSize: true });
    // A4 portrait in PDF points (595 × 842), one or two pages.
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    const pages = (text.match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page().emulateMedia({ media: 'screen' });
    await screenshot('report-nl-phone', 3);
  });
});

describe('accessibility (axe, WCAG 2.2 AA) and layout at phone and desktop width', () => {
  const screens: [string, string, string][] = [
    ['coverage', '/inzicht', 'path[data-area]'],
    ['coverage with a wijk', '/inzicht?gebied=11002S02', '[data-testid="area-services-total"]'],
    ['gaps', '/inzicht/hiaten', '[data-testid="gaps-table"]'],
    ['freshness', '/inzicht/actualiteit', '[data-testid="freshness-table"]'],
    ['reports', '/inzicht/rapport', '[data-testid="report-links"]'],
    ['district report', '/inzicht/rapport/borgerhout', '[data-testid="report-serving"]'],
    ['about', '/over', '#zoekopdrachten'],
  ];
  for (const language of ['nl', 'ar'] as const) {
    for (const [name, path, ready] of screens) {
      it(`${name} in ${language === 'nl' ? 'Dutch' : 'Arabic'} has no violations`, async () => {
        await useLanguage(language);
        await page().goto(path);
        await page().locator(ready).first().waitFor();
        await expect(page().evaluate(() => document.documentElement.dir)).resolves.toBe(language === 'ar' ? 'rtl' : 'ltr');
        await expectAccessible();
        if (language === 'ar') await screenshot(`${name.replace(/ /g, '-')}-ar-phone`, 1);
      });
    }
  }

  it('lays the map and the table side by side at desktop width', async () => {
    await useLanguage('nl');
    await page().setViewportSize({ width: 1280, height: 800 });
    try {
      await page().goto('/inzicht');
      await page().locator('path[data-area]').first().waitFor();
      const map = (await page().locator('.sk-map--choropleth').boundingBox())!;
      const table = (await page().getByTestId('coverage-table').boundingBox())!;
      expect(map.width).toBeGreaterThan(400);
      expect(table.x).toBeGreaterThan(map.x + map.width - 1);
      await expect(axeViolations(page())).resolves.toEqual([]);
      await screenshot('coverage-nl-desktop', 1);
      await page().goto('/inzicht/actualiteit');
      await page().getByTestId('freshness-table').waitFor();
      await screenshot('freshness-nl-desktop', 1);
    } finally {
      await page().setViewportSize({ width: 390, height: 844 });
    }
  }, 120_000);
});
