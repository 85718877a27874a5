// The moderators' screens: an admin reviews editors' proposals (a rejection needs a comment, named
// next to the field; an approval goes online; a proposal whose service changed meanwhile is
// explained), reads the service's history, filters the stale listings by district, resolves a
// visitor's report, invites an editor, rolls a service back to an earlier change and approves a
// claim an editor sent from "Mijn portaal". axe finds nothing on the queue; no screen is wider
// than the phone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { phoneContext } from './support/browser.js';
import { axeViolations, overflowAtPhoneWidth } from './support/page-checks.js';
import { useSession } from './support/session.js';

const ADMIN = { email: 'admin@example.org', password: 'a-long-admin-password' };
const EDITOR_EMAIL = 'proposing.editor@example.org';
const REJECTED = 'Voorstel dat de moderator afwijst (e2e).';
const APPROVED = 'Nieuwe beschrijving, nagekeken door de moderator (e2e).';
const OUTDATED = 'Voorstel op een oude versie (e2e).';
const REPORT = 'Op woensdagnamiddag is het loket dicht (e2e).';
const FIRST_EDIT = 'Eerste beschrijving van de moderator (e2e).';
const SECOND_EDIT = 'Tweede beschrijving van de moderator (e2e).';
/** Not a member of any organisation; logs in with the admin's password (its hash is copied). */
const CLAIMANT = { email: 'claiming.editor@example.org', name: 'Cas Aanvraag' };
const CLAIM_MESSAGE = 'Ik coördineer het onthaal van deze organisatie (e2e).';
/** The phone context's viewport (support/browser.ts). */
const session = useSession({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });

interface ServiceRow {
  id: string;
  name: string;
  version: number;
  organizationId: string;
  districtId: string;
  districtName: string;
}

let service: ServiceRow;
let elsewhere: { id: string; name: string };
let revisionIds: string[];

const page = () => session.page;
const db = () => session.server.db.dataSource;
const revisionCards = () => page().getByTestId('revision');
const status = () => page().locator('.portal-status');
const isFocused = (locator: ReturnType<typeof status>) => locator.evaluate((element) => element === document.activeElement);

