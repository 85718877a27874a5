// The PWA benchmark's (run-bench.ts) measurements in Chromium, parts 3 and 4: a phone-sized
// context on the API's origin; on-device query latency through the bench page (bench.html:
// the app's sync, then searchOnDevice()); whether CPU throttling reaches the search worker; and
// the cached cold start offline with 4× CPU throttling until the first result is visible.
import { performance } from 'node:perf_hooks';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { MixQuery } from '@sociale-kaart/core/dev';
import type {} from './bench-entry.js';
import { mb, ms } from './report.js';

export const COLD_STARTS = 3;
export const CPU_THROTTLE = 4;
const IDLE_BEFORE_MEASURING_MS = 3000;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

async function newContext(browser: Browser, origin: string): Promise<BrowserContext> {
  // A phone, as the e2e tests use (pwa/e2e/support/browser.ts); tiles never load.
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  return context;
}

/**
 * Bench page: the app's sync fills IndexedDB, then the mix runs through searchOnDevice(). Also
 * how much CPU throttling slowed a dedicated worker in the check (1 = not at all).
 */
export async function measureQueries(
  browser: Browser,
  origin: string,
  mix: { warmUp: MixQuery[]; measured: MixQuery[] },
  expectedCount: number,
): Promise<{ ms: number[]; totals: number[]; workerThrottleRatio: number }> {
  const context = await newContext(browser, origin);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    // The headers as Chromium's network stack sends them (Accept-Encoding is added there).
    const cdp = await context.newCDPSession(page);
    const sentHeaders = new Map<string, Record<string, string>>();
    let snapshotRequestId: string | undefined;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (new URL(event.request.url).pathname === '/api/v1/snapshot') snapshotRequestId = event.requestId;
    });
    cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
      sentHeaders.set(event.requestId, Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), String(v)])));
    });
    await cdp.send('Network.enable');
    const snapshotResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/snapshot', { timeout: 60_000 });
    await page.goto('/bench/bench.html');
    await page.waitForFunction(() => 'bench' in window);
    const offline = await page.evaluate(() => window.bench.waitForOfflineData(180_000));
    const response = await snapshotResponse;
    const sizes = await response.request().sizes();
    const acceptEncoding = (snapshotRequestId && sentHeaders.get(snapshotRequestId)?.['accept-encoding']) ?? '(not reported)';
    console.log(
      `   Chromium → ${origin}/api/v1/snapshot: Accept-Encoding "${acceptEncoding}", got Content-Encoding "${(await response.allHeaders())['content-encoding'] ?? 'identity'}", ${mb(sizes.responseBodySize)} on the wire`,
    );
    console.log(
      `   sync (download, parse, IndexedDB): ${ms(offline.syncMs)}; the device holds ${offline.serviceCount.toLocaleString('en')} services`,
    );
    if (offline.serviceCount !== expectedCount)
      throw new Error(`the device holds ${offline.serviceCount} services, the snapshot ${expectedCount}`);
    const warmUp = await page.evaluate(
      (queries) => window.bench.runBench(queries),
      mix.warmUp.map((m) => m.query),
    );
    console.log(
      `   first search after the sync (IndexedDB read + index build in the search worker + the query): ${ms(warmUp.firstSearch.ms)}; the same query again: ${ms(warmUp.firstSearch.againMs)}`,
    );
    // One-off work the worker may do after building (storing what it built) is not query latency.
    await page.waitForTimeout(IDLE_BEFORE_MEASURING_MS);
    const run = await page.evaluate(
      (queries) => window.bench.runBench(queries),
      mix.measured.map((m) => m.query),
    );
    const workerThrottleRatio = await checkThrottlingReachesWorkers(context, page);
    return { ms: run.ms, totals: run.totals, workerThrottleRatio };
  } finally {
    await context.close();
  }
}

