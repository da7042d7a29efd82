/**
 * The beheerder's console (`/gemeenten/[slug]/beheer`), a journey per part: only beheerders see it;
 * people and roles; organisations and members; an opgave's team of organisations; API clients with
 * the secret shown once; webhooks and their delivery log; the identity provider; the theme with its
 * contrast refusal; policy domains; the audit log with its CSV. Forms are filled with the keyboard.
 * What changes shared demo data happens in Putten (other journeys read Utrecht), and is undone.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, test } from './fixtures';
import {
  apiSession,
  confirmedResident,
  DEMO_PASSWORD,
  heading,
  PASSWORD,
  run,
  section,
  STAFF,
} from './people';

const UTRECHT = 'beheerder.utrecht@demo.samenspel.example';
const PUTTEN = 'beheerder.putten@demo.samenspel.example';
const MANTELZORG = 'Samen sterk voor mantelzorgers';

/** Signed in as `email` in the page's own browser (its cookie), the console opened. */
async function openConsole(page: Page, baseURL: string, email: string, slug: string, part = '') {
  const headers = await apiSession(page.request, email, baseURL, DEMO_PASSWORD);
  await page.goto(`/gemeenten/${slug}/beheer${part}`);
  return headers;
}

/** Type into a field with the keyboard only: focus it, type, as a person tabbing there would. */
async function type(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
}

async function putten(page: Page, title: string): Promise<string> {
  const list = await (await page.request.get('/api/v1/opgaven?municipality=putten&limit=50')).json();
  const found = (list.items as { id: string; title: string }[]).find((item) => item.title === title);
  expect(found, title).toBeTruthy();
  return found!.id;
}

// The console's journeys fill several forms each, on a machine shared with other work.
test.describe.configure({ timeout: 90_000 });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Onderdelen van het beheer' });

test('only a beheerder sees the console; a medewerker sees no link and is refused', async ({
  page,
  baseURL,
}) => {
  await apiSession(page.request, STAFF, baseURL!);
  await page.goto('/gemeenten/utrecht');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Moderatie' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Beheer', exact: true })).toHaveCount(0);
  await page.goto('/gemeenten/utrecht/beheer/mensen');
  await expect(page.getByText('U hebt geen toegang tot deze gegevens.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Onderdelen van het beheer' })).toHaveCount(0);
  await page.goto('/beheer');
  await expect(page.getByText('U hebt geen toegang tot deze gegevens.')).toBeVisible();

  await page.context().clearCookies();
  await apiSession(page.request, UTRECHT, baseURL!);
  await page.goto('/beheer');
  await expect(page).toHaveURL('/gemeenten/utrecht/beheer');
  await expect(heading(page)).toHaveText('Beheer');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(nav(page).getByRole('link')).toHaveCount(11);
  await expect(nav(page).getByRole('link', { name: 'Postcodes' })).toBeVisible();
  await checkPage(page, 'beheer');
});

test('people: invite someone to a role, who accepts; change the role; take it away', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const name = `Mila de Vries ${run()}`;
  const email = await confirmedResident(page.request, name);
  await openConsole(page, baseURL!, UTRECHT, 'utrecht', '/mensen');
  await expect(heading(page)).toHaveText('Mensen en rollen');

  const invite = section(page, 'Iemand uitnodigen');
  await type(invite.getByLabel('E-mailadres'), email);
  await invite.getByLabel('E-mailadres').press('Enter');
  await expect(page.getByRole('alert').or(page.locator(':focus'))).toContainText(
    `Uitnodiging verstuurd naar ${email}.`,
  );
  const invitation = section(page, 'Uitnodigingen').locator(`[data-invitation="${email}"]`).first();
  await expect(invitation).toContainText('als Medewerker');
  await expect(invitation).toContainText('open');
  await checkPage(page, 'beheer-mensen');

  // The invited person accepts, in their own browser.
  const other = await browser.newContext({ baseURL });
  const headers = await apiSession(other.request, email, baseURL!, PASSWORD);
  const mine = await (await other.request.get('/api/v1/me/invitations')).json();
  const id = (mine.items as { id: string; role: string | null }[]).find(
    (item) => item.role === 'medewerker',
  )!.id;
  expect(
    (
      await other.request.post(`/api/v1/invitations/${id}/responses`, { headers, data: { answer: 'accept' } })
    ).status(),
  ).toBeLessThan(300);
  await other.close();

  await page.reload();
  const row = page.locator(`[data-role-of="${email}"]`);
  await expect(row).toContainText(name);
  await expect(row).toContainText('e-mailadres bevestigd');
  const role = row.getByLabel(`Rol van ${name}`, { exact: true });
  await expect(role).toHaveValue('medewerker');
  await role.focus();
  await role.selectOption('partner');
  await row.getByRole('button', { name: 'Wijzigen' }).press('Enter');
  await expect(page.locator(':focus')).toContainText(`${name} is nu Partner.`);
  await row.getByRole('button', { name: `Rol van ${name} intrekken` }).press('Enter');
  await expect(page.locator(':focus')).toContainText(`${name} is nu inwoner.`);
  await expect(page.locator(`[data-role-of="${email}"]`)).toHaveCount(0);
});

