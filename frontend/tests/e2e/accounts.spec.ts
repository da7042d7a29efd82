/**
 * Accounts in the browser, against the real API: registering, verifying through the mailbox,
 * signing in and out, a new password, my account, and deleting it. Every page a person sees is
 * checked with axe in both themes and photographed.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { checkPage, expect, test } from './fixtures';
import { linkIn, waitForMail } from './mailbox';

const PASSWORD = 'Fietsen-langs-de-Vecht-in-mei';
const DEMO_RESIDENT = 'inwoner.utrecht@demo.samenspel.example';

/** A new address per test and run, so tests can run in parallel and again. */
function newAddress(who: string): string {
  return `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/** An account made straight through the API, for journeys that are not about registering. */
async function registered(request: APIRequestContext, who: string, displayName: string): Promise<string> {
  const email = newAddress(who);
  const response = await request.post('/api/v1/accounts', {
    data: { email, password: PASSWORD, displayName, municipality: 'utrecht' },
  });
  expect(response.status()).toBe(202);
  return email;
}

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account' });
const summary = (page: Page) => page.getByRole('region', { name: /Controleer het volgende/ });

test.describe('a resident', () => {
  test('registers on Utrecht, verifies through the mailbox, signs in and out, and manages the account', async ({
    page,
  }) => {
    // One person's whole way through, with axe in two themes on eight pages: longer than most.
    test.setTimeout(150_000);
    const email = newAddress('zoe');

    // From Utrecht's page to the registration form, with Utrecht chosen and its look kept.
    await page.goto('/gemeenten/utrecht');
    await page.getByRole('link', { name: 'Maak een account aan als inwoner van Utrecht' }).click();
    await expect(page).toHaveURL('/registreren?gemeente=utrecht');
    await expect(page).toHaveTitle('Account aanmaken – Samenspel');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByLabel('Gemeente', { exact: true })).toHaveValue('utrecht');
    await expect(page.locator('html')).toHaveClass(/utrecht-theme/);
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('autocomplete', 'email');
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    await checkPage(page, 'registreren');

    // Nothing filled in: every field says so, in the order of the form, and the summary has focus.
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole('listitem')).toHaveText([
      'Vul het veld ‘Uw naam op Samenspel’ in.',
      'Vul het veld ‘E-mailadres’ in.',
      'Vul het veld ‘Wachtwoord’ in.',
    ]);
    await expect(page).toHaveTitle('Fout: Account aanmaken – Samenspel');
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');

    // A password from the lists of leaked ones is refused, next to the field.
    await page.getByLabel('Uw naam op Samenspel').fill('Zoë van ’t Hof');
    await page.getByLabel('E-mailadres').fill(email);
    const password = page.getByLabel('Wachtwoord', { exact: true });
    await password.fill('password1234');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(summary(page).getByRole('link', { name: /Kies een ander wachtwoord/ })).toBeVisible();
    await expect(password).toHaveAccessibleDescription(/Fout: Kies een ander wachtwoord/);
    await checkPage(page, 'registreren-fout');

    // Show and hide the password: the button says what it will do, and the field follows.
    await password.fill(PASSWORD);
    await page.getByRole('button', { name: 'Toon wachtwoord' }).click();
    await expect(password).toHaveAttribute('type', 'text');
    await expect(page.getByRole('status').filter({ hasText: 'Uw wachtwoord is zichtbaar.' })).toBeAttached();
    await page.getByRole('button', { name: 'Verberg wachtwoord' }).click();
    await expect(password).toHaveAttribute('type', 'password');

    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page).toHaveURL('/registreren/controleer-uw-mail');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijk in uw mail');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByText(`We hebben een mail gestuurd naar ${email}.`)).toBeVisible();
    await checkPage(page, 'registreren-controleer-uw-mail');

    const first = await waitForMail({ to: email, subject: /Bevestig uw e-mailadres/ });
    expect(first.body).toContain('Beste Zoë van ’t Hof,');
    const firstLink = linkIn(first, '/account/bevestigen');

    // Signing in before verifying works; a banner asks to verify, and can send the mail again.
    await accountNav(page).getByRole('link', { name: 'Aanmelden' }).click();
    await expect(page).toHaveURL('/aanmelden');
    await signInWith(page, email, PASSWORD);
    await expect(page).toHaveURL('/mijn-account');
    await expect(accountNav(page)).toContainText('Zoë van ’t Hof');
    const banner = page.getByRole('region', { name: 'Bevestig uw e-mailadres' });
    await expect(banner).toContainText(email);
    await expect(page.getByText(`${email} (nog niet bevestigd)`)).toBeVisible();
    await checkPage(page, 'mijn-account-onbevestigd');

    await banner.getByRole('button', { name: 'Stuur de mail opnieuw' }).click();
    await expect(page.locator(':focus')).toHaveText(
      `We hebben een nieuwe mail gestuurd naar ${email}. Alleen de link in die mail werkt.`,
    );
    const second = await waitForMail({ to: email, subject: /Bevestig uw e-mailadres/, after: first });
    const secondLink = linkIn(second, '/account/bevestigen');
    expect(secondLink).not.toBe(firstLink);

    // Only the newest link works; the token leaves the address bar either way.
    await page.goto(firstLink);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet (meer)');
    await expect(page).toHaveURL('/account/bevestigen');
    await checkPage(page, 'account-bevestigen-ongeldig');

    await page.goto(secondLink);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw e-mailadres is bevestigd');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByRole('region', { name: 'Bevestig uw e-mailadres' })).toHaveCount(0);
    await checkPage(page, 'account-bevestigen');

    // Sign out, and in again.
    await accountNav(page).getByRole('button', { name: 'Afmelden' }).click();
    await expect(page).toHaveURL('/afgemeld');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('U bent afgemeld');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(accountNav(page).getByRole('link', { name: 'Aanmelden' })).toBeVisible();
    await checkPage(page, 'afgemeld');

    await page.getByRole('link', { name: 'Opnieuw aanmelden' }).click();
    await signInWith(page, email, PASSWORD);
    await expect(page).toHaveURL('/mijn-account');
    await expect(page.getByText(`${email} (bevestigd)`)).toBeVisible();
    await expect(page.getByText('Inwoner in gemeente Utrecht')).toBeVisible();

    // A new public name: saved with the account's ETag, shown in the header at once.
    const name = page.getByLabel('Uw naam op Samenspel');
    await expect(name).toHaveValue('Zoë van ’t Hof');
    await name.fill('Zoë uit Overvecht');
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await expect(page.getByText('Uw naam is gewijzigd. Anderen zien nu ‘Zoë uit Overvecht’.')).toBeVisible();
    await expect(accountNav(page)).toContainText('Zoë uit Overvecht');

    // Everything held on me, as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download mijn gegevens' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('samenspel-gegevens.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.account.email).toBe(email);
    expect(exported.account.displayName).toBe('Zoë uit Overvecht');
    expect(exported.account.csrfToken ?? null).toBeNull();
    await expect(page.getByText('Uw gegevens zijn gedownload als samenspel-gegevens.json.')).toBeVisible();
    await checkPage(page, 'mijn-account');

    await accountNav(page).getByRole('button', { name: 'Afmelden' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('U bent afgemeld');
    await page.goto('/mijn-account');
    await expect(page).toHaveURL('/aanmelden?terug=%2Fmijn-account');
  });

  test('chooses a new password through the mailbox, and the link works once', async ({ page, request }) => {
    // Five pages, each checked with axe in two themes: more than the default half minute on a busy machine.
    test.setTimeout(60_000);
    const email = await registered(request, 'vergeten', 'Anouk uit Zuilen');

    await page.goto('/aanmelden');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expect(page).toHaveURL('/wachtwoord-vergeten');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.getByLabel('E-mailadres').fill('geen-e-mailadres');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect(summary(page)).toContainText(
      'E-mailadres heeft niet de juiste vorm. Vul het in zoals naam@voorbeeld.nl.',
    );
    await checkPage(page, 'wachtwoord-vergeten-fout');

    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    const sent = page.getByRole('region', { name: 'Kijk in uw mail' });
    await expect(sent).toBeFocused();
    await expect(sent).toContainText(`Hoort er een account bij ${email}?`);
    await checkPage(page, 'wachtwoord-vergeten');

    const mail = await waitForMail({ to: email, subject: /Nieuw wachtwoord/ });
    const link = linkIn(mail, '/wachtwoord-herstellen');
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord kiezen');
    await expect(page).toHaveURL('/wachtwoord-herstellen');
    const password = page.getByLabel('Nieuw wachtwoord');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await password.fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page)).toContainText('Nieuw wachtwoord moet minstens 12 tekens lang zijn.');
    await checkPage(page, 'wachtwoord-herstellen');

    const newPassword = 'Een-nieuwe-fiets-voor-de-zomer';
    await password.fill(newPassword);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw wachtwoord is gewijzigd');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await checkPage(page, 'wachtwoord-herstellen-klaar');

    await page.getByRole('link', { name: 'Aanmelden' }).last().click();
    await signInWith(page, email, newPassword);
    await expect(page).toHaveURL('/mijn-account');
    await expect(accountNav(page)).toContainText('Anouk uit Zuilen');

    // The same link again: used, so it says so and offers a new one.
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord kiezen');
    await password.fill('Nog-een-ander-wachtwoord-2026');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet (meer)');
    await expect(page.getByRole('link', { name: 'Vraag een nieuwe link aan' })).toBeVisible();
    await checkPage(page, 'wachtwoord-herstellen-ongeldig');
  });

  test('hears plainly when the password is wrong, and how long to wait after too many tries', async ({
    page,
    request,
  }) => {
    await page.goto('/gemeenten/putten');
    await accountNav(page).getByRole('link', { name: 'Aanmelden' }).click();
    await expect(page).toHaveURL('/aanmelden?terug=%2Fgemeenten%2Fputten');
    await expect(page).toHaveTitle('Aanmelden – Samenspel');
    await signInWith(page, DEMO_RESIDENT, 'Niet-het-goede-wachtwoord');
    await expect(summary(page)).toBeFocused();
    await expect(summary(page)).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
    await expect(page).toHaveTitle('Fout: Aanmelden – Samenspel');
    await checkPage(page, 'aanmelden-fout');

    // The right password takes the person back where they came from.
    await signInWith(page, DEMO_RESIDENT, 'Samen-Werken-Aan-Opgaven-2026');
    await expect(page).toHaveURL('/gemeenten/putten');
    await expect(accountNav(page)).toContainText('Fatima uit Overvecht');
    await expect(page.getByRole('link', { name: /Maak een account aan/ })).toHaveCount(0);

    // Five free failures for one address, then a wait (the journeys' first wait is five minutes,
    // see playwright.config.ts): the API's Retry-After becomes a time to wait.
    const unknown = newAddress('niemand');
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await request.post('/api/v1/sessions', { data: { email: unknown, password: 'x' } });
      expect(response.status(), await response.text()).toBe(401);
    }
    const delayed = await request.post('/api/v1/sessions', { data: { email: unknown, password: 'x' } });
    expect(delayed.status()).toBe(429);
    expect((await delayed.json()).code).toBe('sign_in_delayed');
    const fresh = await page.context().browser()!.newContext();
    const other = await fresh.newPage();
    await other.goto('/aanmelden');
    await signInWith(other, unknown, 'Wat-was-het-ook-alweer');
    await expect(summary(other)).toContainText(
      /U heeft het te vaak achter elkaar geprobeerd\. Probeer het over \d+ minuten opnieuw\./,
    );
    await fresh.close();
  });

  test('sees why signing in elsewhere failed, in either language', async ({ page }) => {
    await page.goto('/aanmelden?fout=staff_sign_in_failed');
    await expect(summary(page)).toContainText('Aanmelden via uw organisatie is niet gelukt.');
    await checkPage(page, 'aanmelden-fout-organisatie');

    await page.goto('/aanmelden?fout=iets_onbekends');
    await expect(summary(page)).toContainText('Aanmelden is niet gelukt. Probeer het opnieuw.');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.getByRole('region', { name: /Please check the following/ })).toContainText(
      'Signing in did not work.',
    );
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
    await expect(page.getByLabel('Municipality')).toHaveValue('');
    await checkPage(page, 'registreren-en');
  });

  test('whose session ends elsewhere is told so, and the header follows', async ({
    page,
    context,
    request,
  }) => {
    const email = await registered(request, 'verlopen', 'Sem uit Lunetten');
    await page.goto('/mijn-account');
    await expect(page).toHaveURL('/aanmelden?terug=%2Fmijn-account');
    await signInWith(page, email, PASSWORD);
    await expect(page).toHaveURL('/mijn-account');

    // As if the session expired: the cookie is gone, the page does not know yet.
    await context.clearCookies();
    await page.getByLabel('Uw naam op Samenspel').fill('Sem');
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await expect(summary(page)).toContainText('U bent niet (meer) ingelogd.');
    await expect(accountNav(page).getByRole('link', { name: 'Aanmelden' })).toBeVisible();
  });

  test('deletes the account after confirming, and can no longer sign in', async ({ page, request }) => {
    const email = await registered(request, 'weg', 'Daan uit Hoograven');
    await page.goto('/aanmelden');
    await signInWith(page, email, PASSWORD);
    await expect(page).toHaveURL('/mijn-account');

    await page.getByRole('link', { name: 'Account verwijderen' }).click();
    await expect(page).toHaveURL('/mijn-account/verwijderen');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByText(/‘verwijderde deelnemer’ in plaats van uw naam/)).toBeVisible();
    await checkPage(page, 'account-verwijderen');

    // Changing one's mind leads back, and nothing happened.
    await page.getByRole('link', { name: 'Nee, terug naar mijn account' }).click();
    await expect(page).toHaveURL('/mijn-account');
    await page.getByRole('link', { name: 'Account verwijderen' }).click();

    await page.getByRole('button', { name: 'Ja, verwijder mijn account' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw account is verwijderd');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(accountNav(page).getByRole('link', { name: 'Aanmelden' })).toBeVisible();
    await checkPage(page, 'account-verwijderd');

    await page.goto('/aanmelden');
    await signInWith(page, email, PASSWORD);
    await expect(summary(page)).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
  });
});
