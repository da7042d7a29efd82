/**
 * The people and places the participation and moderation journeys share: residents made through
 * the API and the mailbox, demo staff, sessions for calls a journey makes on the side, a second
 * person in their own browser context, and the demo's opgaven and ideas by name.
 */
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect } from './fixtures';
import { linkIn, waitForMail } from './mailbox';

export const DEMO_PASSWORD = 'Samen-Werken-Aan-Opgaven-2026';
export const PASSWORD = 'Koffie-op-het-Zambesiplein-2026';
export const STAFF = 'medewerker2.utrecht@demo.samenspel.example'; // Ahmed, procesregisseur of "Minder eenzaamheid"
export const EENZAAMHEID = 'Minder eenzaamheid in Overvecht';
export const BIJSTAND = 'Van bijstand naar werk, samen';
export const KOFFIE = 'Elke woensdag koffie op het Zambesiplein';
export const MAATJE = 'Een maatje voor wie net in de wijk komt wonen';

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
export const summary = (page: Page) => page.getByRole('region', { name: /Controleer het volgende/ });
export const section = (page: Page, name: string | RegExp) =>
  page.getByRole('region', { name, exact: typeof name === 'string' });
export const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** A resident of Utrecht with a confirmed address, made through the API and the mailbox. */
export async function confirmedResident(request: APIRequestContext, displayName: string): Promise<string> {
  const email = await newResident(request, displayName);
  const mail = await waitForMail({ to: email, subject: /Bevestig uw e-mailadres/ });
  const token = new URL(linkIn(mail, '/account/bevestigen')).hash.replace(/^#token=/, '');
  const verified = await request.post('/api/v1/account-verifications', { data: { token } });
  expect(verified.status()).toBe(204);
  return email;
}

export async function newResident(request: APIRequestContext, displayName: string): Promise<string> {
  const email = `inwoner-${run()}@example.org`;
  const registered = await request.post('/api/v1/accounts', {
    data: { email, password: PASSWORD, displayName, municipality: 'utrecht' },
  });
  expect(registered.status()).toBe(202);
  return email;
}

export async function signInWith(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/**
 * A session for `email` in `request`'s cookie jar (a page's `request` shares its browser's), with
 * the headers a write needs, as the site's client sends them.
 */
export async function apiSession(
  request: APIRequestContext,
  email: string,
  origin: string,
  password = DEMO_PASSWORD,
) {
  const opened = await request.post('/api/v1/sessions', { data: { email, password } });
  expect(opened.status()).toBe(201);
  const { csrfToken } = await opened.json();
  return { 'X-CSRF-Token': csrfToken as string, Origin: origin };
}

export async function opgaveId(
  request: APIRequestContext,
  municipality: string,
  slug: string,
): Promise<string> {
  const list = await (await request.get(`/api/v1/opgaven?municipality=${municipality}&limit=50`)).json();
  const found = (list.items as { id: string; slug: string }[]).find((item) => item.slug === slug);
  expect(found, `opgave ${slug}`).toBeTruthy();
  return found!.id;
}

export async function openOpgave(page: Page, title: string): Promise<void> {
  await page.goto('/gemeenten/utrecht/opgaven');
  await page.getByRole('link', { name: title }).click();
  await expect(heading(page)).toHaveText(title);
}

/** A second person in the same browser: their own cookies, their own page. */
export async function otherPerson(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL' });
  return context.newPage();
}