test('organisations: add one, invite a member', async ({ page, baseURL }) => {
  await openConsole(page, baseURL!, UTRECHT, 'utrecht', '/organisaties');
  await expect(heading(page)).toHaveText('Organisaties');
  const name = `Stichting Beheerproef ${run()}`;
  const form = section(page, 'Organisatie toevoegen');
  await type(form.getByLabel('Naam'), name);
  await type(form.getByLabel('KvK-nummer'), '1234');
  await form.getByRole('button', { name: 'Toevoegen' }).press('Enter');
  await expect(summary(page)).toContainText('KvK-nummer');
  await type(form.getByLabel('KvK-nummer'), '12345678');
  await form.getByRole('button', { name: 'Toevoegen' }).press('Enter');
  await expect(page.locator(':focus')).toContainText(`${name} is toegevoegd.`);
  await checkPage(page, 'beheer-organisaties');

  await page.getByRole('link', { name }).click();
  await expect(heading(page)).toHaveText(name);
  await expect(page.getByText('Nog geen leden.')).toBeVisible();
  const member = section(page, 'Lid toevoegen');
  await type(member.getByLabel('E-mailadres'), `lid-${run()}@example.org`);
  await member.getByLabel('Beheerder van de organisatie').press('Space');
  await member.getByRole('button', { name: 'Lid toevoegen' }).press('Enter');
  await expect(page.locator(':focus')).toContainText('is uitgenodigd als lid.');
  await checkPage(page, 'beheer-organisatie');
});

test("an opgave's team: an organisation added, its role changed, taken out", async ({ page, baseURL }) => {
  const headers = await apiSession(page.request, PUTTEN, baseURL!);
  const name = `Zorgcoöperatie Proef ${run()}`;
  const made = await page.request.post('/api/v1/organisations', {
    headers,
    data: { municipality: 'putten', name, kind: 'societal_organisation' },
  });
  expect(made.status()).toBe(201);
  await page.goto('/gemeenten/putten/beheer/teams');
  await expect(heading(page)).toHaveText('Teams van opgaven');
  await checkPage(page, 'beheer-teams');
  await page.getByRole('link', { name: MANTELZORG }).click();
  await expect(heading(page)).toHaveText(`Team van ${MANTELZORG}`);

  const form = section(page, 'Organisatie toevoegen aan het team');
  await form.getByLabel('Organisatie', { exact: true }).focus();
  await form.getByLabel('Organisatie', { exact: true }).selectOption({ label: name });
  await form.getByLabel('Rol als partner').selectOption('funder');
  await form.getByRole('button', { name: 'Uitnodigen' }).press('Enter');
  await expect(page.locator(':focus')).toContainText(`${name} is uitgenodigd voor het team.`);
  const row = page.locator(`[data-team-organisation="${name}"]`);
  await expect(row).toContainText('uitgenodigd');
  await expect(row.getByRole('combobox', { name: `Rol van ${name}` })).toHaveValue('funder');
  await checkPage(page, 'beheer-team');
  await row.getByRole('combobox', { name: `Rol van ${name}` }).selectOption('co_owner');
  await row.getByRole('button', { name: 'Wijzigen' }).press('Enter');
  await expect(page.locator(':focus')).toContainText(`De rol van ${name} is gewijzigd.`);
  await row.getByRole('button', { name: `${name} uit het team halen` }).press('Enter');
  await expect(page.locator(':focus')).toContainText(`${name} is uit het team gehaald.`);
});

