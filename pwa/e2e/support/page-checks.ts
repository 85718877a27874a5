// Page checks of the browser tests: axe-core against the WCAG 2.2 AA rules (one line per violation
// with the elements it found) and nothing wider than a phone, so a failing `toEqual([])` says what
// and where.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
}

/**
 * Nothing may reach past a 390 px phone screen: `[]`, or the page's width and the elements that
 * stick out (a wider page makes a phone zoom out or scroll sideways).
 */
export async function overflowAtPhoneWidth(on: Page, width = 390): Promise<string[]> {
  return on.evaluate((width) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    const sticking = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => {
        const name = [element.tagName.toLowerCase(), ...element.classList].join('.');
        return `${name} → ${Math.round(element.getBoundingClientRect().right)} px`;
      });
    return [`page ${scrollWidth} px wide`, ...sticking];
  }, width);
}
