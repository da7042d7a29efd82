/**
 * Places in the browser, against the real API, whose address search and map tiles come from the
 * stand-in on loopback (tests/places_standin.py, started by playwright.config.ts): a resident places
 * an idea by address; the opgave's list of ideas with a place names it with its wijk, and the map
 * shows it; ideas filter by wijk. With the stand-in "down", the list and the address field still
 * work, the page says the map is not available, and the idea goes with a point instead.
 *
 * "Down" is what the API answers when the stand-in is down (502 problem+json, proved against the
 * stand-in in tests/integration/places): this page alone gets it, so the journeys that run beside
 * this one (gatherings.spec.ts places an idea too) keep their map service.
 */
import type { Page } from '@playwright/test';
import { checkPage, checkPhone, expect, test } from './fixtures';
import { confirmedResident, EENZAAMHEID, heading, openOpgave, run, section, signInWith } from './people';

const STADHUIS = 'Stadhuisbrug 1, 3511BM Utrecht';

/** The map service down, for this page: the API's answer when it cannot reach the stand-in. */
async function mapServiceDown(page: Page): Promise<void> {
  const problem = JSON.stringify({
    type: 'urn:nl:samenspel:problem:upstream_unreachable',
    title: 'Slechte gateway',
    status: 502,
    detail: 'De kaartdienst is niet bereikbaar.',
    code: 'upstream_unreachable',
  });
  for (const path of ['**/api/v1/map-tiles/**', '**/api/v1/places/**']) {
    await page.route(path, (route) =>
      route.fulfill({ status: 502, contentType: 'application/problem+json', body: problem }),
    );
  }
}

