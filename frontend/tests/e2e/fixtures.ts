/**
 * What every journey uses: a page that fails the test on any Content Security Policy violation or
 * uncaught error, and `checkPage`, which runs axe-core on the page in the theme it has and in the
 * other shipped theme once per distinct page state (in the whole run, over every worker), and
 * writes a screenshot of that state to test-results/screenshots/ for a person to look at.
 *
 * A new page's journey: visit it, assert what a person sees, then `await checkPage(page, 'name')`.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { CHECKED_STATES } from './checked-states';

export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['voorbeeld-theme', 'utrecht-theme'] as const;

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    expect(problems, 'no CSP violations or uncaught errors').toEqual([]);
  },
});

async function axe(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe-core violations on ${label}`).toEqual([]);
}

/**
 * What makes two page states the same for axe: the route (ids left out) and the page's shape, the
 * elements with their roles, types and states but without their text, with a run of siblings of
 * one shape counted once (a list of three ideas and of thirty look alike to axe).
 */
async function pageState(page: Page): Promise<string> {
  const route = new URL(page.url()).pathname
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')
    .replace(/\/\d+(?=\/|$)/g, '/:n');
  const shape = await page.evaluate(() => {
    const ATTRIBUTES = ['role', 'type', 'aria-expanded', 'aria-invalid', 'aria-current', 'disabled', 'open'];
    function describe(element: Element): string {
      const attributes = ATTRIBUTES.filter((name) => element.hasAttribute(name))
        .map((name) => `${name}=${element.getAttribute(name)}`)
        .join(',');
      const children: string[] = [];
      for (const child of Array.from(element.children)) {
        const described = describe(child);
        if (children[children.length - 1] !== described) children.push(described);
      }
      return `${element.tagName}[${attributes}](${children.join('')})`;
    }
    return describe(document.body);
  });
  return `${route} ${shape}`;
}

/** The first to reach `state` in this run (see `CHECKED_STATES`): making a folder is atomic. */
function firstToCheck(state: string): boolean {
  const name = createHash('sha256').update(state).digest('hex').slice(0, 32);
  try {
    mkdirSync(`${CHECKED_STATES}/${name}`, { recursive: false });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * axe in the page's own theme and in the other one, once per distinct page state (see `pageState`),
 * with a screenshot of the page as it is for a person to look at. A state another journey already
 * checked is neither checked nor photographed again: it looks the same.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expect(page.locator('main h1')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const own = await page.evaluate(() => document.documentElement.dataset.theme ?? 'voorbeeld');
  const state = `${own} ${page.viewportSize()?.width ?? 0} ${await pageState(page)}`;
  if (!firstToCheck(state)) return;
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  await axe(page, `${name} (${own})`);

  const current = own === 'utrecht' ? 'utrecht-theme' : 'voorbeeld-theme';
  const other = THEMES.find((theme) => theme !== current)!;
  await page.evaluate(([from, to]) => document.documentElement.classList.replace(from, to), [
    current,
    other,
  ] as const);
  try {
    await page.evaluate(() => document.fonts.ready);
    await axe(page, `${name} (${other})`);
  } finally {
    await page.evaluate(([from, to]) => document.documentElement.classList.replace(from, to), [
      other,
      current,
    ] as const);
  }
}

/** A phone's screen: what the site must also work on. */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * `checkPage` on a phone-sized screen (axe in both themes, screenshots named `<name>--telefoon`),
 * then back to the screen size the page had.
 */
export async function checkPhone(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    await checkPage(page, `${name}--telefoon`);
  } finally {
    if (size) await page.setViewportSize(size);
  }
}
