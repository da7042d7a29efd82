import { checkPage, expect, test } from './fixtures';
import { EENZAAMHEID, heading, KOFFIE } from './people';

test.describe('the shell', () => {
  test('switches to English and back, and remembers the choice', async ({ page }) => {
    await page.goto('/gemeenten/utrecht');
    await page.getByRole('button', { name: 'English' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipality of Utrecht');
    await expect(page).toHaveTitle('Municipality of Utrecht – Samenspel');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    await checkPage(page, 'gemeente-utrecht-en');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipality of Utrecht');

    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Municipalities' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipalities on Samenspel');
    await checkPage(page, 'gemeenten-en');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeenten op Samenspel');
  });

  test('links to the accessibility statement and the privacy statement', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');

    await footer.getByRole('link', { name: 'Toegankelijkheid' }).click();
    await expect(page).toHaveURL('/toegankelijkheidsverklaring');
    await expect(page).toHaveTitle('Toegankelijkheidsverklaring – Samenspel');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Loopt u ergens tegenaan?' })).toBeVisible();
    await checkPage(page, 'toegankelijkheidsverklaring');

    await footer.getByRole('link', { name: 'Privacy' }).click();
    await expect(page).toHaveURL('/privacy');
    await expect(page).toHaveTitle('Privacyverklaring – Samenspel');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Uw rechten' })).toBeVisible();
    await checkPage(page, 'privacy');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy statement');
    await expect(page.getByRole('heading', { name: 'Your rights' })).toBeVisible();
    await checkPage(page, 'privacy-en');
    await page.goto('/toegankelijkheidsverklaring');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
    await checkPage(page, 'toegankelijkheidsverklaring-en');
  });

  test('lets a keyboard user skip to the content, with visible focus', async ({ page }) => {
    await page.goto('/gemeenten/utrecht');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Utrecht');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.screenshot({ path: 'test-results/screenshots/skiplink.png' });

    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await expect(skip).not.toBeInViewport();

    // The next stop is inside the content, past the header and the menu.
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focusedInMain).toBe(true);
    // The first link there is the municipality's first opgave (which one depends on what is newest).
    await expect(page.locator(':focus')).toHaveAttribute(
      'href',
      /^\/gemeenten\/utrecht\/opgaven\/[0-9a-f-]{36}$/,
    );
  });

  test('shows an anonymous visitor page after page without an error in the browser', async ({ page }) => {
    // A browser logs every failed request (a 401, a 404) as an error in its console, even one the
    // site expects; a visitor who is not signed in should see none of them.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    for (const path of [
      '/',
      '/gemeenten/utrecht',
      '/gemeenten/utrecht/opgaven',
      '/aanmelden',
      '/registreren',
    ]) {
      await page.goto(path);
      await expect(heading(page)).toBeVisible();
    }
    await page.goto('/gemeenten/utrecht/opgaven');
    await page.getByRole('link', { name: EENZAAMHEID }).click();
    await expect(heading(page)).toHaveText(EENZAAMHEID);
    // The idea as the list of ideas shows it (the list beside the map links it too).
    await page.getByRole('list', { name: 'Gevonden ideeën' }).getByRole('link', { name: KOFFIE }).click();
    await expect(heading(page)).toHaveText(KOFFIE);
    // Reloaded: the first thing a page does is find out whether someone is signed in.
    await page.reload();
    await expect(heading(page)).toHaveText(KOFFIE);
    expect(errors).toEqual([]);
  });
});
