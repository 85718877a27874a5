// The empty result screen offers a way on (issue #12, item 4) instead of a dead end: the spelling
// the index knows and each filter that, left out, gives results, with how many; one tap each.
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { useSession } from './support/session.js';

const session = useSession();
const page = (): Page => session.page;

describe('no results', () => {
  it('suggests the spelling the index knows, and one tap searches it', async () => {
    await page().goto('/?q=hlup');
    const help = page().getByTestId('zero-result-help');
    await help.waitFor();
    await help.getByRole('button', { name: 'Bedoelde je „hulp”?' }).click();
    await page().waitForURL(/q=hulp/);
    await page().getByTestId('result').first().waitFor();
  });

  it('names the filter to leave out with the number of results, which the search then shows', async () => {
    await page().goto('/?q=hlup&free=true');
    const help = page().getByTestId('zero-result-help');
    await help.waitFor();
    const button = help.getByRole('button', { name: /^Zonder „je zoekwoorden”: \d+ diensten?$/ });
    const count = Number(/(\d+) dienst/.exec((await button.textContent())!)![1]);
    expect(count).toBeGreaterThan(0);
    await button.click();
    await page().waitForURL((url) => !url.searchParams.has('q'));
    // The previous answer stays until the next one arrives: wait for it.
    await page()
      .locator('#results-heading', { hasText: new RegExp(`^${count} dienst`) })
      .waitFor();
    await expect(page().getByTestId('zero-result-help').count()).resolves.toBe(0);
  });
});