test('API clients: the secret shown once, a new secret, revoked', async ({ page, baseURL, playwright }) => {
  await openConsole(page, baseURL!, UTRECHT, 'utrecht', '/koppelingen');
  await expect(heading(page)).toHaveText('API-koppelingen');
  const name = `Zaaksysteem ${run()}`;
  const form = section(page, 'Nieuwe koppeling');
  await type(form.getByLabel('Naam'), name);
  await form.getByRole('button', { name: 'Aanmaken' }).press('Enter');
  await expect(summary(page)).toContainText('Wat de koppeling mag');
  await form.getByLabel('Opgaven lezen (opgaven:read)').press('Space');
  await form.getByLabel('Auditlog lezen (audit:read)').press('Space');
  await form.getByRole('button', { name: 'Aanmaken' }).press('Enter');
  await expect(page.getByRole('region', { name: 'Het geheim, alleen nu' })).toBeVisible();
  const clientId = (await page.locator('[data-client-id]').textContent())!.trim();
  const secret = (await page.locator('[data-client-secret]').textContent())!.trim();
  expect(secret.length).toBeGreaterThan(20);
  const row = page.locator(`[data-client="${name}"]`);
  await expect(row).toContainText('nog nooit gebruikt');
  await expect(row).toContainText('Auditlog lezen');
  await checkPage(page, 'beheer-koppelingen');

  // The system fetches a token; the console says when.
  const machine = await playwright.request.newContext({ baseURL });
  const token = async (password: string) =>
    (
      await machine.post('/api/v1/oauth/token', {
        form: { grant_type: 'client_credentials' },
        headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${password}`).toString('base64')}` },
      })
    ).status();
  expect(await token(secret)).toBe(200);
  await page.reload();
  await expect(row).toContainText('laatst gebruikt');
  await expect(page.locator('[data-client-secret]')).toHaveCount(0);

  await row.getByRole('button', { name: `Geheim van ${name} vernieuwen` }).press('Enter');
  await expect(page.locator(':focus')).toContainText(`${name} heeft een nieuw geheim`);
  const renewed = (await page.locator('[data-client-secret]').textContent())!.trim();
  expect(renewed).not.toBe(secret);
  expect(await token(secret)).toBe(401);
  expect(await token(renewed)).toBe(200);

  await row.getByRole('button', { name: `Koppeling ${name} intrekken` }).press('Enter');
  await expect(page.locator(':focus')).toContainText(`${name} is ingetrokken`);
  await expect(row).toContainText('Ingetrokken');
  expect(await token(renewed)).toBe(401);
  await machine.dispose();
});

