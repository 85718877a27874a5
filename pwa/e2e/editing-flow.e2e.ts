// The portal's whole editing round in Chromium, as the people do it: the admin invites an editor
// through the invite form; the editor sets a password from the link in the server log (no SMTP
// here), logs in, opens the organisation's service and adds Saturday opening hours; the change is
// pending and the public still sees the old hours; a moderator approves it in the queue; then the
// hours are on the public page, in search and in the offline change feed. Second: the moderator
// marks the organisation trusted, after which the editor's change is published at once.
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { createUser } from '@sociale-kaart/api/testing';
import { axeViolations } from './support/page-checks.js';
import { useSession } from './support/session.js';

const ADMIN = { email: 'admin@example.org', password: 'a-long-admin-password' };
const MODERATOR = { email: 'moderator@example.org', password: 'correct horse battery staple' };
const EDITOR = { email: 'redacteur@example.org', password: 'vier woorden voor een wachtwoord', name: 'Sara El Idrissi' };

const session = useSession({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: 'log' } });
const page = (): Page => session.page;

let organisation: { id: string; name: string };
let service: { id: string; name: string };

beforeAll(async () => {
  const db = session.server.db.dataSource;
  // A published organisation with a published service that is not open on Saturday.
  [service] = await db.query(
    `SELECT s.id, s.name, s.organization_id FROM service s JOIN organization o ON o.id = s.organization_id
     WHERE s.publication_state = 'published' AND o.publication_state = 'published' AND NOT o.is_trusted
       AND NOT EXISTS (SELECT 1 FROM schedule sc WHERE sc.service_id = s.id AND sc.byday LIKE '%SA%')
       AND (SELECT count(*) FROM service x WHERE x.organization_id = o.id) <= 5
     ORDER BY s.name LIMIT 1`,
  );
  [organisation] = await db.query(`SELECT id, name FROM organization WHERE id = $1`, [
    (service as unknown as { organization_id: string }).organization_id,
  ]);
  await createUser({ db: session.server.db } as never, { email: MODERATOR.email, role: 'moderator', password: MODERATOR.password });
}, 60_000);

/** The app's output arrives through a pipe, a moment after the answer: polls up to 5 s. */
async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 150))) {
    if (await condition()) return true;
  }
  return condition();
}

async function logIn({ email, password }: { email: string; password: string }): Promise<void> {
  await page().goto('/portaal/aanmelden');
  const login = page().getByRole('form', { name: 'Aanmelden' });
  await login.getByLabel('E-mail').fill(email);
  await login.getByLabel('Wachtwoord').fill(password);
  await login.getByRole('button', { name: 'Aanmelden' }).click();
  await page().getByRole('heading', { name: 'Mijn portaal' }).waitFor();
}

async function logOut(): Promise<void> {
  await page().goto('/portaal');
  await page().getByRole('button', { name: 'Afmelden' }).click();
  await page().getByRole('status').filter({ hasText: 'Je bent afgemeld.' }).waitFor();
}

const api = async <T>(path: string): Promise<T> => (await (await page().request.get(path)).json()) as T;
const saturdayHours = async () =>
  (await api<{ schedules: { byday: string | null; opensAt: string | null }[] }>(`/api/v1/services/${service.id}`)).schedules
    .filter((s) => s.byday?.includes('SA'))
    .map((s) => s.opensAt);

/** In the service editor: unfolds the section with this title (the sections start folded). */
async function openSection(title: string): Promise<void> {
  const section = page().locator('details.editor-section', { has: page().locator('summary .section-title', { hasText: title }) });
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  await page().waitForFunction((id) => document.getElementById(id)?.hasAttribute('open'), (await section.getAttribute('id'))!);
}

/** In the service editor: adds a period on the day and sets its hours. */
async function addPeriod(day: string, opens: string, closes: string): Promise<void> {
  const editor = page().getByRole('form', { name: 'Gegevens van de dienst' });
  await openSection('Openingsuren');
  await editor.getByRole('button', { name: `Periode toevoegen op ${day}` }).click();
  const period = editor.getByRole('group', { name: `Periode 1 op ${day}` });
  await period.getByLabel('Open vanaf').fill(opens);
  await period.getByLabel('Open tot').fill(closes);
}

