// "Een fout melden" on a listing: the form names what is wrong next to the field, keeps the text
// when there is no connection, thanks the sender, and the report lands in the database.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { axeViolations } from './support/page-checks.js';
import { useSession } from './support/session.js';

const session = useSession();

let serviceId: string;

beforeAll(async () => {
  const found = await fetch(`${session.server.url}/api/v1/search?q=schuldbemiddeling`).then((r) => r.json());
  serviceId = found.hits[0].id;
}, 120_000);

const form = () => session.page.getByRole('form', { name: 'Een fout melden' });
const message = () => form().getByRole('textbox', { name: 'Toelichting' });
const status = () => session.page.locator('.report-status');

describe('report a problem', () => {
  it('opens the form from a disclosure button, with 44 px targets and no axe violations', async () => {
    await session.page.goto(`/diensten/${serviceId}`);
    await session.page.getByTestId('service-detail').waitFor();
    const disclosure = session.page.getByRole('button', { name: 'Een fout melden' });
    await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('false');
    await disclosure.click();
    await form().waitFor();
    await expect(disclosure.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(form().getByRole('group', { name: 'Wat klopt er niet?' }).getByRole('radio').count()).resolves.toBe(4);
    await expect(form().textContent()).resolves.toContain('Vermeld geen namen of gegevens van cliënten');
    for (const target of [disclosure, form().getByRole('button', { name: 'Melding versturen' }), form().locator('label.check').first()]) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    const violations = await axeViolations(session.page);
    expect(violations).toEqual([]);
  });

  it('shows the API’s error next to the message when "other" comes without one', async () => {
    await form().getByRole('radio', { name: 'Iets anders' }).check();
    await form().getByRole('button', { name: 'Melding versturen' }).click();
    const error = form().locator('.field-error', { hasText: 'Beschrijf wat er niet klopt.' });
    await error.waitFor();
    await expect(message().getAttribute('aria-invalid')).resolves.toBe('true');
    // Named to screen readers through the field, and focus is on it.
    await expect(message().getAttribute('aria-describedby')).resolves.toContain((await error.getAttribute('id'))!);
    await expect(message().evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(session.server.db.dataSource.query('SELECT id FROM feedback')).resolves.toEqual([]);
  });

  it('keeps the text when offline, and says a report needs a connection', async () => {
    await form().getByRole('radio', { name: 'De openingsuren kloppen niet' }).check();
    await message().fill('Op woensdagnamiddag is het loket dicht.');
    await expect(form().textContent()).resolves.toContain('39 van 1000 tekens');
    await session.context.setOffline(true);
    try {
      await form().getByRole('button', { name: 'Melding versturen' }).click();
      await session.page.waitForFunction(() => document.querySelector('.report-status')?.textContent?.includes('je bent offline'));
      await expect(message().inputValue()).resolves.toBe('Op woensdagnamiddag is het loket dicht.');
      await expect(form().getByRole('radio', { name: 'De openingsuren kloppen niet' }).isChecked()).resolves.toBe(true);
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('sends the report, thanks the sender in a live region, and stores it', async () => {
    await form().getByRole('button', { name: 'Melding versturen' }).click();
    await session.page.waitForFunction(() => document.querySelector('.report-status')?.textContent?.includes('Bedankt'));
    await expect(status().textContent()).resolves.toBe('Bedankt: de stadsploeg kijkt dit na.');
    await expect(status().getAttribute('aria-live')).resolves.toBe('polite');
    await expect(form().count()).resolves.toBe(0);
    const rows = await session.server.db.dataSource.query('SELECT service_id, topic, message, status FROM feedback');
    expect(rows).toEqual([
      { service_id: serviceId, topic: 'wrong-hours', message: 'Op woensdagnamiddag is het loket dicht.', status: 'open' },
    ]);
  });

  it('works right to left in Arabic, with no axe violations', async () => {
    await session.page.evaluate(() => localStorage.setItem('sk.uiLanguage', 'ar'));
    try {
      await session.page.goto(`/diensten/${serviceId}`);
      await session.page.getByTestId('service-detail').waitFor();
      await session.page.getByRole('button', { name: 'الإبلاغ عن خطأ' }).click();
      const arabicForm = session.page.getByRole('form', { name: 'الإبلاغ عن خطأ' });
      await arabicForm.waitFor();
      await expect(session.page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
      // Right to left: the radio button sits right of its label.
      const label = arabicForm.locator('label.check').first();
      const radio = (await label.locator('input').boundingBox())!;
      const box = (await label.boundingBox())!;
      expect(radio.x + radio.width).toBeGreaterThan(box.x + box.width - 30);
      await expect(axeViolations(session.page)).resolves.toEqual([]);
    } finally {
      await session.page.evaluate(() => localStorage.setItem('sk.uiLanguage', 'nl'));
    }
  });
});
