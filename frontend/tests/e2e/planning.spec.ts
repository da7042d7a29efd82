/**
 * Planning on the site, against the real API and its demo data: the procesregisseur of the Utrecht
 * opgave ‘Van bijstand naar werk, samen’ plans a task for two organisations from a partner's idea
 * (starting on the idea's page), changes it (while someone else changes it too), opens a budget,
 * puts € 10.000 of the municipality in and renames the budget (again while someone else changes
 * it); a partner on the team then finds the task in their workspace and the pledge in the public
 * budget view, and none of the staff's ways in.
 *
 * The task goes into an action line that already has tasks, so the opgave's list of lines stays
 * as the other journeys read it; the new budget and the pledge are this journey's own.
 *
 * Then money only from who has it: a partner pledges from her workspace and the pledge waits; staff
 * confirm it, reject another, and correct a confirmed one in the ledger. On a budget of its own.
 */
import type { Page } from '@playwright/test';
import { checkPage, expect, test } from './fixtures';
import {
  apiSession,
  BIJSTAND,
  DEMO_PASSWORD,
  heading,
  openOpgave,
  opgaveId,
  run,
  section,
  signInWith,
  summary,
} from './people';

const SANNE = 'medewerker.utrecht@demo.samenspel.example'; // procesregisseur of the opgave
const MARIEKE = 'partner.utrecht@demo.samenspel.example'; // Schuldhulpmaatje Utrecht, on the team
const LINDA = 'partner3.utrecht@demo.samenspel.example'; // Kinderopvang Zonnestraal, on the team
const ZONNESTRAAL = 'Kinderopvang Zonnestraal';
const LINE = 'Meer maatwerk en persoonlijke aandacht';
const IDEA = 'Kinderopvang op de dag van het sollicitatiegesprek';
const TASK = 'Kinderopvang regelen voor sollicitatietrainingen';
const MEANWHILE = 'Kinderopvang regelen voor sollicitaties en trainingen';
const BUDGET = 'Budget kinderopvang bij sollicitaties';
const RENAMED = 'Budget kinderopvang bij sollicitaties en trainingen';
const PLACES = 'Hoeveel organisaties kunnen de taak oppakken?';

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account' });
const focused = (page: Page) => page.locator(':focus');

