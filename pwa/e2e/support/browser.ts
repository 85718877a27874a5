// Debian's Chromium driven by playwright-core (Playwright's own browser downloads are not
// reachable here). Tiles from openstreetmap.org never load: nothing may depend on them.
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A phone-sized context: a social worker's cheap Android phone. */
export async function phoneContext(browser: Browser, baseURL: string, locale = 'nl-BE'): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
    timezoneId: 'Europe/Brussels',
  });
  // Tiles are external: answer them with nothing at once, as a phone without signal would.
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  return context;
}
