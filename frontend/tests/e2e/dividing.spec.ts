/**
 * Partners divide a budget together in the browser, keyboard only: staff open a round on a budget of
 * the Utrecht opgave and propose a division; a partner organisation consents on the budget page; the
 * procesregisseur then decides the division there, and the grants are in the ledger.
 */
import { checkPage, expect, test } from './fixtures';
import { apiSession, heading, opgaveId, run, section } from './people';

const SANNE = 'medewerker.utrecht@demo.samenspel.example'; // procesregisseur of the opgave
const MARIEKE = 'partner.utrecht@demo.samenspel.example'; // Schuldhulpmaatje, on the team
const OTHERS = ['partner2', 'partner3', 'partner4'].map((key) => `${key}.utrecht@demo.samenspel.example`);

interface Round {
  id: string;
  organisations: { organisationId: string; organisationName: string }[];
  proposals: { id: string }[];
}

test('a partner consents and staff decide the division, keyboard only', async ({
  page,
  baseURL,
  playwright,
}) => {
  test.setTimeout(180_000);
  const staffApi = page.context().request;
  const headers = await apiSession(staffApi, SANNE, baseURL!);
  const opgave = await opgaveId(staffApi, 'utrecht', 'bijstand-naar-werk');
  const budgetTitle = `Werkbudget ${run()}`;
  const budgetId = (
    await (
      await staffApi.post(`/api/v1/opgaven/${opgave}/budgets`, { headers, data: { title: budgetTitle } })
    ).json()
  ).id as string;
  await staffApi.post(`/api/v1/budgets/${budgetId}/contributions`, {
    headers,
    data: { amountCents: 1_000_000 },
  });
  const title = `Samen het werkbudget verdelen ${run()}`;
  const opened = await staffApi.post(`/api/v1/budgets/${budgetId}/rounds`, {
    headers,
    data: { title, respondBy: new Date(Date.now() + 7 * 86_400_000).toISOString() },
  });
  expect(opened.status(), await opened.text()).toBe(201);
  const round = (await opened.json()) as Round;

  // Which organisation each partner answers for.
  const mine = async (email: string) => {
    const context = await playwright.request.newContext({ baseURL });
    const partnerHeaders = await apiSession(context, email, baseURL!);
    const me = await (await context.get('/api/v1/me')).json();
    const id = (me.organisations as { id: string }[])
      .map((o) => o.id)
      .find((o) => round.organisations.some((t) => t.organisationId === o));
    return { context, headers: partnerHeaders, organisationId: id! };
  };
  const marieke = await mine(MARIEKE);
  const others = await Promise.all(OTHERS.map(mine));
  const proposed = await staffApi.post(`/api/v1/budget-rounds/${round.id}/proposals`, {
    headers,
    data: {
      lines: [
        {
          organisationId: marieke.organisationId,
          amountCents: 400_000,
          purpose: 'Schuldhulp op het werkplein',
        },
        { organisationId: others[0]!.organisationId, amountCents: 300_000, purpose: 'Banen bij werkgevers' },
      ],
    },
  });
  expect(proposed.status(), await proposed.text()).toBe(201);
  const proposal = ((await proposed.json()) as Round).proposals[0]!.id;
  for (const other of others) {
    const answered = await other.context.post(`/api/v1/division-proposals/${proposal}/responses`, {
      headers: other.headers,
      data: { organisationId: other.organisationId, position: 'abstain' },
    });
    expect(answered.status(), await answered.text()).toBe(200);
    await other.context.dispose();
  }
  await marieke.context.dispose();
  await staffApi.delete('/api/v1/sessions/current', { headers });
  await page.context().clearCookies();

  // Marieke consents for her organisation on the budget page, with the keyboard.
  const asMarieke = await apiSession(page.context().request, MARIEKE, baseURL!);
  await page.goto(`/gemeenten/utrecht/opgaven/${opgave}/budget`);
  const shown = section(page, title);
  await expect(shown.getByText('Wacht nog op:')).toBeVisible();
  await checkPage(page, 'verdelen-reageren');
  const consent = shown.getByRole('radio', { name: 'Instemmen' });
  await consent.focus();
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await shown.getByRole('button', { name: 'Reactie versturen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('Uw reactie is verstuurd.');
  await expect(shown.getByText(/stemt in/)).toBeVisible();
  await page.request.delete('/api/v1/sessions/current', { headers: asMarieke });
  await page.context().clearCookies();

  // The procesregisseur decides the division: every organisation responded, nobody objects.
  await apiSession(page.context().request, SANNE, baseURL!);
  await page.goto(`/gemeenten/utrecht/opgaven/${opgave}/budget`);
  await expect(heading(page)).toBeVisible();
  const decide = section(page, title);
  await decide.getByLabel('Grondslag van de toekenningen').focus();
  await page.keyboard.type('Subsidieregeling Samen aan de Slag 2027, artikel 4');
  await page.keyboard.press('Tab');
  await expect(decide.getByRole('button', { name: 'Verdeling vaststellen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('De verdeling is vastgesteld');
  await expect(decide.getByText(/Vastgesteld op/)).toBeVisible();
  await checkPage(page, 'verdelen-vastgesteld');
  const budget = await (await page.request.get(`/api/v1/budgets/${budgetId}`)).json();
  expect(budget.grantedCents).toBe(700_000);
});

// FIXME: the postcodes page passed this journey once (the ballot form then showed a date it could not
// read, since fixed); on the last two builds the site failed to start on /gemeenten/putten/beheer/postcodes
// ("Cannot read properties of undefined (reading 'data')" in the SvelteKit start chunk). Not yet found.
test('the beheerder sets postcodes and staff open a ballot for residents from the site, keyboard only', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // Putten: no other journey opens ballots there, so its postcodes change nothing elsewhere.
  await apiSession(page.context().request, 'beheerder.putten@demo.samenspel.example', baseURL!);
  await page.goto('/gemeenten/putten/beheer/postcodes');
  await expect(heading(page)).toHaveText('Postcodes');
  await page.getByRole('textbox', { name: 'Postcodereeksen' }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3880-3882\n3888');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Postcodes opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('Er zijn 2 reeksen vastgelegd.');
  await expect(page.getByText('3880 tot en met 3882')).toBeVisible();
  await checkPage(page, 'beheer-postcodes');
  await page.context().clearCookies();

  const staffApi = page.context().request;
  const headers = await apiSession(staffApi, 'medewerker.putten@demo.samenspel.example', baseURL!);
  const list = await (await staffApi.get('/api/v1/opgaven?municipality=putten&limit=50')).json();
  const opgave = (list.items as { id: string; acceptsProposals?: boolean }[])[0]!.id;
  const budgetTitle = `Dorpsbudget ${run()}`;
  const made = await staffApi.post(`/api/v1/opgaven/${opgave}/budgets`, {
    headers,
    data: { title: budgetTitle },
  });
  expect(made.status(), await made.text()).toBe(201);
  const budgetId = (await made.json()).id as string;
  await staffApi.post(`/api/v1/budgets/${budgetId}/contributions`, {
    headers,
    data: { amountCents: 500_000 },
  });
  await page.goto(`/gemeenten/putten/opgaven/${opgave}/budget/${budgetId}/stemming-openen`);
  await expect(heading(page)).toHaveText('Inwoners laten stemmen');
  const costs = page.getByLabel(/^Kosten van/);
  test.skip((await costs.count()) === 0, 'this opgave has no ideas to put on a ballot');
  const title = `Wat doen we met het dorpsbudget? ${run()}`;
  await page.getByLabel('Naam van de stemming').focus();
  await page.keyboard.type(title);
  await page.getByLabel('Te verdelen bedrag').focus();
  await page.keyboard.type('3000');
  // The window: from today, two weeks by default.
  await expect(page.getByLabel('Stemmen kan tot en met')).not.toHaveValue('');
  await page.getByRole('radio', { name: /Alleen inwoners/ }).focus();
  await page.keyboard.press('Space');
  await costs.first().focus();
  await page.keyboard.type('1250');
  await page.getByRole('button', { name: 'Stemming openen' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(title);
  await checkPage(page, 'stemming-geopend');
  const ballots = await (await page.request.get(`/api/v1/budgets/${budgetId}/ballots`)).json();
  expect(ballots.items[0].eligibility).toBe('postcode');
  expect(ballots.items[0].options[0].costCents).toBe(125_000);
});