/** Three proposals by an editor of the service's organisation (untrusted, so they wait), oldest first. */
beforeAll(async () => {
  [service] = await db().query(
    `SELECT s.id, s.name, s.version, s.organization_id AS "organizationId", l.district_id AS "districtId", d.name AS "districtName"
       FROM service s JOIN service_at_location x ON x.service_id = s.id JOIN location l ON l.id = x.location_id
       JOIN district d ON d.id = l.district_id
      WHERE s.publication_state = 'published' ORDER BY s.name LIMIT 1`,
  );
  [elsewhere] = await db().query(
    `SELECT s.id, s.name FROM service s WHERE s.publication_state = 'published' AND s.id <> $1
        AND NOT EXISTS (SELECT 1 FROM service_at_location x JOIN location l ON l.id = x.location_id
                         WHERE x.service_id = s.id AND l.district_id = $2)
      ORDER BY s.name LIMIT 1`,
    [service.id, service.districtId],
  );
  // Only these two are stale, so both are on the first page: one never checked, the other a year ago.
  await db().query(`UPDATE service SET last_verified_at = now()`);
  await db().query(`UPDATE service SET last_verified_at = NULL WHERE id = $1`, [service.id]);
  await db().query(`UPDATE service SET last_verified_at = now() - interval '400 days' WHERE id = $1`, [elsewhere.id]);
  const [editor] = await db().query(`INSERT INTO app_user (email, role, display_name) VALUES ($1, 'editor', 'Eva Voorstel') RETURNING id`, [
    EDITOR_EMAIL,
  ]);
  await db().query(`INSERT INTO organization_member (user_id, organization_id) VALUES ($1, $2)`, [editor.id, service.organizationId]);
  revisionIds = [];
  for (const [minutesAgo, description] of [
    [30, REJECTED],
    [20, APPROVED],
    [10, OUTDATED],
  ] as const) {
    const [revision] = await db().query(
      `INSERT INTO revision (resource_type, resource_id, base_version, changes, author_id, created_at)
       VALUES ('service', $1, $2, $3, $4, now() - make_interval(mins => $5)) RETURNING id`,
      [service.id, service.version, JSON.stringify({ description }), editor.id, minutesAgo],
    );
    revisionIds.push(revision.id);
  }
  const report = await fetch(`${session.server.url}/api/v1/services/${service.id}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ topic: 'wrong-hours', message: REPORT }),
  });
  expect(report.status).toBe(201);
}, 120_000);

/** Calls the API as a logged-in user, without the browser: the session cookie and its CSRF token. */
async function apiAs(credentials: { email: string; password: string }): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const login = await fetch(`${session.server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('sk_session='))!
    .split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return (path, init = {}) =>
    fetch(`${session.server.url}${path}`, {
      ...init,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', ...init.headers },
    });
}

describe('the moderation screens', () => {
  it('send anonymous visitors to the login', async () => {
    await page().goto('/portaal/moderatie');
    await page().waitForURL('**/portaal/aanmelden');
    await page().goto('/portaal/moderatie/verouderd');
    await page().waitForURL('**/portaal/aanmelden');
  });

  it('show the admin the pending proposals, each with its field-by-field diff, without axe violations', async () => {
    const login = page().getByRole('form', { name: 'Aanmelden' });
    await login.getByLabel('E-mail').fill(ADMIN.email);
    await login.getByLabel('Wachtwoord').fill(ADMIN.password);
    await login.getByRole('button', { name: 'Aanmelden' }).click();
    await page().getByRole('heading', { name: 'Mijn portaal' }).waitFor();

    await page().goto('/portaal/moderatie');
    await page().getByRole('heading', { name: 'Voorstellen nakijken' }).waitFor();
    await revisionCards().first().waitFor();
    await expect(revisionCards().count()).resolves.toBe(3);
    const first = revisionCards().first();
    await expect(first.getByRole('link', { name: service.name }).getAttribute('href')).resolves.toBe(`/diensten/${service.id}`);
    await expect(first.textContent()).resolves.toContain(EDITOR_EMAIL);
    const headers = await first.locator('thead th').allTextContents();
    expect(headers).toEqual(['Veld', 'Nu gepubliceerd', 'Voorgesteld']);
    const row = first.locator('tbody tr');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('th').textContent()).resolves.toBe('Beschrijving');
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe(REJECTED);
    await expect(
      page().getByRole('navigation', { name: 'Moderatie' }).getByRole('link', { name: 'Voorstellen' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expect(axeViolations(page())).resolves.toEqual([]);
    await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);
  });

  it('refuses to reject without a comment, named next to the field, then rejects with one', async () => {
    const card = revisionCards().filter({ hasText: REJECTED });
    await card.getByRole('button', { name: 'Afwijzen' }).click();
    const comment = card.getByLabel('Opmerking voor de redacteur');
    const error = card.locator('.field-error', { hasText: 'Schrijf waarom je dit voorstel afwijst' });
    await error.waitFor();
    await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(comment.getAttribute('aria-describedby')).resolves.toContain((await error.getAttribute('id'))!);
    await expect(comment.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(db().query('SELECT status FROM revision WHERE id = $1', [revisionIds[0]])).resolves.toEqual([{ status: 'pending' }]);

    await comment.fill('Deze tekst klopt niet met de website.');
    await card.getByRole('button', { name: 'Afwijzen' }).click();
    await status()
      .filter({ hasText: `Het voorstel voor ‘${service.name}’ is afgewezen.` })
      .waitFor();
    await expect(isFocused(status().locator('p'))).resolves.toBe(true);
    await expect(revisionCards().count()).resolves.toBe(2);
    await expect(db().query('SELECT status, comment FROM revision WHERE id = $1', [revisionIds[0]])).resolves.toEqual([
      { status: 'rejected', comment: 'Deze tekst klopt niet met de website.' },
    ]);
  });

  it('approves a proposal, which the public API then shows', async () => {
    const card = revisionCards().filter({ hasText: APPROVED });
    await card.getByRole('button', { name: 'Goedkeuren' }).click();
    await status()
      .filter({ hasText: `Het voorstel voor ‘${service.name}’ is goedgekeurd en staat nu online.` })
      .waitFor();
    await expect(revisionCards().count()).resolves.toBe(1);
    const published = await fetch(`${session.server.url}/api/v1/services/${service.id}`).then((r) => r.json());
    expect(published.description).toBe(APPROVED);
  });

  it('explains why a proposal on an older version cannot be approved (409)', async () => {
    const card = revisionCards().filter({ hasText: OUTDATED });
    await card.getByRole('button', { name: 'Goedkeuren' }).click();
    await card.getByTestId('form-error').filter({ hasText: 'de dienst is intussen gewijzigd' }).waitFor();
    await expect(card.getByTestId('revision-outdated').textContent()).resolves.toContain(
      `versie ${service.version}, nu versie ${service.version + 1}`,
    );
    await expect(db().query('SELECT status FROM revision WHERE id = $1', [revisionIds[2]])).resolves.toEqual([{ status: 'pending' }]);
  });

  it('shows the approved change in the service’s history: when, who, before and after', async () => {
    await page().goto(`/portaal/diensten/${service.id}/geschiedenis`);
    const change = page().getByTestId('history-change').first();
    await change.waitFor();
    await expect(change.textContent()).resolves.toContain(EDITOR_EMAIL);
    await expect(change.textContent()).resolves.toContain('Uit een goedgekeurd voorstel');
    const row = change.locator('tbody tr', { hasText: 'Beschrijving' });
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe(APPROVED);
    await expect(change.locator('thead th').allTextContents()).resolves.toEqual(['Veld', 'Voor', 'Na']);
    // The newest change is the service as it is: nothing to go back to.
    await expect(change.getByRole('button', { name: 'Terugzetten naar deze versie' }).count()).resolves.toBe(0);
    await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);
  });

  it('filters the stale listings by district, never-checked ones saying so', async () => {
    await page().goto('/portaal/moderatie/verouderd');
    const list = page().getByTestId('stale-list');
    await list.waitFor();
    await list.getByRole('link', { name: elsewhere.name, exact: true }).first().waitFor();
    await page().getByLabel('District').selectOption(service.districtId);
    await page().waitForURL(`**/portaal/moderatie/verouderd?district=${service.districtId}`);
    const item = page()
      .getByTestId('stale-service')
      .filter({ has: page().getByRole('link', { name: service.name, exact: true }) });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('nooit nagekeken');
    await page().waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await expect(list.getByRole('link', { name: elsewhere.name, exact: true }).count()).resolves.toBe(0);
    await expect(page().getByTestId('stale-total').textContent()).resolves.toBe('1 verouderde dienst');
    await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);
  });

  it('resolves a visitor’s report with a note', async () => {
    await page().goto('/portaal/moderatie/meldingen');
    const card = page().getByTestId('feedback').filter({ hasText: REPORT });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('De openingsuren kloppen niet');
    await expect(card.getByRole('link', { name: service.name }).getAttribute('href')).resolves.toBe(`/diensten/${service.id}`);
    await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);
    await card.getByLabel('Wat heb je gedaan?').fill('Openingsuren nagevraagd en aangepast.');
    await card.getByRole('button', { name: 'Afgehandeld' }).click();
    await status()
      .filter({ hasText: `De melding over ‘${service.name}’ is afgehandeld.` })
      .waitFor();
    await expect(page().getByTestId('feedback').filter({ hasText: REPORT }).count()).resolves.toBe(0);
    await expect(db().query('SELECT status, resolution_note AS note FROM feedback WHERE message = $1', [REPORT])).resolves.toEqual([
      { status: 'resolved', note: 'Openingsuren nagevraagd en aangepast.' },
    ]);
  });

  it('invites an editor: missing fields are named next to them, the success says the link was sent', async () => {
    await page().goto('/portaal/uitnodigen');
    const form = page().getByRole('form', { name: 'Een redacteur uitnodigen' });
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await form.locator('.field-error', { hasText: 'Vul het e-mailadres van de redacteur in.' }).waitFor();
    await expect(form.locator('.field-error', { hasText: 'Kies de organisatie' }).count()).resolves.toBe(1);
    await expect(form.getByLabel('E-mail').evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);

    const [organisation] = await db().query('SELECT name FROM organization WHERE id = $1', [service.organizationId]);
    await form.getByLabel('E-mail').fill('new.editor@example.org');
    await form.getByLabel('Organisatie zoeken').fill(organisation.name.slice(0, 12));
    const select = form.getByLabel('Organisatie', { exact: true });
    await select.locator('option', { hasText: organisation.name }).first().waitFor({ state: 'attached' });
    await select.selectOption({ label: organisation.name });
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await status().filter({ hasText: `Uitnodiging verstuurd: new.editor@example.org` }).waitFor();
    await expect(
      db().query(
        `SELECT u.role FROM app_user u JOIN organization_member m ON m.user_id = u.id WHERE u.email = $1 AND m.organization_id = $2`,
        ['new.editor@example.org', service.organizationId],
      ),
    ).resolves.toEqual([{ role: 'editor' }]);
  });

  describe('after two edits by the moderator', () => {
    /** Two known changes to go back between, made as the admin through the API. */
    beforeAll(async () => {
      const api = await apiAs(ADMIN);
      for (const description of [FIRST_EDIT, SECOND_EDIT]) {
        const { version } = (await api(`/api/v1/services/${service.id}/editable`).then((r) => r.json())) as { version: number };
        const edit = await api(`/api/v1/services/${service.id}`, {
          method: 'PATCH',
          body: JSON.stringify({ version, changes: { description } }),
        });
        expect(edit.status).toBe(200);
        // A moderator's edit is applied at once, no proposal to review.
        await expect(edit.json()).resolves.toMatchObject({ outcome: 'applied' });
      }
    });

    it('rolls the service back to the first edit from its history, which the public API then shows', async () => {
      await page().goto(`/portaal/diensten/${service.id}/geschiedenis`);
      const changes = page().getByTestId('history-change');
      await changes.first().waitFor();
      await expect(changes.first().locator('td.diff-after').textContent()).resolves.toBe(SECOND_EDIT);
      await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);

      const first = changes.filter({ has: page().locator('td.diff-after', { hasText: FIRST_EDIT }) });
      await first.getByRole('button', { name: 'Terugzetten naar deze versie' }).click();
      await first.getByRole('button', { name: 'Ja, terugzetten' }).click();
      await status().filter({ hasText: 'De dienst is teruggezet naar de versie van' }).waitFor();

      const published = await fetch(`${session.server.url}/api/v1/services/${service.id}`).then((r) => r.json());
      expect(published.description).toBe(FIRST_EDIT);
      // The rollback is itself the newest change: from the second edit back to the first.
      const newest = changes.first();
      await newest.filter({ hasText: 'Teruggezet' }).waitFor();
      const row = newest.locator('tbody tr', { hasText: 'Beschrijving' });
      await expect(row.locator('td').allTextContents()).resolves.toEqual([SECOND_EDIT, FIRST_EDIT]);
      const history = await (await apiAs(ADMIN))(`/api/v1/services/${service.id}/history`).then((r) => r.json());
      expect(history[0]).toMatchObject({ actionType: 'rollback' });
    });
  });

  describe('a claim from “Mijn portaal”', () => {
    let claimant: BrowserContext;
    let claimantPage: Page;
    let organisation: { id: string; name: string };

    beforeAll(async () => {
      [organisation] = await db().query('SELECT id, name FROM organization WHERE id = $1', [service.organizationId]);
      await db().query(
        `INSERT INTO app_user (email, role, password_hash, display_name)
         SELECT $1, 'editor', password_hash, $2 FROM app_user WHERE email = $3`,
        [CLAIMANT.email, CLAIMANT.name, ADMIN.email],
      );
      claimant = await phoneContext(session.browser, session.server.url);
      claimantPage = await claimant.newPage();
    });
    afterAll(() => claimant?.close());

    it('is sent by an editor who manages no organisation: a missing choice, offline and asking twice are explained', async () => {
      await claimantPage.goto('/portaal/aanmelden');
      const login = claimantPage.getByRole('form', { name: 'Aanmelden' });
      await login.getByLabel('E-mail').fill(CLAIMANT.email);
      await login.getByLabel('Wachtwoord').fill(ADMIN.password);
      await login.getByRole('button', { name: 'Aanmelden' }).click();
      await claimantPage.getByRole('heading', { name: 'Mijn portaal' }).waitFor();

      const form = claimantPage.getByRole('form', { name: 'Een organisatie beheren' });
      const submit = form.getByRole('button', { name: 'Aanvraag versturen' });
      const select = form.getByLabel('Organisatie', { exact: true });
      await submit.click();
      const missing = form.locator('.field-error', { hasText: 'Kies de organisatie die je wilt beheren.' });
      await missing.waitFor();
      await expect(select.getAttribute('aria-describedby')).resolves.toContain((await missing.getAttribute('id'))!);
      await expect(select.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

      await form.getByLabel('Organisatie zoeken').fill(organisation.name.slice(0, 12));
      await select.locator('option', { hasText: organisation.name }).first().waitFor({ state: 'attached' });
      await select.selectOption({ label: organisation.name });
      await form.getByLabel('Bericht voor de moderator').fill(CLAIM_MESSAGE);
      await claimant.setOffline(true);
      try {
        await submit.click();
        await form.getByTestId('form-error').filter({ hasText: 'Je bent offline' }).waitFor();
      } finally {
        await claimant.setOffline(false);
      }

      await submit.click();
      const sent = claimantPage.locator('.portal-status p', { hasText: 'Je aanvraag is verstuurd; een moderator beslist.' });
      await sent.waitFor();
      await expect(sent.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(overflowAtPhoneWidth(claimantPage)).resolves.toEqual([]);

      // The same organisation again: the API answers 409, the form says a request already waits.
      await select.selectOption({ label: organisation.name });
      await submit.click();
      await form.locator('.field-error', { hasText: 'Je vroeg al om deze organisatie te beheren.' }).waitFor();
      await expect(
        db().query(
          `SELECT c.status, c.message FROM organization_claim c JOIN app_user u ON u.id = c.user_id
            WHERE u.email = $1 AND c.organization_id = $2`,
          [CLAIMANT.email, organisation.id],
        ),
      ).resolves.toEqual([{ status: 'pending', message: CLAIM_MESSAGE }]);
    });

    it('shows up in the moderators’ claims, where approving makes the editor a member', async () => {
      await page().goto('/portaal/moderatie/aanvragen');
      const card = page().getByTestId('claim').filter({ hasText: CLAIMANT.email });
      await card.waitFor();
      await expect(card.getByRole('heading').textContent()).resolves.toBe(organisation.name);
      await expect(card.textContent()).resolves.toContain(CLAIM_MESSAGE);
      await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);
      await card.getByRole('button', { name: 'Goedkeuren' }).click();
      await status()
        .filter({ hasText: `${CLAIMANT.name} kan nu de fiches van ${organisation.name} bijhouden.` })
        .waitFor();
      await expect(page().getByTestId('claim').filter({ hasText: CLAIMANT.email }).count()).resolves.toBe(0);

      await claimantPage.reload();
      await expect(claimantPage.getByTestId('portal-organisations').getByRole('link').textContent()).resolves.toBe(organisation.name);
    });
  });
});

describe('a proposal that publishes a draft (issue #11, hole 8)', () => {
  const DRAFT_NAME = 'Conceptdienst voor de moderator (e2e)';
  const DRAFT_DESCRIPTION = 'Wat het publiek ziet zodra dit online staat (e2e).';
  let draftId: string;

  /** The admin writes a draft (applied at once, never reviewed); its editor proposes to publish it. */
  beforeAll(async () => {
    const api = await apiAs(ADMIN);
    const created = await api(`/api/v1/organizations/${service.organizationId}/services`, {
      method: 'POST',
      body: JSON.stringify({ name: DRAFT_NAME }),
    });
    expect(created.status).toBe(201);
    draftId = ((await created.json()) as { id: string }).id;
    const edit = await api(`/api/v1/services/${draftId}`, {
      method: 'PATCH',
      body: JSON.stringify({ version: 1, changes: { description: DRAFT_DESCRIPTION } }),
    });
    expect(edit.status).toBe(200);
    const [editor] = await db().query(`SELECT id FROM app_user WHERE email = $1`, [EDITOR_EMAIL]);
    await db().query(
      `INSERT INTO revision (resource_type, resource_id, base_version, changes, author_id) VALUES ('service', $1, 2, $2, $3)`,
      [draftId, JSON.stringify({ publicationState: 'published' }), editor.id],
    );
  });

  it('says approving puts it online, shows every field the public will see, and links to the draft in the portal', async () => {
    await page().goto('/portaal/moderatie');
    const card = revisionCards().filter({ hasText: DRAFT_NAME });
    await card.waitFor();
    await expect(card.getByTestId('revision-publishes').textContent()).resolves.toContain('Goedkeuren zet deze dienst online');
    const description = card.locator('tbody tr', { hasText: 'Beschrijving' });
    await expect(description.locator('td.diff-after').textContent()).resolves.toBe(DRAFT_DESCRIPTION);
    await expect(card.locator('tbody tr', { hasText: 'Naam' }).locator('td.diff-after').textContent()).resolves.toBe(DRAFT_NAME);
    await expect(axeViolations(page())).resolves.toEqual([]);
    await expect(overflowAtPhoneWidth(page())).resolves.toEqual([]);

    // The public page of a draft is a 404: both links open the portal's view of it.
    expect((await fetch(`${session.server.url}/api/v1/services/${draftId}`)).status).toBe(404);
    await expect(card.getByRole('heading').getByRole('link').getAttribute('href')).resolves.toBe(`/portaal/diensten/${draftId}`);
    await card.getByRole('link', { name: 'Bekijk het concept in het portaal' }).click();
    await page().waitForURL(`**/portaal/diensten/${draftId}`);
    await page().getByRole('heading', { level: 1, name: DRAFT_NAME }).waitFor();
  });
});
