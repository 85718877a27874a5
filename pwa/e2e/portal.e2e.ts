// The first portal screens: the admin logs in through the form and invites an editor; the editor
// opens the mailed link (the server log: no SMTP here), sets a password, logs in and sees their
// organisation; a spent link says so. Errors sit next to their fields or take the focus, and axe
// finds nothing on the login and portal screens, in Dutch and in Arabic.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { axeViolations } from './support/page-checks.js';
import { useSession } from './support/session.js';

const ADMIN = { email: 'admin@example.org', password: 'a-long-admin-password' };
const EDITOR = { email: 'editor@example.org', password: 'een zin van vier woorden', name: 'An Peeters' };

// LOG_LEVEL log: the mailer without SMTP writes each link at level "log".
const session = useSession({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: 'log' } });

let organisation: { id: string; name: string };
let invitationLink: string;

beforeAll(async () => {
  [organisation] = await session.server.db.dataSource.query('SELECT id, name FROM organization ORDER BY name LIMIT 1');
}, 120_000);

const page = () => session.page;
const form = (name: string) => page().getByRole('form', { name });
const formError = () => page().getByTestId('form-error');
const isFocused = (locator: ReturnType<typeof formError>) => locator.evaluate((element) => element === document.activeElement);

/** The app's output arrives through a pipe, a moment after the answer: polls up to 5 s. */
async function waitFor(condition: () => boolean): Promise<boolean> {
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (condition()) return true;
  }
  return condition();
}

async function logIn({ email, password }: { email: string; password: string }): Promise<void> {
  await page().goto('/portaal/aanmelden');
  const login = form('Aanmelden');
  await login.getByLabel('E-mail').fill(email);
  await login.getByLabel('Wachtwoord').fill(password);
  await login.getByRole('button', { name: 'Aanmelden' }).click();
  await page().getByRole('heading', { name: 'Mijn portaal' }).waitFor();
}

async function logOut(): Promise<void> {
  await page().getByRole('button', { name: 'Afmelden' }).click();
  await page().getByRole('status').filter({ hasText: 'Je bent afgemeld.' }).waitFor();
}

async function setLanguage(language: 'nl' | 'ar'): Promise<void> {
  await page().evaluate((value) => localStorage.setItem('sk.uiLanguage', value), language);
  await page().reload();
  await page().waitForFunction((value) => document.documentElement.lang === value, language);
}

