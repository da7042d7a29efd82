/**
 * The municipality's dashboard in the browser, against the real API and its demo data: a medewerker
 * of Utrecht signs in with the keyboard, opens the dashboard from the main menu, reads the totals,
 * each chart (whose bars carry their values in text) and the same figures as tables per month, per
 * opgave and per wijk, and downloads a table as CSV; the figures are the API's. A resident hears
 * that the page is not for them. Checked with axe in both themes, on a phone too.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { checkPage, checkPhone, expect, test } from './fixtures';

const PASSWORD = 'Samen-Werken-Aan-Opgaven-2026';
const STAFF = 'medewerker2.utrecht@demo.samenspel.example'; // Ahmed, medewerker of Utrecht
const RESIDENT = 'inwoner2.utrecht@demo.samenspel.example'; // Peter, a resident
const BIJSTAND = 'Van bijstand naar werk, samen';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Sign in with the keyboard alone: tab to each field, type, and press Enter. */
async function signInWithKeyboard(page: Page, email: string, path: string): Promise<void> {
  await page.goto(`/aanmelden?terug=${encodeURIComponent(path)}`);
  await page.getByLabel('E-mailadres').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(path);
}

test('staff read who takes part and how, as charts and as tables, and download them as CSV', async ({
  page,
}) => {
  // Axe reads every table and chart in two themes, on two screens.
  test.setTimeout(120_000);
  await signInWithKeyboard(page, STAFF, '/gemeenten/utrecht');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(heading(page)).toHaveText('Dashboard');
  await expect(page).toHaveURL('/gemeenten/utrecht/dashboard');

  const api = await page.request.get('/api/v1/municipalities/utrecht/statistics?months=12');
  expect(api.status()).toBe(200);
  const stats = await api.json();

  // The totals, as the API counts them.
  const totals = section(page, 'In totaal');
  await expect(totals.locator('[data-measure="ideas"]')).toHaveText(String(stats.totals.ideas));
  await expect(totals.locator('[data-measure="supports"]')).toHaveText(String(stats.totals.supports));

  // Each chart is one picture with a name that says its figures; its bars say them in text too.
  const overTime = section(page, 'Verloop per maand');
  const ideasChart = page.getByRole('img', { name: /^Ideeën: / });
  await expect(ideasChart).toBeVisible();
  const thisMonth = stats.months.at(-1);
  await expect(ideasChart).toContainText(`: ${thisMonth.ideas}`);
  await expect(overTime).toBeVisible();

  // The same figures as tables: per month, per opgave, per wijk.
  const perOpgave = page.getByRole('table', { name: 'Per opgave' });
  const row = perOpgave.getByRole('row', { name: new RegExp(BIJSTAND) });
  await expect(row).toBeVisible();
  const ideasOfBijstand = stats.opgaven.find(
    (o: { opgave: { title: string } }) => o.opgave.title === BIJSTAND,
  ).ideas;
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(ideasOfBijstand));
  await expect(
    page.getByRole('table', { name: 'Per wijk' }).getByRole('row', { name: /Overvecht/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Per maand' }).getByRole('row')).toHaveCount(13);
  await checkPage(page, 'dashboard');
  await checkPhone(page, 'dashboard');

  // A table as CSV, with the keyboard.
  const download = page.waitForEvent('download');
  const link = page.getByRole('link', { name: 'Download ‘Per opgave’ als CSV' });
  await link.focus();
  await page.keyboard.press('Enter');
  const file = await download;
  const csv = await readFile((await file.path())!, 'utf-8');
  expect(csv.split('\r\n')[0]).toContain('ideeën');
  expect(csv).toContain(BIJSTAND);
});

test('a resident hears the dashboard is not for them', async ({ page }) => {
  await signInWithKeyboard(page, RESIDENT, '/gemeenten/utrecht');
  await expect(
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }),
  ).toHaveCount(0);
  await page.goto('/gemeenten/utrecht/dashboard');
  await expect(heading(page)).not.toHaveText('Dashboard');
  await checkPage(page, 'dashboard-geen-toegang');
});
