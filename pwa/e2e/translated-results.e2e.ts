// The result list in the reader's language (issue #12, item 4): each hit's name and short
// description as the listing's translation, the Dutch original where it has none, like the
// detail page.
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { useSession } from './support/session.js';

const session = useSession();
const page = (): Page => session.page;

interface Hit {
  id: string;
  name: string;
  shortDescription: string;
}

describe('result list', () => {
  it('shows names and short descriptions in the UI language, Dutch where a listing has no translation', async () => {
    await page().goto('/');
    await page().evaluate(() => localStorage.setItem('sk.uiLanguage', 'ar'));
    await page().goto('/?lifeDomain=wonen&sort=name');
    await page().getByTestId('result').first().waitFor();
    await expect(page().evaluate(() => document.documentElement.lang)).resolves.toBe('ar');
    // What the reader sees, in order, against the API in Arabic and in Dutch.
    const shown = await page()
      .getByTestId('result')
      .evaluateAll((cards) =>
        cards.map((card) => ({
          id: card.getAttribute('data-service-id')!,
          name: card.querySelector('.result-title a')!.textContent!,
          shortDescription: card.querySelector('.result-description')?.textContent ?? '',
        })),
      );
    const api = async (lang: string) =>
      (
        (await (
          await page().request.get(`${session.server.url}/api/v1/search?lifeDomain=wonen&sort=name&pageSize=20&lang=${lang}`)
        ).json()) as {
          hits: Hit[];
        }
      ).hits;
    const [arabic, dutch] = [await api('ar'), await api('nl')];
    expect(shown).toEqual(arabic.map((h) => ({ id: h.id, name: h.name, shortDescription: h.shortDescription })));
    const translated = shown.filter((hit, i) => hit.name !== dutch[i].name);
    expect(translated.length).toBeGreaterThan(0);
    expect(translated.every((hit) => /\p{Script=Arabic}/u.test(hit.name))).toBe(true);
    expect(shown.some((hit, i) => hit.name === dutch[i].name)).toBe(true);
  });
});
