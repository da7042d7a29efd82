import { checkPage, expect, test } from './fixtures';

test.describe('the list of municipalities', () => {
  test('shows Putten and Utrecht in the shipped theme', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Gemeenten op Samenspel – Samenspel');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('html')).toHaveClass(/voorbeeld-theme/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeenten op Samenspel');
    const results = page.getByRole('region', { name: 'Resultaten' });
    await expect(results.getByRole('status')).toHaveText('2 gemeenten op Samenspel.');
    await expect(results.getByRole('link', { name: 'Gemeente Putten' })).toBeVisible();
    await expect(results.getByRole('link', { name: 'Gemeente Utrecht' })).toBeVisible();
    await checkPage(page, 'gemeenten');
  });

  test('searches on name', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Naam van de gemeente').fill('utr');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL('/?q=utr');
    const results = page.getByRole('region', { name: 'Resultaten' });
    await expect(results.getByRole('status')).toHaveText('1 gemeente gevonden voor ‘utr’.');
    await expect(results.getByRole('link', { name: 'Gemeente Utrecht' })).toBeVisible();
    await expect(results.getByRole('link', { name: 'Gemeente Putten' })).toHaveCount(0);
    await expect(page.getByLabel('Naam van de gemeente')).toHaveValue('utr');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    await page.getByLabel('Naam van de gemeente').fill('Amsterdam');
    await page.getByLabel('Naam van de gemeente').press('Enter');
    await expect(results.getByRole('status')).toContainText('Geen gemeente gevonden voor ‘Amsterdam’');
    await checkPage(page, 'gemeenten-zoeken-geen-resultaat');

    await page.getByRole('link', { name: 'Toon alle gemeenten' }).click();
    await expect(page).toHaveURL('/');
    await expect(results.getByRole('listitem')).toHaveCount(2);
  });

  test("shows the API's invalidParams next to the field, in a summary that takes focus", async ({ page }) => {
    await page.goto('/');
    const field = page.getByLabel('Naam van de gemeente');
    await field.fill('a'.repeat(101));
    await field.press('Enter');

    const summary = page.getByRole('region', { name: /Controleer het volgende/ });
    await expect(summary).toBeFocused();
    const message = 'Naam van de gemeente mag hoogstens 100 tekens lang zijn.';
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
    await expect(page).toHaveTitle('Fout: Gemeenten op Samenspel – Samenspel');
    await checkPage(page, 'gemeenten-zoeken-fout');

    await summary.getByRole('link', { name: message }).click();
    await expect(field).toBeFocused();

    await field.fill('putten');
    await field.press('Enter');
    await expect(summary).toHaveCount(0);
    await expect(field).not.toHaveAttribute('aria-invalid');
  });
});

test.describe("a municipality's pages", () => {
  test('open in its own theme, and the menu leads back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Gemeente Utrecht' }).click();

    await expect(page).toHaveURL('/gemeenten/utrecht');
    await expect(page).toHaveTitle('Gemeente Utrecht – Samenspel');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Gemeente Utrecht');
    await expect(heading).toBeFocused();
    await expect(page.locator('html')).toHaveClass(/utrecht-theme/);
    await expect(page.locator('html')).not.toHaveClass(/voorbeeld-theme/);
    await expect(page.getByRole('banner')).toContainText('Gemeente Utrecht');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu.getByRole('link', { name: 'Gemeente Utrecht' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByText('bijstandsgerechtigden')).toBeVisible();
    await checkPage(page, 'gemeente-utrecht');

    await menu.getByRole('link', { name: 'Gemeenten' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('html')).toHaveClass(/voorbeeld-theme/);
    await expect(page.getByRole('banner')).not.toContainText('Gemeente Utrecht');
  });

  test('survive a reload of a deep link', async ({ page }) => {
    await page.goto('/gemeenten/putten');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Putten');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Putten');
    await expect(page.locator('html')).toHaveClass(/voorbeeld-theme/);
    await expect(page.getByRole('definition').filter({ hasText: 'GM0273' })).toBeVisible();
    await checkPage(page, 'gemeente-putten');
  });

  test('say so when a municipality does not exist', async ({ page }) => {
    await page.goto('/gemeenten/atlantis');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    await expect(page).toHaveTitle('Pagina niet gevonden – Samenspel');
    await checkPage(page, 'niet-gevonden');
    await page.getByRole('link', { name: 'Naar de lijst met gemeenten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeenten op Samenspel');
  });

  test("apply the municipality's own token overrides", async ({ page }) => {
    // A municipality's theme is tokens: serve Putten with one override and see it applied.
    await page.route('**/api/v1/municipalities/putten', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.theme.tokens = { '--samenspel-brand-color': 'rgb(0, 102, 51)', 'not-a-token': 'x' };
      await route.fulfill({ response, json: body });
    });
    await page.goto('/gemeenten/putten');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Putten');
    const brand = () =>
      page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--samenspel-brand-color'),
      );
    await expect.poll(brand).toBe('rgb(0, 102, 51)');

    // Leaving the municipality removes its overrides again.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gemeenten' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeenten op Samenspel');
    await expect.poll(brand).not.toBe('rgb(0, 102, 51)');
  });
});
