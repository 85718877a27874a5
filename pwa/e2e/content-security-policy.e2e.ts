// The Content-Security-Policy (no inline script, tiles from the tile server only) against what
// really runs: the PWA with its search worker and service worker, the portal, and Swagger UI. A
// page the policy breaks shows up as a `securitypolicyviolation` event or a console message.
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { useSession } from './support/session.js';

const session = useSession();

/** Every CSP violation the page reports from now on, by event and by console message. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return seen;
}

describe('under the Content-Security-Policy', () => {
  it('the PWA, its service worker, the portal and Swagger UI work without a violation', async () => {
    const { page } = session;
    const violations = await watchViolations(page);

    const home = await page.goto('/');
    expect(home?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(home?.headers()['x-content-type-options']).toBe('nosniff');
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    // The start screen opens on the life domains: a tile searches one.
    await page.locator('.domain-tile').first().click();
    await page.locator('[data-testid="result"]').first().waitFor();
    // A search answered (by the API or the device's worker) and a detail page with its map.
    await page.locator('[data-testid="result"] a').first().click();
    await page.locator('h1').first().waitFor();

    await page.goto('/portaal');
    await page.waitForURL('**/portaal/aanmelden');
    await page
      .getByRole('button', { name: /aanmelden/i })
      .first()
      .waitFor();

    await page.goto('/api/docs');
    await page.locator('.swagger-ui .information-container').waitFor();
    await page.locator('.opblock').first().waitFor();

    expect(violations).toEqual([]);
  });
});
