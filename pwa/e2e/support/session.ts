// One browser test file's world: the app server, Chromium, a phone-sized context and a page,
// started together in beforeAll and stopped in afterAll.
import { afterAll, beforeAll } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, phoneContext } from './browser.js';
import { startAppServer, type AppServer, type AppServerOptions } from './app-server.js';

export interface Session {
  server: AppServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** Registers the hooks; the returned object is filled in before the first test runs. */
export function useSession(options: AppServerOptions = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([startAppServer(options), launchBrowser()]);
    session.context = await phoneContext(session.browser, session.server.url);
    session.page = await session.context.newPage();
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
