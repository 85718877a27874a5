// The results map on a phone: a district filter zooms to and outlines the district, district names
// never hide under markers, 44 px zoom buttons, and popups that say whether a service is open
// with their first line clear of the zoom control.
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { useSession } from './support/session.js';

const session = useSession();
const page = (): Page => session.page;

/** The highlighted district's outline as a share of the map's width and height. */
async function highlightShare(): Promise<{ width: number; height: number } | null> {
  return page().evaluate(() => {
    const path = document.querySelector('path.sk-district-highlight');
    const map = document.querySelector('.sk-map--results');
    if (!path || !map) return null;
    const outline = path.getBoundingClientRect();
    const box = map.getBoundingClientRect();
    return { width: outline.width / box.width, height: outline.height / box.height };
  });
}

describe('results map', () => {
  it('fills most of a phone screen', async () => {
    await page().goto('/?view=map');
    await page().locator('.sk-marker').first().waitFor();
    const box = await page().locator('.sk-map--results').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(350);
    expect(box!.height).toBeGreaterThanOrEqual(400);
  });

  it('zooms to the district filtered on and outlines it', async () => {
    await page().goto('/?view=map&district=borgerhout');
    await page().locator('path.sk-district-highlight').waitFor({ state: 'attached' });
    await expect(page().locator('.sk-map--results').getAttribute('data-districts')).resolves.toBe('borgerhout');
    // Zoomed in: Borgerhout spans a good part of the map (about a tenth in the city view).
    await page().waitForFunction(() => {
      const path = document.querySelector('path.sk-district-highlight')?.getBoundingClientRect();
      const map = document.querySelector('.sk-map--results')?.getBoundingClientRect();
      return path && map && Math.max(path.width / map.width, path.height / map.height) > 0.4;
    });
    const share = await highlightShare();
    expect(Math.max(share!.width, share!.height)).toBeLessThanOrEqual(1.01);
    // Only the chosen district is outlined.
    await expect(page().locator('path.sk-district-highlight').count()).resolves.toBe(1);
    // Without the filter there is no highlight.
    await page().goto('/?view=map');
    await page().locator('.sk-marker').first().waitFor();
    await expect(page().locator('path.sk-district-highlight').count()).resolves.toBe(0);
  });

  it('keeps district names clear of the markers and clusters', async () => {
    await page().goto('/?view=map');
    await page().locator('.sk-marker').first().waitFor();
    await page().waitForTimeout(500);
    const overlapping = await page().evaluate(() => {
      const markers = [...document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')].map((m) => m.getBoundingClientRect());
      return [...document.querySelectorAll<HTMLElement>('.sk-district-label')]
        .filter((label) => getComputedStyle(label).visibility !== 'hidden' && getComputedStyle(label).display !== 'none')
        .filter((label) => {
          const a = label.getBoundingClientRect();
          return markers.some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom);
        })
        .map((label) => label.textContent);
    });
    expect(overlapping).toEqual([]);
    // Nor do the names cover each other.
    const crowded = await page().evaluate(() => {
      const rects = [...document.querySelectorAll<HTMLElement>('.sk-district-label')]
        .filter((label) => getComputedStyle(label).visibility !== 'hidden')
        .map((label) => [label.textContent, label.getBoundingClientRect()] as const);
      return rects.flatMap(([name, a], i) =>
        rects
          .slice(i + 1)
          .filter(([, b]) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          .map(([other]) => `${name} / ${other}`),
      );
    });
    expect(crowded).toEqual([]);
    // Most names still show somewhere.
    const visible = await page()
      .locator('.sk-district-label')
      .evaluateAll((labels) => labels.filter((l) => getComputedStyle(l).visibility !== 'hidden').length);
    expect(visible).toBeGreaterThanOrEqual(4);
  });

  it('has 44 px zoom buttons, and a popup with open status clear of them', async () => {
    for (const name of ['Inzoomen', 'Uitzoomen']) {
      const box = await page().locator(`.leaflet-control-zoom a[title="${name}"]`).boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    // Zoom in until single pins show, then open the topmost one: the popup's title must not
    // disappear under the zoom control.
    await page().goto('/?view=map&district=borgerhout');
    await page().locator('.sk-marker--pin').first().waitFor();
    const pins = await page().locator('.sk-marker--pin').all();
    const tops = await Promise.all(pins.map(async (pin) => (await pin.boundingBox())!.y));
    const topmost = pins[tops.indexOf(Math.min(...tops))];
    // A synthetic click: the topmost pin may sit under the sticky header when the page scrolled.
    // On a loaded machine the markers may still be re-rendering from the last answer, which closes
    // a popup opened a moment before: open it again then (at most three times).
    const popup = page().locator('.leaflet-popup-content');
    for (let attempt = 1; ; attempt++) {
      await topmost.dispatchEvent('click');
      try {
        await popup.locator('.open-status').first().waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await expect(popup.locator('.open-status').first().textContent()).resolves.toMatch(/open|Gesloten|openingsuren/i);
    // Leaflet pans the popup clear with an animation, slower on a loaded machine: look until it ends.
    const overlapsZoom = async () => {
      const zoom = (await page().locator('.leaflet-control-zoom').boundingBox())!;
      const first = (await popup.locator('p, a').first().boundingBox())!;
      return (
        first.x < zoom.x + zoom.width && zoom.x < first.x + first.width && first.y < zoom.y + zoom.height && zoom.y < first.y + first.height
      );
    };
    let overlaps = await overlapsZoom();
    for (let waited = 0; overlaps && waited < 5000; waited += 250) {
      await page().waitForTimeout(250);
      overlaps = await overlapsZoom();
    }
    expect(overlaps).toBe(false);
  });
});