describe('an untrusted organisation: invite, edit opening hours, moderate, published', () => {
  let link: string;
  let cursor: string;

  it('the admin invites an editor through the form; the link is written to the server log', async () => {
    await logIn(ADMIN);
    await page().getByRole('link', { name: 'Een redacteur uitnodigen' }).click();
    const form = page().getByRole('form', { name: 'Een redacteur uitnodigen' });
    await form.getByLabel('E-mail').fill(EDITOR.email);
    await form.getByLabel('Naam', { exact: true }).fill(EDITOR.name);
    await form.getByLabel('Organisatie zoeken').fill(organisation.name);
    await form.getByLabel('Organisatie', { exact: true }).selectOption({ label: organisation.name });
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page()
      .getByRole('status')
      .filter({ hasText: `Uitnodiging verstuurd: ${EDITOR.email}` })
      .waitFor();
    const mailed = new RegExp(`mail to ${EDITOR.email}: .* (http[^\\s\\x1b]+/portaal/wachtwoord\\?token=[\\w-]+)`);
    await expect(waitFor(() => mailed.test(session.server.output()))).resolves.toBe(true);
    const url = new URL(mailed.exec(session.server.output())![1]);
    link = url.pathname + url.search;
    await logOut();
  });

  it('the editor sets a password from the link, which logs them in on their organisation’s services', async () => {
    await page().goto(link);
    const form = page().getByRole('form', { name: 'Wachtwoord instellen' });
    await form.getByLabel('Nieuw wachtwoord').fill(EDITOR.password);
    await form.getByLabel('Herhaal het wachtwoord').fill(EDITOR.password);
    await form.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page().waitForURL(`**/portaal/organisaties/${organisation.id}`);
    await page().getByRole('status').filter({ hasText: 'Je wachtwoord is ingesteld' }).waitFor();
    await page().getByTestId('organisation-services').getByRole('link', { name: service.name }).waitFor();
    await page().goto('/portaal');
    await page().getByRole('heading', { name: 'Mijn portaal' }).waitFor();
  });

  it('the editor adds Saturday hours; the change waits for a moderator and the public sees the old hours', async () => {
    await page().getByRole('link', { name: organisation.name }).click();
    await page().getByRole('heading', { name: organisation.name }).waitFor();
    await expect(axeViolations(page())).resolves.toEqual([]);
    await page().getByTestId('organisation-services').getByRole('link', { name: service.name }).click();
    await page().getByRole('heading', { name: service.name, level: 1 }).waitFor();
    // Nothing on the editor is out of reach of a screen reader or a keyboard, and nothing is wider than the phone.
    await expect(axeViolations(page())).resolves.toEqual([]);
    await expect(page().evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    // The form's nine parts start folded, each a line with a summary of what it holds.
    const sections = page().locator('details.editor-section');
    await expect(sections.count()).resolves.toBe(9);
    await expect(page().locator('details.editor-section[open]').count()).resolves.toBe(0);
    await expect(page().locator('#section-languages .section-summary').textContent()).resolves.toMatch(/\S/);
    // An impossible period is named at its field before anything is sent.
    await addPeriod('zaterdag', '10:00', '10:00');
    await expect(page().locator('#section-openingHours .section-flag').textContent()).resolves.toBe('gewijzigd');
    // Folded again, the part still says it holds an unsaved change.
    await page().locator('#section-openingHours summary').click();
    await expect(page().locator('#section-openingHours').getAttribute('open')).resolves.toBeNull();
    await page().getByRole('button', { name: 'Wijziging voorstellen' }).click();
    const error = page().locator('.field-error', { hasText: 'Het sluitingsuur moet verschillen van het openingsuur.' });
    await error.waitFor();
    // The part with the error unfolds itself and says so in its summary line.
    await expect(page().locator('#section-openingHours').getAttribute('open')).resolves.toBe('');
    await expect(page().locator('#section-openingHours .section-flag').textContent()).resolves.toBe('controleer');
    await expect(saturdayHours()).resolves.toEqual([]);

    const period = page().getByRole('group', { name: 'Periode 1 op zaterdag' });
    await period.getByLabel('Open tot').fill('12:30');
    cursor = await latestCursor();
    await page().getByRole('button', { name: 'Wijziging voorstellen' }).click();
    await page().getByRole('status').filter({ hasText: 'Een moderator kijkt ze na' }).waitFor();
    await page().getByTestId('pending-revisions').filter({ hasText: 'Openingsuren' }).waitFor();
    await expect(saturdayHours()).resolves.toEqual([]);
    await logOut();
  });

  it('a moderator approves it in the queue, with the diff of the hours', async () => {
    await logIn(MODERATOR);
    await page().getByRole('link', { name: 'Wijzigingen om na te kijken' }).click();
    const card = page()
      .locator('article, li, section')
      .filter({ hasText: service.name })
      .filter({ has: page().getByRole('button', { name: /Goedkeuren/ }) })
      .first();
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/za\w* 10:00.12:30/i);
    await card.getByRole('button', { name: /Goedkeuren/ }).click();
    await page()
      .getByRole('status')
      .filter({ hasText: /goedgekeurd/i })
      .waitFor();
  });

  it('the hours are on the public page, in search and in the change feed', async () => {
    await expect(saturdayHours()).resolves.toEqual(['10:00:00']);
    // The outbox worker brings it to search within moments.
    const inSearch = async () => {
      const hits = (await api<{ hits: { id: string; openingHours?: unknown }[] }>(`/api/v1/search?q=${encodeURIComponent(service.name)}`))
        .hits;
      return hits.some((h) => h.id === service.id);
    };
    await expect(waitFor(inSearch, 10_000)).resolves.toBe(true);
    const changed = async () => {
      const feed = await api<{ changes: { id: string; service?: { schedules?: { byday?: string | null }[] } }[] }>(
        `/api/v1/snapshot/changes?since=${cursor}&limit=1000`,
      );
      return feed.changes.some((c) => c.id === service.id && (c.service?.schedules ?? []).some((s) => s.byday?.includes('SA')));
    };
    await expect(waitFor(changed, 10_000)).resolves.toBe(true);

    // The detail page reads the device's copy, which the app brings up to date from the same feed.
    const onDetailPage = async () => {
      await page().goto(`/diensten/${service.id}`);
      await page().getByRole('heading', { name: service.name, level: 1 }).waitFor();
      return /zaterdag(?!Gesloten)[^a-z]*10:00/i.test((await page().locator('main').textContent()) ?? '');
    };
    await expect(waitFor(onDetailPage, 20_000)).resolves.toBe(true);
    await logOut();
  });

  /** The feed's cursor now. */
  async function latestCursor(): Promise<string> {
    let since = (await api<{ cursor: string }>('/api/v1/snapshot')).cursor;
    for (;;) {
      const next = await api<{ cursor: string; hasMore: boolean }>(`/api/v1/snapshot/changes?since=${since}&limit=1000`);
      since = next.cursor;
      if (!next.hasMore) return since;
    }
  }
});