/** Whether Emulation.setCPUThrottlingRate slows a dedicated worker (where the search runs) as it slows the page. */
async function checkThrottlingReachesWorkers(context: BrowserContext, page: Page): Promise<number> {
  const spin = () =>
    page.evaluate(async () => {
      const onMain = () => {
        const started = performance.now();
        let x = 0;
        for (let i = 0; i < 3e7; i++) x = (x + i * 7) % 1000003;
        return x >= 0 ? performance.now() - started : 0;
      };
      const source = `self.onmessage = () => self.postMessage((${onMain.toString()})());`;
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      const inWorker = await new Promise<number>((resolve) => {
        worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
        worker.postMessage(null);
      });
      worker.terminate();
      return { main: onMain(), worker: inWorker };
    });
  // The fastest of three: the machine may be busy with other work.
  const fastest = async () => {
    const runs = [await spin(), await spin(), await spin()];
    return { main: Math.min(...runs.map((r) => r.main)), worker: Math.min(...runs.map((r) => r.worker)) };
  };
  const cdp = await context.newCDPSession(page);
  const plain = await fastest();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  const throttled = await fastest();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(
    `   (check for 4: a fixed loop with ${CPU_THROTTLE}× CPU throttling takes ×${(throttled.main / plain.main).toFixed(1)} on the page's main thread, ×${(throttled.worker / plain.worker).toFixed(1)} in a dedicated worker)`,
  );
  return throttled.worker / plain.worker;
}

/** The whole-word query of the mix with the most device hits: a common word, so a full first page. */
export function commonWord(measured: MixQuery[], totals: number[]): { word: string; total: number } {
  let best = { word: '', total: -1 };
  measured.forEach((m, i) => {
    const word = new URLSearchParams(m.query).get('q');
    if (m.kind === 'whole word' && word && totals[i] > best.total) best = { word, total: totals[i] };
  });
  if (!best.word) throw new Error('the mix has no whole-word query');
  return best;
}

/** Counts the listings in IndexedDB without creating the database when the app has not yet. */
function deviceServiceCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'sociale-kaart')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('sociale-kaart');
      open.onerror = () => reject(new Error(`indexedDB.open: ${String(open.error)}`));
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('services')) {
          db.close();
          return resolve(0);
        }
        const count = db.transaction('services', 'readonly').objectStore('services').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => {
          db.close();
          reject(new Error(`count: ${String(count.error)}`));
        };
      };
    });
  });
}

/**
 * One fresh context: `/` online until the service worker is active and IndexedDB holds every
 * listing; then offline, each time a new page with 4× CPU throttling opens `/?q=word`. Time: in
 * the page, performance.now() (from performance.timeOrigin, the navigation's start) when the first
 * result is in the DOM with a box (a MutationObserver from an init script); wall time around
 * goto + waitFor(visible) is printed next to it.
 */
export async function measureColdStarts(browser: Browser, origin: string, word: string, expectedCount: number): Promise<number[]> {
  const context = await newContext(browser, origin);
  try {
    const setup = await context.newPage();
    const setupStarted = performance.now();
    await setup.goto('/');
    const state = await setup.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active!;
      if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', resolve));
      return worker.state;
    });
    const deadline = Date.now() + 180_000;
    let held = 0;
    while ((held = await deviceServiceCount(setup)) !== expectedCount) {
      if (Date.now() > deadline) throw new Error(`after 180 s the device holds ${held} of ${expectedCount} services`);
      await setup.waitForTimeout(250);
    }
    console.log(
      `   online first visit: service worker ${state}, ${held.toLocaleString('en')} services in IndexedDB after ${ms(performance.now() - setupStarted)}`,
    );
    await setup.close();
    await context.setOffline(true);
    await context.addInitScript(() => {
      const seen = window as unknown as { __firstResultAt?: number };
      const observer = new MutationObserver(() => {
        const result = document.querySelector('[data-testid="result"]');
        if (result && result.getBoundingClientRect().height > 0) {
          seen.__firstResultAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });

    const inPage: number[] = [];
    for (let run = 1; run <= COLD_STARTS; run++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      const started = performance.now();
      await page.goto(`/?q=${encodeURIComponent(word)}`, { waitUntil: 'commit' });
      await page.locator('[data-testid="result"]').first().waitFor({ state: 'visible', timeout: 120_000 });
      const wall = performance.now() - started;
      const at = await page.evaluate(() => (window as unknown as { __firstResultAt?: number }).__firstResultAt ?? NaN);
      const shown = await page.locator('[data-testid="result"]').count();
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      inPage.push(at);
      console.log(
        `   run ${run}: ${ms(at).padStart(10)} in the page (navigation start → first result visible), ${ms(wall)} wall (goto + waitFor); ${shown} results shown, served by the service worker: ${controlled}`,
      );
      await page.close();
    }
    return inPage;
  } finally {
    await context.close();
  }
}
