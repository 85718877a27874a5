// A social worker on a phone: searches with filters, opens a service, makes a referral card in
// the client's language and prints it (one page); saves it to "mijn netwerk".
import { describe, expect, it } from '@jest/globals';
import { useSession } from './support/session.js';

const session = useSession();

describe('search → detail → referral card → print', () => {
  it('finds services by text and filters, with the filters in the URL and as chips', async () => {
    await session.page.goto('/');
    await session.page.getByRole('searchbox').fill('schuld');
    await session.page.waitForURL((url) => url.searchParams.get('q') === 'schuld');
    // "Gratis" is one of the quick toggles above the results; the filter state lives in the URL.
    const free = session.page.locator('.quick-filters').getByRole('button', { name: 'Gratis' });
    await free.click();
    await session.page.waitForURL((url) => url.searchParams.get('q') === 'schuld' && url.searchParams.get('free') === 'true');
    await session.page.waitForFunction(() => document.querySelector('.quick-filters [aria-pressed="true"]') !== null, undefined, {
      timeout: 5000,
    });
    await expect(free.getAttribute('aria-pressed')).resolves.toBe('true');
    const results = session.page.getByTestId('result');
    await results.first().waitFor();
    const online = await fetch(`${session.server.url}/api/v1/search?q=schuld&free=true&pageSize=20`).then((r) => r.json());
    expect(online.total).toBeGreaterThan(0);
    await expect(results.count()).resolves.toBe(Math.min(20, online.total));
    await expect(results.first().getAttribute('data-service-id')).resolves.toBe(online.hits[0].id);
  });

  it('opens the detail page with hours, languages and one-tap actions', async () => {
    await session.page.getByTestId('result').first().getByRole('link').first().click();
    const detail = session.page.getByTestId('service-detail');
    await detail.waitFor();
    await expect(detail.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/\S/);
    await expect(detail.getByRole('heading', { name: 'Openingsuren deze week' }).isVisible()).resolves.toBe(true);
    await expect(session.page.locator('.hours-table tr[aria-current="date"]').count()).resolves.toBe(1);
    await expect(session.page.getByRole('link', { name: 'Verwijskaart' }).isVisible()).resolves.toBe(true);
  });

  it('makes a referral card in Arabic, right to left, with a QR code, printed on one page', async () => {
    await session.page.getByRole('link', { name: 'Verwijskaart' }).click();
    await session.page.getByTestId('referral-card').waitFor();
    await session.page.getByRole('combobox', { name: 'Taal van de cliënt' }).selectOption('ar');
    const card = session.page.getByTestId('referral-card');
    await expect(card.getAttribute('dir')).resolves.toBe('rtl');
    await expect(card.getAttribute('lang')).resolves.toBe('ar');
    // The card's labels are in Arabic; the page around it stays in the worker's language.
    await expect(card.locator('.referral-kicker').textContent()).resolves.toMatch(/[\u0600-\u06FF]/);
    await expect(card.locator('img.referral-qr').getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml/);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Verwijskaart');
    expect(new URL(session.page.url()).searchParams.get('taal')).toBe('ar');

    // Every time range reads left to right inside the Arabic card: the opening time is drawn left
    // of the closing time (the digits after "و" once took the Arabic direction: "16:00–13:30").
    const ranges = await card.locator('.hours-table td').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        while (walker.nextNode()) texts.push(walker.currentNode as Text);
        return texts.flatMap((text) => {
          const value = text.textContent ?? '';
          const x = (from: number, to: number) => {
            const range = document.createRange();
            range.setStart(text, from);
            range.setEnd(text, to);
            return range.getBoundingClientRect().left;
          };
          return [...value.matchAll(/(\d\d:\d\d)–(\d\d:\d\d)/g)].map((m) => ({
            range: m[0],
            opensLeftOfCloses: x(m.index, m.index + 5) < x(m.index + 6, m.index + 11),
          }));
        });
      }),
    );
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.filter((r) => !r.opensLeftOfCloses)).toEqual([]);

    await session.page.emulateMedia({ media: 'print' });
    await expect(session.page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(session.page.locator('.no-print').first().isVisible()).resolves.toBe(false);
    await expect(card.isVisible()).resolves.toBe(true);
    const pdf = await session.page.pdf({ preferCSSPageSize: true, printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await session.page.emulateMedia({ media: 'screen' });
  });
});