describe('a trusted organisation publishes directly', () => {
  it('the moderator marks the organisation trusted on its page', async () => {
    await logIn(MODERATOR);
    await page().goto(`/portaal/organisaties/${organisation.id}`);
    await page().getByRole('button', { name: 'Markeer als vertrouwd' }).click();
    await page().getByRole('status').filter({ hasText: 'De organisatie is nu vertrouwd.' }).waitFor();
    await logOut();
  });

  it('the editor’s change is saved and published at once', async () => {
    await logIn(EDITOR);
    await page().goto(`/portaal/diensten/${service.id}`);
    await page().getByRole('heading', { name: service.name, level: 1 }).waitFor();
    await addPeriod('zondag', '14:00', '16:00');
    await page().getByRole('button', { name: 'Opslaan' }).click();
    await page().getByRole('status').filter({ hasText: 'Opgeslagen en gepubliceerd.' }).waitFor();
    const sunday = (
      await api<{ schedules: { byday: string | null; opensAt: string | null }[] }>(`/api/v1/services/${service.id}`)
    ).schedules.filter((s) => s.byday === 'SU');
    expect(sunday.map((s) => s.opensAt)).toEqual(['14:00:00']);
  });

  it('the editor adds a location: the pin, typed or clicked on the map, gives district and wijk', async () => {
    await page().goto(`/portaal/diensten/${service.id}`);
    const editor = page().getByRole('form', { name: 'Gegevens van de dienst' });
    await page().getByRole('heading', { name: service.name, level: 1 }).waitFor();
    await openSection('Locaties');
    const locations = editor.getByRole('group', { name: 'Locaties' });
    // Counted once the listing is loaded (the form shows after it).
    await locations.waitFor();
    const before = await locations.getByLabel('Naam van de locatie').count();
    await locations.getByRole('button', { name: 'Locatie toevoegen' }).click();
    const name = locations.getByLabel('Naam van de locatie').nth(before);
    await name.fill('Wijkpunt Kern');
    await locations.getByLabel('Straat en huisnummer').nth(before).fill('Turnhoutsebaan 100');
    await locations.getByLabel('Postcode').nth(before).fill('2140');
    await locations.getByLabel('Gemeente').nth(before).fill('Borgerhout');
    await locations.getByLabel('Breedtegraad').nth(before).fill('51.2142');
    await locations.getByLabel('Lengtegraad').nth(before).fill('4.4405');
    await locations
      .getByText(/^District Borgerhout, wijk /)
      .first()
      .waitFor();
    // A click on the map moves the pin (tiles do not load here; the outlines do).
    const map = locations.locator('.leaflet-container').nth(before);
    await map.waitFor();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2 + 30, y: box.height / 2 } });
    await expect(locations.getByLabel('Lengtegraad').nth(before).inputValue()).resolves.not.toBe('4.4405');
    // The place shown for the new pin is the one the API derives when it is saved.
    const shown = /^District (.+), wijk (.+)$/.exec(
      (await locations
        .getByText(/^District .+, wijk /)
        .nth(before)
        .textContent()) ?? '',
    );
    expect(shown).not.toBeNull();
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    const saved = page().getByRole('status').filter({ hasText: 'Opgeslagen en gepubliceerd.' });
    await saved.or(page().getByTestId('form-error')).first().waitFor();
    // On failure, the messages the form shows say why.
    await expect(page().locator('[data-testid=form-error], .field-error').allTextContents()).resolves.toEqual([]);
    const published = await api<{
      locations: {
        name: string | null;
        district: { name: string } | null;
        wijk: { name: string } | null;
        address: { postalCode: string } | null;
      }[];
    }>(`/api/v1/services/${service.id}`);
    expect(published.locations.find((l) => l.name === 'Wijkpunt Kern')).toMatchObject({
      district: { name: shown![1] },
      wijk: { name: shown![2] },
      address: { postalCode: '2140' },
    });
  });

  it('the editor in Arabic: right to left, nothing axe objects to, nothing wider than the phone', async () => {
    await page().evaluate(() => localStorage.setItem('sk.uiLanguage', 'ar'));
    try {
      await page().goto(`/portaal/diensten/${service.id}`);
      await page().waitForFunction(() => document.documentElement.dir === 'rtl');
      await page().getByRole('heading', { name: service.name, level: 1 }).waitFor();
      await expect(axeViolations(page())).resolves.toEqual([]);
      await expect(page().evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    } finally {
      await page().evaluate(() => localStorage.setItem('sk.uiLanguage', 'nl'));
    }
  });

  it('the editor changes the organisation’s details, published at once', async () => {
    await page().goto(`/portaal/organisaties/${organisation.id}`);
    const details = page().getByRole('form', { name: 'Gegevens van de organisatie' });
    await details.getByLabel('Website').fill('klaproos.be');
    await details.getByRole('button', { name: 'Opslaan' }).click();
    // The API's reason, next to the field.
    await details.locator('.field-error', { hasText: 'Deze waarde wordt niet aanvaard' }).waitFor();
    await details.getByLabel('Website').fill('https://klaproos.example.org');
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await page().getByRole('status').filter({ hasText: 'Opgeslagen en gepubliceerd.' }).waitFor();
    const published = await api<{ website: string | null }>(`/api/v1/organizations/${organisation.id}`);
    expect(published.website).toBe('https://klaproos.example.org');
  });
});