describe('the organisation portal', () => {
  it('sends anonymous visitors from /portaal to the login form, which axe finds no fault with', async () => {
    await page().goto('/portaal');
    await page().waitForURL('**/portaal/aanmelden');
    const login = form('Aanmelden');
    await login.waitFor();
    await expect(login.getByLabel('E-mail').getAttribute('autocomplete')).resolves.toBe('email');
    await expect(login.getByLabel('Wachtwoord').getAttribute('autocomplete')).resolves.toBe('current-password');
    const targets = [login.getByLabel('E-mail'), login.getByLabel('Wachtwoord'), login.getByRole('button', { name: 'Aanmelden' })];
    for (const target of [...targets, page().getByRole('link', { name: 'Wachtwoord vergeten?' })]) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await expect(page().getByRole('navigation').getByRole('link', { name: 'Portaal' }).count()).resolves.toBe(1);
    await expect(axeViolations(page())).resolves.toEqual([]);
  });

  it('names a missing field next to it and moves the focus there', async () => {
    await form('Aanmelden').getByRole('button', { name: 'Aanmelden' }).click();
    const email = form('Aanmelden').getByLabel('E-mail');
    const error = form('Aanmelden').locator('.field-error', { hasText: 'Vul je e-mailadres in.' });
    await error.waitFor();
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(email.getAttribute('aria-describedby')).resolves.toContain((await error.getAttribute('id'))!);
    await expect(isFocused(email)).resolves.toBe(true);
  });

  it('says "E-mail of wachtwoord klopt niet" for a wrong password, with the focus on it', async () => {
    await form('Aanmelden').getByLabel('E-mail').fill(ADMIN.email);
    await form('Aanmelden').getByLabel('Wachtwoord').fill('not the password');
    await form('Aanmelden').getByRole('button', { name: 'Aanmelden' }).click();
    await formError().filter({ hasText: 'E-mail of wachtwoord klopt niet' }).waitFor();
    await expect(isFocused(formError())).resolves.toBe(true);
  });

  it('says how long to wait after too many failed logins (429, Retry-After)', async () => {
    const login = form('Aanmelden');
    await login.getByLabel('E-mail').fill('nobody@example.org');
    await login.getByLabel('Wachtwoord').fill('still not the password');
    // 5 failures per account in 15 minutes: the sixth try at the latest is refused.
    for (let attempt = 0; attempt < 7; attempt += 1) {
      await login.getByRole('button', { name: 'Aanmelden' }).click();
      await page().waitForFunction(() => !document.querySelector<HTMLButtonElement>('.portal-form button[type=submit]')?.disabled);
      await formError().waitFor();
      if ((await formError().textContent())!.includes('Te veel pogingen')) break;
    }
    await expect(formError().textContent()).resolves.toMatch(/^Te veel pogingen\. Probeer het opnieuw over \d+ minuten?\.$/);
  });

  it('logs the admin in through the form: "Mijn portaal", the role in words, no violations', async () => {
    await logIn(ADMIN);
    const main = page().locator('main');
    await expect(main.textContent()).resolves.toContain(ADMIN.email);
    await expect(main.textContent()).resolves.toContain('Beheerder: alles, ook de accounts');
    await page().getByRole('navigation', { name: 'Moderatie' }).getByRole('link', { name: 'Wijzigingen om na te kijken' }).waitFor();
    expect((await page().getByRole('button', { name: 'Afmelden' }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expect(axeViolations(page())).resolves.toEqual([]);
  });

  it('lets the admin invite an editor, with the CSRF token from /auth/me; the link goes to the log', async () => {
    const answer = await page().evaluate(
      async ({ email, name, organizationId }) => {
        const me = await fetch('/api/v1/auth/me').then((r) => r.json());
        const response = await fetch('/api/v1/users/invitations', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ email, role: 'editor', organizationId, displayName: name }),
        });
        return { status: response.status, body: await response.json() };
      },
      { email: EDITOR.email, name: EDITOR.name, organizationId: organisation.id },
    );
    expect(answer).toMatchObject({ status: 201, body: { isInvitationSent: true } });
    const mailed = new RegExp(`mail to ${EDITOR.email}: .* (http[^\\s\\x1b]+/portaal/wachtwoord\\?token=[\\w-]+)`);
    await expect(waitFor(() => mailed.test(session.server.output()))).resolves.toBe(true);
    const link = mailed.exec(session.server.output());
    invitationLink = new URL(link![1]).pathname + new URL(link![1]).search;
    await logOut();
  });

  it('lets the editor set a password from the link: too short and not repeated are named at the fields', async () => {
    await page().goto(invitationLink);
    const passwordForm = form('Wachtwoord instellen');
    const password = passwordForm.getByLabel('Nieuw wachtwoord');
    await expect(password.getAttribute('autocomplete')).resolves.toBe('new-password');
    await password.fill('te kort');
    await passwordForm.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    const tooShort = passwordForm.locator('.field-error', { hasText: 'minstens 12 tekens' });
    await tooShort.waitFor();
    await expect(password.getAttribute('aria-describedby')).resolves.toContain((await tooShort.getAttribute('id'))!);
    await expect(isFocused(password)).resolves.toBe(true);

    await password.fill(EDITOR.password);
    await passwordForm.getByLabel('Herhaal het wachtwoord').fill(`${EDITOR.password}!`);
    await passwordForm.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await passwordForm.locator('.field-error', { hasText: 'niet gelijk' }).waitFor();

    await passwordForm.getByLabel('Herhaal het wachtwoord').fill(EDITOR.password);
    await passwordForm.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    // Setting the password logged the editor in: they land on their organisation's services, the
    // organisation's details form after that list.
    await page().waitForURL(`**/portaal/organisaties/${organisation.id}`);
    await page().getByRole('status').filter({ hasText: 'Je wachtwoord is ingesteld en je bent aangemeld.' }).waitFor();
    const services = page().getByRole('heading', { name: /^\d+ dienst/ });
    const details = page().getByRole('form', { name: 'Gegevens van de organisatie' });
    await details.waitFor();
    const [listBox, detailsBox] = await Promise.all([services.boundingBox(), details.boundingBox()]);
    expect(listBox!.y).toBeLessThan(detailsBox!.y);
    await expect(axeViolations(page())).resolves.toEqual([]);
    await page().goto('/portaal');
    await logOut();
  });

  it('logs the editor in, who sees their organisation', async () => {
    await logIn(EDITOR);
    await expect(page().getByTestId('portal-organisations').getByRole('link').textContent()).resolves.toBe(organisation.name);
    await expect(page().locator('main').textContent()).resolves.toContain('Redacteur');
    await expect(page().locator('main').textContent()).resolves.toContain(EDITOR.name);
  });

  it('has no axe violations in Arabic, right to left, on the portal and the login', async () => {
    await setLanguage('ar');
    try {
      await page().getByRole('heading', { name: 'بوابتي' }).waitFor();
      await expect(page().evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
      await expect(axeViolations(page())).resolves.toEqual([]);
      await page().getByRole('button', { name: 'تسجيل الخروج' }).click();
      await page().getByRole('form', { name: 'تسجيل الدخول' }).waitFor();
      await page().getByRole('form', { name: 'تسجيل الدخول' }).getByRole('button', { name: 'تسجيل الدخول' }).click();
      await page().getByRole('form', { name: 'تسجيل الدخول' }).locator('.field-error').first().waitFor();
      await expect(axeViolations(page())).resolves.toEqual([]);
    } finally {
      await setLanguage('nl');
    }
  });

  it('explains a link that was already used, and offers a new one', async () => {
    await page().goto(invitationLink);
    const passwordForm = form('Wachtwoord instellen');
    await passwordForm.getByLabel('Nieuw wachtwoord').fill('another long password');
    await passwordForm.getByLabel('Herhaal het wachtwoord').fill('another long password');
    await passwordForm.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await formError().filter({ hasText: 'Deze link is niet (meer) geldig: vraag een nieuwe' }).waitFor();
    await expect(isFocused(formError())).resolves.toBe(true);
    await expect(passwordForm.getByRole('link', { name: 'Een nieuwe link aanvragen' }).getAttribute('href')).resolves.toBe(
      '/portaal/wachtwoord',
    );
  });

  it('asks for a reset link from "Wachtwoord vergeten?" and answers the same for any address', async () => {
    await page().goto('/portaal/aanmelden');
    await page().getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    const reset = form('Wachtwoord vergeten');
    await reset.getByLabel('E-mail').fill(EDITOR.email);
    await reset.getByRole('button', { name: 'Stuur me een link' }).click();
    await page().getByRole('status').filter({ hasText: 'Als dit adres bij ons bekend is, krijg je een mail' }).waitFor();
    await expect(reset.count()).resolves.toBe(0);
    const mails = () => session.server.output().match(new RegExp(`mail to ${EDITOR.email}: `, 'g'))?.length ?? 0;
    await expect(waitFor(() => mails() === 2)).resolves.toBe(true);
  });

  it('says offline that the portal needs a connection, and a login attempt fails with that reason', async () => {
    await page().goto('/portaal/aanmelden');
    await form('Aanmelden').waitFor();
    await session.context.setOffline(true);
    try {
      await page().getByRole('status').filter({ hasText: 'Het portaal heeft een internetverbinding nodig' }).waitFor();
      await form('Aanmelden').getByLabel('E-mail').fill(EDITOR.email);
      await form('Aanmelden').getByLabel('Wachtwoord').fill(EDITOR.password);
      await form('Aanmelden').getByRole('button', { name: 'Aanmelden' }).click();
      await formError().filter({ hasText: 'Je bent offline' }).waitFor();
    } finally {
      await session.context.setOffline(false);
    }
  });
});