test('webhooks: subscribe an address, see its delivery log, deliver again', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const received: IncomingHttpHeaders[] = [];
  const receiver = createServer((request, response) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(200, { 'WebHook-Allowed-Origin': '*' }).end();
      return;
    }
    received.push(request.headers);
    request.resume();
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/samenspel`;
  try {
    const headers = await openConsole(page, baseURL!, PUTTEN, 'putten', '/webhooks');
    await expect(heading(page)).toHaveText('Webhooks');
    const form = section(page, 'Nieuw abonnement');
    await type(form.getByLabel('Adres (https)'), url);
    await type(form.getByLabel('Omschrijving'), 'Zaaksysteem Putten');
    await form.getByLabel('nl.samenspel.action-line.created').press('Space');
    await form.getByRole('button', { name: 'Abonneren' }).press('Enter');
    await expect(page.locator(':focus')).toContainText(`${url} is geabonneerd.`);
    await expect(page.locator('[data-webhook-secret]')).toContainText('whsec_');
    await checkPage(page, 'beheer-webhooks');

    // Something happens in Putten that the subscription asks for.
    const opgave = await putten(page, MANTELZORG);
    const line = await page.request.post(`/api/v1/opgaven/${opgave}/action-lines`, {
      headers,
      data: { title: `Actielijn voor de webhook ${run()}` },
    });
    expect(line.status()).toBe(201);
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);

    await page.getByRole('link', { name: url }).click();
    await expect(heading(page)).toHaveText('Bezorglogboek');
    const delivery = page.locator('[data-delivery="nl.samenspel.action-line.created"]');
    await expect(async () => {
      await page.reload();
      await expect(delivery).toContainText('bezorgd', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(delivery).toContainText('antwoord 204');
    await checkPage(page, 'beheer-webhook');
    await delivery.getByRole('button', { name: /opnieuw bezorgen/ }).press('Enter');
    await expect(page.locator(':focus')).toContainText('De gebeurtenis wordt opnieuw bezorgd.');
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
    expect(received[1]!['webhook-id']).toBe(received[0]!['webhook-id']);

    await page.getByRole('button', { name: 'Abonnement beëindigen' }).press('Enter');
    await expect(heading(page)).toHaveText('Webhooks');
  } finally {
    receiver.close();
  }
});

// Both change Putten's own resource (the provider is part of its public view, so its version goes up):
// run in parallel, one's save would meet the other's change (412), as two beheerders' would.
test.describe("Putten's own settings", () => {
  test.describe.configure({ mode: 'serial' });

  test('the identity provider: set, the redirect URI and a test sign-in, removed', async ({
    page,
    baseURL,
  }) => {
    await openConsole(page, baseURL!, PUTTEN, 'putten', '/inloggen');
    await expect(heading(page)).toHaveText('Inloggen voor medewerkers');
    await expect(page.getByText('Er is nog geen identiteitsprovider ingesteld.')).toBeVisible();
    await checkPage(page, 'beheer-inloggen-leeg');
    const form = section(page, 'Inloggen voor medewerkers');
    await type(form.getByLabel('Issuer'), 'http://10.0.0.1/realms/putten');
    await type(form.getByLabel('Client-id'), 'samenspel-putten');
    await type(form.getByLabel('Clientgeheim', { exact: true }), 'g'.repeat(32));
    await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
    await expect(summary(page)).toContainText('Issuer');
    await type(form.getByLabel('Issuer'), 'https://login.putten.example.org/realms/medewerkers');
    await form.getByRole('button', { name: 'Opslaan' }).press('Enter');
    await expect(page.locator(':focus')).toContainText('De identiteitsprovider is opgeslagen.');
    await expect(page.locator('[data-redirect-uri]')).toContainText('/api/v1/staff-sign-in/callback');
    await expect(page.getByRole('link', { name: 'Aanmelden testen' })).toHaveAttribute(
      'href',
      '/api/v1/municipalities/putten/staff-sign-in?returnTo=%2Fgemeenten%2Fputten%2Fbeheer%2Finloggen',
    );
    await checkPage(page, 'beheer-inloggen');
    await page.getByRole('button', { name: 'Identiteitsprovider verwijderen' }).press('Enter');
    await expect(page.locator(':focus')).toContainText('De identiteitsprovider is verwijderd.');
    await expect(page.getByText('Er is nog geen identiteitsprovider ingesteld.')).toBeVisible();
  });

  test('the theme: a live preview, a pair below AA refused here and by the API, a readable one saved', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const headers = await openConsole(page, baseURL!, PUTTEN, 'putten', '/thema');
    const before = await page.request.get('/api/v1/municipalities/putten');
    const original = (await before.json()).theme;
    try {
      await expect(heading(page)).toHaveText('Thema');
      await checkPage(page, 'beheer-thema');
      const text = page.getByLabel('Tekst op de pagina: tekst');
      await type(text, '#cccccc');
      await type(page.getByLabel('Tekst op de pagina: achtergrond'), '#ffffff');
      await expect(page.locator('[data-contrast="document"]')).toContainText('contrast 1,6 : 1: te weinig');
      // The preview shows it at once.
      await expect(page.locator('[data-preview]')).toHaveCSS('color', 'rgb(204, 204, 204)');
      await text.press('Enter');
      await expect(summary(page)).toContainText('Tekst op de pagina heeft een contrast van 1,6 : 1');
      // The API refuses the same, naming the pair.
      const refused = await page.request.patch('/api/v1/municipalities/putten', {
        headers: { ...headers, 'If-Match': before.headers().etag! },
        data: {
          theme: {
            baseTheme: 'voorbeeld',
            tokens: {
              '--utrecht-document-color': '#cccccc',
              '--utrecht-document-background-color': '#ffffff',
            },
          },
        },
      });
      expect(refused.status()).toBe(400);
      const problem = await refused.json();
      expect(problem.code).toBe('insufficient_contrast');
      expect(problem.invalidParams[0].name).toBe('theme.tokens.--utrecht-document-color');

      await type(text, '#1a1a1a');
      await expect(page.locator('[data-contrast="document"]')).toContainText('voldoende');
      await text.press('Enter');
      await expect(page.locator(':focus')).toContainText('Het thema is opgeslagen.');
      await expect
        .poll(() =>
          page.evaluate(() => document.documentElement.style.getPropertyValue('--utrecht-document-color')),
        )
        .toBe('#1a1a1a');
      await checkPage(page, 'beheer-thema-opgeslagen');
    } finally {
      const now = await page.request.get('/api/v1/municipalities/putten');
      await page.request.patch('/api/v1/municipalities/putten', {
        headers: { ...headers, 'If-Match': now.headers().etag! },
        data: { theme: original },
      });
    }
  });
});

test('policy domains: add, rename, remove', async ({ page, baseURL }) => {
  await openConsole(page, baseURL!, PUTTEN, 'putten', '/beleidsdomeinen');
  await expect(heading(page)).toHaveText('Beleidsdomeinen');
  const short = `proef-${run()}`;
  const form = section(page, 'Beleidsdomein toevoegen');
  await type(form.getByLabel('Naam', { exact: true }), 'Proefdomein');
  await type(form.getByLabel('Korte naam in adressen'), short);
  await form.getByRole('button', { name: 'Toevoegen' }).press('Enter');
  await expect(page.locator(':focus')).toContainText('Proefdomein is toegevoegd.');
  const row = page.locator(`[data-domain="${short}"]`);
  await type(row.getByRole('textbox', { name: 'Naam van Proefdomein' }), 'Proefdomein hernoemd');
  await row.getByRole('button', { name: 'Wijzigen' }).press('Enter');
  await expect(page.locator(':focus')).toContainText('De naam is nu Proefdomein hernoemd.');
  await checkPage(page, 'beheer-beleidsdomeinen');
  await row.getByRole('button', { name: 'Proefdomein hernoemd verwijderen' }).press('Enter');
  await expect(page.locator(':focus')).toContainText('Proefdomein hernoemd is verwijderd.');
  await expect(page.locator(`[data-domain="${short}"]`)).toHaveCount(0);
});

test('the audit log: filtered, and downloaded as CSV', async ({ page, baseURL }) => {
  const headers = await apiSession(page.request, UTRECHT, baseURL!);
  const made = await page.request.post('/api/v1/organisations', {
    headers,
    data: { municipality: 'utrecht', name: `Buurtbedrijf Auditproef ${run()}`, kind: 'entrepreneur' },
  });
  expect(made.status()).toBe(201);
  await page.goto('/gemeenten/utrecht/beheer/auditlog');
  await expect(heading(page)).toHaveText('Auditlog');
  await expect(page.getByRole('table', { name: 'Auditlog, nieuwste eerst' })).toBeVisible();
  await checkPage(page, 'beheer-auditlog');
  await type(page.getByLabel('Handeling'), 'organisation.created');
  await page.getByLabel('Handeling').press('Enter');
  const rows = page.locator('#auditregels tr');
  await expect(rows.first()).toHaveAttribute('data-action', 'organisation.created');
  for (const action of await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-action')))) {
    expect(action).toBe('organisation.created');
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als CSV' }).press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('samenspel-utrecht-auditlog.csv');
  const csv = await (await file.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toBe('id,createdAt,actorType,actorId,action,objectType,objectId,result,requestId,details');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.split(',')[4] === 'organisation.created')).toBe(true);
});

const summary = (page: Page) => page.getByRole('region', { name: /Controleer het volgende/ });
