/**
 * Deciding together in the browser, keyboard only: a resident votes within a budget on a ballot
 * staff opened over ideas of the Utrecht opgave; the page says what is left as they choose, refuses
 * nothing silently, and keeps the vote they can change until the close.
 */
import { checkPage, expect, test } from './fixtures';
import { apiSession, confirmedResident, heading, opgaveId, run, section, signInWith } from './people';

const SANNE = 'medewerker.utrecht@demo.samenspel.example'; // procesregisseur of the opgave

test('a resident votes within a budget, keyboard only', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  // Staff open a budget of this journey's own with € 5.000, and a ballot over two ideas.
  const staffApi = page.context().request;
  const headers = await apiSession(staffApi, SANNE, baseURL!);
  const opgave = await opgaveId(staffApi, 'utrecht', 'bijstand-naar-werk');
  const opened = await staffApi.post(`/api/v1/opgaven/${opgave}/budgets`, {
    headers,
    data: { title: `Buurtbudget ${run()}` },
  });
  const budgetId = (await opened.json()).id as string;
  await staffApi.post(`/api/v1/budgets/${budgetId}/contributions`, {
    headers,
    data: { amountCents: 500_000 },
  });
  const listed = (await (await staffApi.get(`/api/v1/opgaven/${opgave}/proposals?limit=50`)).json())
    .items as {
    id: string;
    title: string;
    status: string;
  }[];
  const ideas = listed
    .filter((idea) => ['submitted', 'under_review', 'adopted'].includes(idea.status))
    .slice(0, 2);
  expect(ideas.length).toBe(2);
  const title = `Wat doen we met € 5.000? ${run()}`;
  const now = Date.now();
  const ballot = await staffApi.post(`/api/v1/budgets/${budgetId}/ballots`, {
    headers,
    data: {
      title,
      method: 'knapsack',
      amountCents: 500_000,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 7 * 86_400_000).toISOString(),
      options: ideas.map((idea, index) => ({
        proposalId: idea.id,
        costCents: [300_000, 250_000][index],
      })),
    },
  });
  expect(ballot.status(), await ballot.text()).toBe(201);
  await staffApi.delete('/api/v1/sessions/current', { headers });
  await page.context().clearCookies();
  const resident = await confirmedResident(page.context().request, 'Fatima Kiest');

  // From the budget page to the ballot, and signing in from there.
  await page.goto(`/gemeenten/utrecht/opgaven/${opgave}/budget`);
  await page.getByRole('link', { name: `Stem mee of bekijk de uitslag: ‘${title}’` }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(title);
  await page.getByRole('link', { name: 'Meld u aan om te stemmen.' }).focus();
  await page.keyboard.press('Enter');
  await signInWith(page, resident);
  await expect(heading(page)).toHaveText(title);
  const vote = section(page, 'Uw stem');
  const left = vote.locator('#stem-stand');
  await expect(left).toHaveText('Nog te verdelen: € 5.000');
  await checkPage(page, 'stemming-kiezen');

  // Space on a box chooses it; the line under the boxes says what is left, or how far over.
  const box = (index: number) => vote.getByRole('checkbox', { name: ideas[index]!.title });
  await box(0).focus();
  await page.keyboard.press('Space');
  await expect(left).toHaveText('Nog te verdelen: € 2.000');
  await page.keyboard.press('Tab');
  await expect(box(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(left).toHaveText('U zit € 500 boven het bedrag. Haal een idee weg.');
  // Space again takes it back out.
  await page.keyboard.press('Space');
  await expect(left).toHaveText('Nog te verdelen: € 2.000');
  await vote.getByRole('button', { name: 'Stem uitbrengen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('Uw stem is opgeslagen.');
  await expect(vote.getByRole('button', { name: 'Stem wijzigen' })).toBeVisible();
  await checkPage(page, 'stemming-gestemd');

  // Coming back, the vote is theirs to change: the boxes say what they chose.
  await page.reload();
  await expect(box(0)).toBeChecked();
  await expect(box(1)).not.toBeChecked();
});