test.describe('places', () => {
  test('a resident places an idea by address; the opgave’s list and map show it', async ({ page }) => {
    test.setTimeout(120_000);
    const email = await confirmedResident(page.request, `Sam uit de Binnenstad ${run()}`);
    const title = `Een bankje bij de Stadhuisbrug ${run()}`;
    await page.goto('/aanmelden');
    await signInWith(page, email);
    await expect(page).not.toHaveURL(/aanmelden/);
    await openOpgave(page, EENZAAMHEID);
    await section(page, 'Ideeën').getByRole('link', { name: 'Dien een idee in' }).click();
    await expect(heading(page)).toHaveText('Idee indienen');

    await page.getByLabel('Titel van uw idee').fill(title);
    await page
      .getByLabel('Uw idee', { exact: true })
      .fill('Een bank om even te zitten en naar het water te kijken.');
    // A click on the map fills in the point (the coordinates are the keyboard's way to the same).
    const picker = page.getByRole('region', { name: 'Kaart om een punt aan te wijzen' });
    await expect(picker.locator('.leaflet-tile-loaded').first()).toBeVisible();
    await picker.click({ position: { x: 120, y: 90 } });
    await expect(page.getByRole('status').filter({ hasText: 'Punt gekozen op de kaart' })).toBeVisible();
    await expect(page.getByLabel('Breedtegraad')).toHaveValue(/^\d{2}\.\d{6}$/);
    await expect(page.getByLabel('Lengtegraad')).toHaveValue(/^\d\.\d{6}$/);
    await checkPage(page, 'idee-nieuw-kaart');
    // An address instead: then the point gives way to it.
    await page.getByLabel('Breedtegraad').fill('');
    await page.getByLabel('Lengtegraad').fill('');
    await page.getByLabel('Adres', { exact: true }).fill('stadhuisbrug');
    await page.getByLabel('Adres', { exact: true }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'adres gevonden' })).toHaveText(
      '1 adres gevonden. Kies het hieronder.',
    );
    // Choosing it ends the search: the radio group gives way to the chosen address.
    await page.getByRole('radio', { name: STADHUIS }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Gekozen adres' })).toHaveText(
      `Gekozen adres: ${STADHUIS}.`,
    );
    await expect(page.getByRole('group', { name: /Of een punt op de kaart/ })).toBeHidden();
    await checkPage(page, 'idee-nieuw-adres');
    await checkPhone(page, 'idee-nieuw-adres');
    await page.getByRole('button', { name: 'Idee indienen' }).click();
    await expect(heading(page)).toHaveText(title);
    await expect(section(page, 'Over dit idee')).toContainText(STADHUIS);
    await expect(section(page, 'Over dit idee')).toContainText('Wijk: Binnenstad');

    // The opgave's ideas with a place: a numbered list first, then the map with the same numbers.
    await openOpgave(page, EENZAAMHEID);
    const placed = page.getByRole('list', { name: 'Ideeën op de kaart' });
    const item = placed.getByRole('listitem').filter({ hasText: title });
    await expect(item).toContainText(`${STADHUIS}, wijk Binnenstad`);
    await expect(item.getByRole('link', { name: title })).toBeVisible();
    const map = page.getByRole('region', { name: /Kaart met de ideeën/ });
    await expect(map).toBeVisible();
    await expect(map.locator('.leaflet-tile-loaded').first()).toBeVisible();
    const number =
      (await placed.getByRole('listitem').allInnerTexts()).findIndex((text) => text.includes(title)) + 1;
    await expect(map.locator('.samenspel-map-marker', { hasText: new RegExp(`^${number}$`) })).toHaveCount(1);
    await expect(page.getByText('De kaart is nu niet beschikbaar')).toHaveCount(0);
    await checkPage(page, 'opgave-ideeen-kaart');
    await checkPhone(page, 'opgave-ideeen-kaart');

    // Ideas filter by wijk.
    await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Binnenstad (1)' });
    await page.getByRole('button', { name: 'Toon ideeën' }).click();
    await expect(page).toHaveURL(/wijk=WK034404/);
    const results = page.locator('#ideeen-lijst');
    await expect(results.getByRole('link', { name: title })).toBeVisible();
    await expect(results.getByRole('listitem')).toHaveCount(1);
  });

  test('with the map service down, the list and the address field still work', async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      // A tile or lookup the API answers with 502 is a failed resource, which the browser reports
      // itself; anything else the page logs as an error is a fault.
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
        errors.push(message.text());
      }
    });
    const email = await confirmedResident(page.request, `Kim uit West ${run()}`);
    const title = `Een boom op het Kanaleneiland ${run()}`;
    await page.goto('/aanmelden');
    await signInWith(page, email);
    await expect(page).not.toHaveURL(/aanmelden/);
    await mapServiceDown(page);
    {
      await openOpgave(page, EENZAAMHEID);
      const placed = page.getByRole('list', { name: 'Ideeën op de kaart' });
      await expect(placed.getByRole('listitem').first()).toBeVisible();
      await expect(page.getByText('De kaart is nu niet beschikbaar.')).toBeVisible();
      await checkPage(page, 'opgave-ideeen-kaart-weg');

      await section(page, 'Ideeën').getByRole('link', { name: 'Dien een idee in' }).click();
      await page.getByLabel('Titel van uw idee').fill(title);
      await page.getByLabel('Uw idee', { exact: true }).fill('Schaduw op het plein.');
      await page.getByLabel('Adres', { exact: true }).fill('kanaalweg');
      await page.getByRole('button', { name: 'Zoek adres' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'niet bereikbaar' })).toContainText(
        'De adreszoeker is nu niet bereikbaar.',
      );
      await expect(
        page.getByText('De kaart is nu niet beschikbaar. Vul het adres of de coördinaten in.'),
      ).toBeVisible();
      await page.getByLabel('Breedtegraad').fill('52.0774');
      await page.getByLabel('Lengtegraad').fill('5.0951');
      await checkPage(page, 'idee-nieuw-adres-weg');
      await page.getByRole('button', { name: 'Idee indienen' }).click();
      await expect(heading(page)).toHaveText(title);
    }
    expect(errors, 'no console errors').toEqual([]);
  });
});