/** From the page someone is on, through the header's sign-in link, and back. */
async function signInHere(page: Page, email: string): Promise<void> {
  const here = new URL(page.url()).pathname;
  await accountNav(page).getByRole('link', { name: 'Aanmelden' }).click();
  await signInWith(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(here);
}

test('staff plan a task from an idea, change it, open a budget and fund it; a partner sees it all', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await openOpgave(page, BIJSTAND);
  // Before signing in, nobody is offered to plan.
  await expect(section(page, 'Taken').getByRole('link', { name: 'Taak plannen' })).toHaveCount(0);
  await expect(section(page, 'Budget').getByRole('link', { name: 'Budget openen' })).toHaveCount(0);
  await signInHere(page, SANNE);

  // Plan a task from the idea's own page: the form starts with the idea ticked.
  await expect(section(page, 'Taken').getByRole('link', { name: 'Taak plannen' })).toBeVisible();
  await section(page, 'Ideeën').getByRole('link', { name: IDEA }).click();
  await expect(heading(page)).toHaveText(IDEA);
  const planFromIdea = section(page, 'Voor de gemeente').getByRole('link', {
    name: 'Taak plannen vanuit dit idee',
  });
  await expect(planFromIdea).toHaveAttribute('href', /\/taken\/nieuw\?idee=[0-9a-f-]{36}$/);
  await checkPage(page, 'idee-medewerker');
  await planFromIdea.click();
  await expect(heading(page)).toHaveText('Taak plannen');
  await expect(page.getByRole('checkbox', { name: IDEA })).toBeChecked();

  // What is missing is said at its field, in a summary that takes focus.
  await expect(page).toHaveTitle(`Taak plannen – ${BIJSTAND} – Gemeente Utrecht – Samenspel`);
  await expect(page.getByLabel(PLACES)).toHaveValue('1');
  await page.getByLabel(PLACES).fill('twee');
  await page.getByRole('button', { name: 'Taak plannen' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Vul het veld ‘Titel’ in.');
  await expect(summary(page)).toContainText(`Vul bij ‘${PLACES}’ een heel getal in, zoals 2.`);
  await expect(page.getByLabel(PLACES)).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'taak-plannen-fout');

  await page.getByLabel('Titel').fill(TASK);
  await page
    .getByLabel(/^Omschrijving/)
    .fill('Opvang voor de kinderen van deelnemers op de dagen van de sollicitatietraining.');
  await page.getByLabel('Actielijn').selectOption({ label: LINE });
  await page.getByLabel(/^Geschatte inzet in uren/).fill('24');
  await page.getByLabel(/^Klaar op/).fill('2027-03-01');
  await page.getByLabel(PLACES).fill('2');
  await page.getByLabel(/^Vraagt om/).fill('kinderopvang, sollicitatietraining');
  await expect(page.getByRole('checkbox', { name: IDEA })).toBeChecked();
  await checkPage(page, 'taak-plannen');
  await page.getByRole('button', { name: 'Taak plannen' }).click();

  // The new task's own page.
  await expect(heading(page)).toHaveText(TASK);
  await expect(page).toHaveURL(/\/gemeenten\/utrecht\/opgaven\/[0-9a-f-]{36}\/taken\/[0-9a-f-]{36}$/);
  const taskUrl = page.url();
  const taskId = taskUrl.split('/').pop()!;
  await expect(page.getByText(`De taak ‘${TASK}’ staat in het plan.`)).toBeVisible();
  const details = section(page, 'Over deze taak');
  await expect(details).toContainText(LINE);
  await expect(details).toContainText('24 uur');
  await expect(details).toContainText('0 van de 2 plekken bezet.');
  await expect(details).toContainText('sollicitatietraining');
  await expect(details).toContainText(IDEA);
  await checkPage(page, 'taak-gepland');

  // Change it, while someone else changes it too: the form says so plainly and offers the newest.
  await section(page, 'Voor de gemeente').getByRole('link', { name: 'Taak wijzigen' }).click();
  await expect(heading(page)).toHaveText('Taak wijzigen');
  await expect(page.getByLabel(PLACES)).toHaveValue('2');
  await expect(page.getByRole('checkbox', { name: IDEA })).toBeChecked();
  await page.getByLabel(/^Geschatte inzet in uren/).fill('32');

  const me = await (await page.request.get('/api/v1/me')).json();
  const current = await page.request.get(`/api/v1/tasks/${taskId}`);
  const changed = await page.request.patch(`/api/v1/tasks/${taskId}`, {
    headers: { 'If-Match': current.headers().etag!, 'X-CSRF-Token': me.csrfToken, Origin: baseURL! },
    data: { title: MEANWHILE },
  });
  expect(changed.status()).toBe(200);

  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const stale = page.getByRole('region', { name: 'Intussen gewijzigd' });
  await expect(stale).toBeFocused();
  await expect(stale).toContainText('Iemand anders heeft deze taak gewijzigd');
  await expect(page.getByLabel(/^Geschatte inzet in uren/)).toHaveValue('32');
  await checkPage(page, 'taak-wijzigen-verouderd');
  await stale.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(focused(page)).toContainText('Het formulier toont nu de nieuwste versie van de taak.');
  await expect(page.getByLabel('Titel')).toHaveValue(MEANWHILE);
  await expect(page.getByLabel(/^Geschatte inzet in uren/)).toHaveValue('24');
  await page.getByLabel(/^Geschatte inzet in uren/).fill('32');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page).toHaveURL(taskUrl);
  await expect(heading(page)).toHaveText(MEANWHILE);
  await expect(page.getByText('De wijzigingen in de taak zijn opgeslagen.')).toBeVisible();
  await expect(section(page, 'Over deze taak')).toContainText('32 uur');
  await expect(section(page, 'Over deze taak')).toContainText('0 van de 2 plekken bezet.');

  // Open a budget from the opgave's page, then put the municipality's money in.
  await page.getByRole('link', { name: `Terug naar de opgave ‘${BIJSTAND}’` }).click();
  await expect(section(page, 'Taken').getByRole('listitem').filter({ hasText: MEANWHILE })).toContainText(
    '2 plekken vrij · 32 uur',
  );
  await section(page, 'Budget').getByRole('link', { name: 'Budget openen' }).click();
  await expect(heading(page)).toHaveText('Budget openen');
  await page.getByLabel('Naam van het budget').fill(BUDGET);
  await page.getByLabel(/^Omschrijving/).fill('Voor opvang op de dagen dat ouders solliciteren of trainen.');
  await page.getByLabel('Voor de actielijn').selectOption({ label: LINE });
  await checkPage(page, 'budget-openen');
  await page.getByRole('button', { name: 'Budget openen' }).click();

  await expect(heading(page)).toHaveText(`Budget van ‘${BIJSTAND}’`);
  const manage = section(page, 'Voor de gemeente');
  await expect(manage).toContainText(`Het budget ‘${BUDGET}’ is geopend.`);
  const pledge = manage.getByRole('form', { name: 'Geld van de gemeente inleggen' });
  await expect(pledge.getByLabel('Budget')).toHaveValue(/^[0-9a-f-]{36}$/);
  await expect(pledge.getByLabel('Budget').locator('option:checked')).toHaveText(BUDGET);
  await pledge.getByLabel('Bedrag in euro’s').fill('tienduizend');
  await pledge.getByRole('button', { name: 'Bijdrage toezeggen' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText(
    'Vul bij ‘Bedrag in euro’s’ een bedrag in, zoals 4.500 of 1.250,50.',
  );
  await pledge.getByLabel('Bedrag in euro’s').fill('10.000');
  await pledge.getByLabel(/^Toelichting/).fill('Uit het budget armoedebestrijding 2026.');
  await pledge.getByRole('button', { name: 'Bijdrage toezeggen' }).click();
  await expect(focused(page)).toContainText(
    `De inleg van de gemeente van € 10.000 in ‘${BUDGET}’ staat in het kasboek.`,
  );
  const opened = section(page, BUDGET);
  await expect(opened).toContainText(`Voor de actielijn ‘${LINE}’`);
  await expect(
    opened.getByRole('table', { name: /Wie legde in/ }).getByRole('row', { name: /Gemeente Utrecht/ }),
  ).toContainText('€ 10.000');
  // The form keeps the budget for a next pledge.
  await expect(pledge.getByLabel('Budget').locator('option:checked')).toHaveText(BUDGET);
  await checkPage(page, 'budget-inleg-gemeente');

  // Rename the budget, while someone else changes its description: the form says so plainly and
  // keeps the new name; saving once more saves the form's version on purpose.
  await opened.getByRole('link', { name: `Budget wijzigen: ${BUDGET}` }).click();
  await expect(heading(page)).toHaveText('Budget wijzigen');
  await expect(page.getByLabel('Naam van het budget')).toHaveValue(BUDGET);
  await expect(page.getByLabel('Voor de actielijn').locator('option:checked')).toHaveText(LINE);
  const budgetId = new URL(page.url()).pathname.split('/').at(-2)!;
  await page.getByLabel('Naam van het budget').fill(RENAMED);

  const shownBudget = await page.request.get(`/api/v1/budgets/${budgetId}`);
  const described = await page.request.patch(`/api/v1/budgets/${budgetId}`, {
    headers: { 'If-Match': shownBudget.headers().etag!, 'X-CSRF-Token': me.csrfToken, Origin: baseURL! },
    data: { description: 'Voor opvang op sollicitatie- en trainingsdagen.' },
  });
  expect(described.status()).toBe(200);

  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const staleBudget = page.getByRole('region', { name: 'Intussen gewijzigd' });
  await expect(staleBudget).toBeFocused();
  await expect(staleBudget).toContainText('Iemand anders heeft dit budget gewijzigd');
  await expect(page.getByLabel('Naam van het budget')).toHaveValue(RENAMED);
  await checkPage(page, 'budget-wijzigen-verouderd');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(heading(page)).toHaveText(`Budget van ‘${BIJSTAND}’`);
  await expect(section(page, 'Voor de gemeente')).toContainText(
    `De wijzigingen in het budget ‘${RENAMED}’ zijn opgeslagen.`,
  );
  await expect(section(page, RENAMED)).toContainText(`Voor de actielijn ‘${LINE}’`);
  // Saving sends the whole form: the description it showed, not the other change.
  await expect(section(page, RENAMED)).toContainText(
    'Voor opvang op de dagen dat ouders solliciteren of trainen.',
  );
  await checkPage(page, 'budget-gewijzigd');

  // English second: the same way in, in the other language.
  await page.getByRole('button', { name: 'English' }).click();
  const forStaff = section(page, 'For the municipality');
  await expect(forStaff.getByRole('link', { name: 'Open a budget' })).toBeVisible();
  await expect(forStaff.getByRole('form', { name: 'Put in the municipality’s money' })).toBeVisible();
  await checkPage(page, 'budget-inleg-gemeente--english');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await accountNav(page).getByRole('button', { name: 'Afmelden' }).click();
  await expect(heading(page)).toHaveText('U bent afgemeld');

  // Marieke, of a partner organisation on the team, finds the task in her workspace.
  await openOpgave(page, BIJSTAND);
  await signInHere(page, MARIEKE);
  await expect(section(page, 'Taken').getByRole('link', { name: 'Taak plannen' })).toHaveCount(0);
  await expect(section(page, 'Budget').getByRole('link', { name: 'Budget openen' })).toHaveCount(0);
  await accountNav(page).getByRole('link', { name: 'Werkruimte' }).click();
  await expect(heading(page)).toHaveText('Werkruimte van Schuldhulpmaatje Utrecht');
  const open = section(page, 'Taken om op te pakken');
  await expect(open.getByRole('listitem').filter({ hasText: MEANWHILE })).toContainText('2 plekken vrij');
  await open.getByRole('link', { name: MEANWHILE }).click();
  await expect(heading(page)).toHaveText(MEANWHILE);
  await expect(section(page, 'Over deze taak')).toContainText(IDEA);
  await expect(
    section(page, 'Deze taak oppakken').getByRole('button', { name: 'Taak oppakken' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Taak wijzigen' })).toHaveCount(0);
  await expect(section(page, 'Voor de gemeente')).toHaveCount(0);
  await checkPage(page, 'taak-gepland-partner');

  // The staff's pages are not hers: no form to send.
  await page.goto(`${taskUrl}/wijzigen`);
  await expect(page.getByRole('button', { name: 'Wijzigingen opslaan' })).toHaveCount(0);

  // The public budget view shows the municipality's pledge, in the chart, among the funders and in
  // the ledger; no way to open a budget or to pledge for the municipality.
  await openOpgave(page, BIJSTAND);
  await section(page, 'Budget')
    .getByRole('link', { name: /Bekijk het budget/ })
    .click();
  await expect(heading(page)).toHaveText(`Budget van ‘${BIJSTAND}’`);
  const shown = section(page, RENAMED);
  await expect(shown.getByRole('img')).toHaveAccessibleName(/^Ingelegd: €\s10\.000; Toegekend: €\s0;/);
  await expect(
    shown.getByRole('table', { name: /Wie legde in/ }).getByRole('row', { name: /Gemeente Utrecht/ }),
  ).toContainText('€ 10.000');
  const ledger = shown.getByRole('table', { name: /Kasboek/ }).getByRole('row');
  await expect(ledger).toHaveCount(2);
  await expect(ledger.last()).toContainText('Inleg');
  await expect(ledger.last()).toContainText('Gemeente Utrecht');
  await expect(section(page, 'Voor de gemeente')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Budget openen' })).toHaveCount(0);
  await checkPage(page, 'budget-inleg-partner');
});

test('a partner’s pledge waits until staff confirm it; staff reject one and correct one in the ledger', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // A budget of this journey's own, with € 5.000 of the municipality in it (which counts at once).
  const pot = `Potje opvang ${run()}`;
  const staffApi = page.context().request;
  const headers = await apiSession(staffApi, SANNE, baseURL!);
  const opgave = await opgaveId(staffApi, 'utrecht', 'bijstand-naar-werk');
  const opened = await staffApi.post(`/api/v1/opgaven/${opgave}/budgets`, { headers, data: { title: pot } });
  expect(opened.status()).toBe(201);
  const budgetId = (await opened.json()).id as string;
  const funded = await staffApi.post(`/api/v1/budgets/${budgetId}/contributions`, {
    headers,
    data: { amountCents: 500_000 },
  });
  expect((await funded.json()).status).toBe('confirmed');
  await staffApi.delete('/api/v1/sessions/current', { headers });
  await page.context().clearCookies();

  // Linda pledges her organisation's money from its workspace: a promise, not yet money.
  await openOpgave(page, BIJSTAND);
  await signInHere(page, LINDA);
  await accountNav(page).getByRole('link', { name: 'Werkruimte' }).click();
  await expect(heading(page)).toHaveText(`Werkruimte van ${ZONNESTRAAL}`);
  const form = page.getByRole('form', { name: 'Een bijdrage toezeggen' });
  await expect(section(page, 'Onze bijdragen')).toContainText('De gemeente bevestigt uw toezegging');
  for (const amount of ['2.500', '1.000.000']) {
    await form.getByLabel('Budget', { exact: true }).selectOption(budgetId);
    await form.getByLabel('Bedrag in euro’s').fill(amount);
    await form.getByRole('button', { name: 'Bijdrage toezeggen' }).click();
    await expect(focused(page)).toContainText(`Uw toezegging van € ${amount} aan ‘${pot}’ is verstuurd.`);
  }
  const ours = section(page, 'Onze bijdragen').getByRole('listitem').filter({ hasText: pot });
  await expect(ours).toHaveCount(2);
  await expect(ours.first()).toContainText('Wacht op bevestiging');
  await checkPage(page, 'werkruimte-toezegging');

  // In the open: the pledges are shown as waiting, and nothing of them counts yet.
  await page.goto(`/gemeenten/utrecht/opgaven/${opgave}/budget`);
  const shown = section(page, pot);
  await expect(shown.getByRole('img')).toHaveAccessibleName(/^Ingelegd: €\s5\.000; Toegekend: €\s0;/);
  await expect(shown).toContainText('Partners zegden nog € 1.002.500 toe.');
  await expect(shown.getByRole('listitem').filter({ hasText: `${ZONNESTRAAL}: € 2.500` })).toContainText(
    'Wacht op bevestiging',
  );
  await expect(shown.getByRole('button', { name: /Bevestigen/ })).toHaveCount(0);
  await expect(shown.getByRole('table', { name: /Kasboek/ }).getByRole('row')).toHaveCount(2);
  await checkPage(page, 'budget-toezegging-wacht');
  await accountNav(page).getByRole('button', { name: 'Afmelden' }).click();

  // Sanne confirms the real pledge and rejects the billion, with a reason.
  await page.goto(`/gemeenten/utrecht/opgaven/${opgave}/budget`);
  await signInHere(page, SANNE);
  const real = section(page, pot)
    .getByRole('listitem')
    .filter({ hasText: `${ZONNESTRAAL}: € 2.500` });
  await real.getByRole('button', { name: `Bevestigen (${ZONNESTRAAL}, € 2.500)` }).click();
  await expect(real).toContainText('Bevestig alleen als het geld er echt is.');
  await checkPage(page, 'budget-toezegging-bevestigen');
  await real.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(focused(page)).toContainText(`De toezegging van € 2.500 van ${ZONNESTRAAL} is bevestigd`);
  await expect(section(page, pot).getByRole('img')).toHaveAccessibleName(/^Ingelegd: €\s7\.500;/);
  await expect(
    section(page, pot)
      .getByRole('table', { name: /Wie legde in/ })
      .getByRole('row', { name: /Zonnestraal/ }),
  ).toContainText('€ 2.500');

  const billion = section(page, pot)
    .getByRole('listitem')
    .filter({ hasText: `${ZONNESTRAAL}: € 1.000.000` });
  await billion.getByRole('button', { name: `Afwijzen (${ZONNESTRAAL}, € 1.000.000)` }).click();
  await billion.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Reden van afwijzing');
  await billion.getByLabel('Reden van afwijzing').fill('Dit bedrag is niet toegezegd door het bestuur.');
  await billion.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(focused(page)).toContainText(`De toezegging van ${ZONNESTRAAL} is afgewezen.`);
  await expect(billion).toContainText('Afgewezen');
  await expect(billion).toContainText('Dit bedrag is niet toegezegd door het bestuur.');

  // The confirmed money turns out less: a correction in the ledger, the pledge itself as it was.
  await real.getByRole('button', { name: `Corrigeren (${ZONNESTRAAL}, € 2.500)` }).click();
  await expect(real.getByLabel('Juiste bedrag in euro’s')).toHaveValue('2.500');
  await real.getByLabel('Juiste bedrag in euro’s').fill('2.000');
  await real.getByLabel('Reden van de correctie').fill('Eén opvangplek minder dan gedacht.');
  await checkPage(page, 'budget-bijdrage-corrigeren');
  await real.getByRole('button', { name: 'Correctie boeken' }).click();
  await expect(focused(page)).toContainText(`De bijdrage van ${ZONNESTRAAL} telt nu € 2.000.`);
  await expect(real).toContainText('Telt mee');
  const ledger = section(page, pot)
    .getByRole('table', { name: /Kasboek/ })
    .getByRole('row');
  await expect(ledger).toHaveCount(4);
  await expect(ledger.last()).toContainText('Correctie');
  await expect(ledger.last()).toContainText(/€\s?[-−]500|[-−]€\s?500/);
  await expect(ledger.last()).toContainText('Eén opvangplek minder dan gedacht.');
  await expect(section(page, pot).getByRole('img')).toHaveAccessibleName(/^Ingelegd: €\s7\.000;/);
  await checkPage(page, 'budget-bijdrage-gecorrigeerd');

  // English second: the same, in the other language.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(section(page, pot).getByRole('heading', { name: 'Contributions and pledges' })).toBeVisible();
  await checkPage(page, 'budget-bijdragen--english');
  await page.getByRole('button', { name: 'Nederlands' }).click();
});
