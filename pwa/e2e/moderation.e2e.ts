// The moderators' screens: an admin reviews editors' proposals (a rejection needs a comment, named
// next to the field; an approval goes online; a proposal whose service changed meanwhile is
// explained), reads the service's history, filters the stale listings by district, resolves a
// visitor's report and invites an editor. axe finds nothing on the queue.
import { AxeBuilder } from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { useSession } from './support/session.js';

const ADMIN = { email: 'admin@example.org', password: 'a-long-admin-password' };
const EDITOR_EMAIL = 'proposing.editor@example.org';
const REJECTED = 'Voorstel dat de moderator afwijst (e2e).';
const APPROVED = 'Nieuwe beschrijving, nagekeken door de moderator (e2e).';
const OUTDATED = 'Voorstel op een oude versie (e2e).';
const REPORT = 'Op woensdagnamiddag is het loket dicht (e2e).';

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

async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page: page() }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
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
    await expect(axeViolations()).resolves.toEqual([]);
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
  });

  it('resolves a visitor’s report with a note', async () => {
    await page().goto('/portaal/moderatie/meldingen');
    const card = page().getByTestId('feedback').filter({ hasText: REPORT });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('De openingsuren kloppen niet');
    await expect(card.getByRole('link', { name: service.name }).getAttribute('href')).resolves.toBe(`/diensten/${service.id}`);
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
});
