/**
 * Co-creation in the browser, against the real API and its demo data: everyone sees the tasks of
 * the Utrecht opgave and who took them on, and its budget in the open; a partner claims a task,
 * reports progress and asks for budget, staff grant it in part, and the public budget view shows
 * the grant; a claim that comes too late hears the task is full; a partner hands a task over and
 * releases one; staff reject a request, withdraw a grant, mark a task done and cancel one.
 *
 * What puts something on an opgave's timeline (a grant, a withdrawal, a task done or cancelled)
 * happens on the Putten opgave ‘Iedereen doet mee’, set up here through the API, so the journeys
 * about the Utrecht opgave's timeline in other files never meet it. The journeys share their
 * Putten budget and tasks, so they run in order.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { request as playwrightRequest } from '@playwright/test';
import { checkPage, expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const PASSWORD = 'Samen-Werken-Aan-Opgaven-2026';
const GERDA = 'partner.putten@demo.samenspel.example'; // Stichting Welzijn Putten
const STEFAN = 'medewerker.putten@demo.samenspel.example'; // procesregisseur in Putten
const MARIEKE = 'partner.utrecht@demo.samenspel.example'; // Schuldhulpmaatje Utrecht
const KEES = 'partner2.utrecht@demo.samenspel.example'; // Werkgeversservicepunt Utrecht-Midden
const LINDA = 'partner3.utrecht@demo.samenspel.example'; // Kinderopvang Zonnestraal
const BIJSTAND = 'Van bijstand naar werk, samen';
const PUTTEN = 'Iedereen doet mee in Putten';
const WELZIJN = 'Stichting Welzijn Putten';
const BUDGET = 'Werkbudget Iedereen doet mee';
const VACATURES = 'Vrijwilligersvacaturebank opzetten';
const MAALTIJDEN = 'Buurtmaaltijden organiseren';
const WOO = 'Subsidieregeling Samenleving Putten 2025, artikel 2';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const summary = (page: Page) => page.getByRole('region', { name: /Controleer het volgende/ });
const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account' });
const section = (page: Page, name: string | RegExp) =>
  page.getByRole('region', { name, exact: typeof name === 'string' });
const focused = (page: Page) => page.locator(':focus');

async function signInWith(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** From the page someone is on, through the header's sign-in link, and back. */
async function signInHere(page: Page, email: string): Promise<void> {
  const here = new URL(page.url()).pathname;
  await accountNav(page).getByRole('link', { name: 'Aanmelden' }).click();
  await signInWith(page, email);
  await expect(page).toHaveURL(here);
}

async function openOpgave(page: Page, slug: string, title: string): Promise<void> {
  await page.goto(`/gemeenten/${slug}/opgaven`);
  await page.getByRole('link', { name: title }).click();
  await expect(heading(page)).toHaveText(title);
}

async function signOut(page: Page): Promise<void> {
  await accountNav(page).getByRole('button', { name: 'Afmelden' }).click();
  await expect(heading(page)).toHaveText('U bent afgemeld');
}

/** Someone acting through the API alone, with a cookie jar of their own (not the browser's). */
interface Actor {
  request: APIRequestContext;
  get: <T>(path: string) => Promise<T>;
  post: <T>(path: string, data: object) => Promise<T>;
}

interface Found {
  id: string;
  title: string;
}

async function actor(baseURL: string, email: string): Promise<Actor> {
  const request = await playwrightRequest.newContext({ baseURL });
  const opened = await request.post('/api/v1/sessions', { data: { email, password: PASSWORD } });
  expect(opened.status(), `sign-in of ${email}`).toBe(201);
  const headers = { 'X-CSRF-Token': (await opened.json()).csrfToken as string, Origin: baseURL };
  return {
    request,
    get: async (path) => {
      const response = await request.get(`/api/v1${path}`, { headers });
      expect(response.ok(), `GET ${path}: ${await response.text()}`).toBe(true);
      return response.json();
    },
    post: async (path, data) => {
      const response = await request.post(`/api/v1${path}`, { headers, data });
      expect(response.ok(), `POST ${path}: ${await response.text()}`).toBe(true);
      return response.json();
    },
  };
}

/** The id of the first organisation the actor is a member of. */
async function organisationOf(someone: Actor): Promise<string> {
  return (await someone.get<{ organisations: Found[] }>('/me')).organisations[0]!.id;
}

/** The Putten opgave with a budget the municipality filled and two tasks, made by its procesregisseur. */
async function puttenWork(baseURL: string) {
  const stefan = await actor(baseURL, STEFAN);
  const opgaven = await stefan.get<{ items: Found[] }>('/opgaven?municipality=putten&limit=100');
  const opgave = opgaven.items.find((item) => item.title === PUTTEN)!;
  const lines = await stefan.get<{ items: Found[] }>(`/opgaven/${opgave.id}/action-lines`);
  const budget = await stefan.post<Found>(`/opgaven/${opgave.id}/budgets`, {
    title: BUDGET,
    description: 'Gemeente en partners leggen samen in voor meedoen in Putten.',
  });
  await stefan.post(`/budgets/${budget.id}/contributions`, {
    amountCents: 2_000_000,
    note: 'Uit het meerjarenplan Samenleving.',
  });
  const vacatures = await stefan.post<Found>(`/opgaven/${opgave.id}/tasks`, {
    title: VACATURES,
    description: 'Eén plek waar verenigingen vrijwilligerswerk aanbieden, ook met begeleiding.',
    actionLineId: lines.items[0]!.id,
    effortHours: 40,
    skills: ['vrijwilligerswerk'],
  });
  const maaltijden = await stefan.post<Found>(`/opgaven/${opgave.id}/tasks`, {
    title: MAALTIJDEN,
    description: 'Elke maand een maaltijd in het buurthuis, voor wie anders alleen eet.',
    actionLineId: lines.items[0]!.id,
    capacity: 2,
  });
  await stefan.request.dispose();
  return { opgave, budget, vacatures, maaltijden };
}

let putten: Awaited<ReturnType<typeof puttenWork>>;

test.beforeAll(async ({ baseURL }) => {
  putten = await puttenWork(baseURL!);
});

test('everyone sees the tasks of the Utrecht opgave, who took them on, and its budget in the open', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openOpgave(page, 'utrecht', BIJSTAND);

  const tasks = section(page, 'Taken');
  await expect(tasks.getByRole('heading', { level: 3 })).toHaveText([
    'Creëren passende banen',
    'Meer maatwerk en persoonlijke aandacht',
    'Verminderen vooroordelen en discriminatie',
  ]);
  const visits = tasks.getByRole('listitem').filter({ hasText: 'Twintig werkgevers' });
  await expect(visits).toContainText('In uitvoering');
  await expect(visits).toContainText('1 plek vrij · 120 uur');
  await expect(visits).toContainText('Opgepakt door: Werkgeversservicepunt Utrecht-Midden (60% klaar)');
  await expect(tasks.getByRole('listitem').filter({ hasText: 'Startbijeenkomst' })).toContainText('Klaar');

  const budget = section(page, 'Budget');
  await expect(budget).toContainText('Ingelegd');
  // The demo's two budgets hold € 195.000; planning.spec.ts, which may run at the same time, opens a
  // third on this opgave and puts € 10.000 in.
  await expect(budget).toContainText(/€\s(195|205)\.000/);
  await expect(budget).toContainText('€ 46.000');
  await expect(budget).not.toContainText('Aanvragen beoordelen');
  await checkPage(page, 'opgave-taken-budget');

  // A task's own page: what it needs, who took it on, and how to take it on.
  await visits.getByRole('link', { name: /Twintig werkgevers/ }).click();
  await expect(heading(page)).toHaveText('Twintig werkgevers in Overvecht en Kanaleneiland benaderen');
  await expect(page).toHaveTitle(
    `Twintig werkgevers in Overvecht en Kanaleneiland benaderen – ${BIJSTAND} – Gemeente Utrecht – Samenspel`,
  );
  const details = section(page, 'Over deze taak');
  await expect(details).toContainText('Creëren passende banen');
  await expect(details).toContainText('1 van de 2 plekken bezet.');
  await expect(details).toContainText('werkgeversdienstverlening');
  await expect(details).toContainText('Komt voort uit de ideeën');
  const who = section(page, 'Wie pakt deze taak op');
  await expect(who.getByRole('heading', { level: 3 })).toHaveText('Werkgeversservicepunt Utrecht-Midden');
  await expect(who).toContainText('Toezegging: Wij bezoeken de eerste twaalf werkgevers.');
  await expect(who).toContainText('60% klaar');
  await who.getByText('1 voortgangsbericht').click();
  await expect(who).toContainText('Zeven bezocht, vier plekken.');
  await expect(
    section(page, 'Deze taak oppakken').getByRole('link', { name: /Meld u aan om deze taak op te pakken/ }),
  ).toBeVisible();
  await checkPage(page, 'taak-utrecht');

  // The budget view: a chart with its table, who funded it, what was asked and granted, the ledger.
  await page.getByRole('link', { name: `Terug naar de opgave ‘${BIJSTAND}’` }).click();
  await section(page, 'Budget')
    .getByRole('link', { name: /Bekijk het budget/ })
    .click();
  await expect(page).toHaveURL(/\/gemeenten\/utrecht\/opgaven\/[0-9a-f-]{36}\/budget$/);
  await expect(heading(page)).toHaveText(`Budget van ‘${BIJSTAND}’`);
  const work = section(page, 'Werkbudget Van bijstand naar werk');
  await expect(work.getByRole('img')).toHaveAccessibleName(
    /^Ingelegd: €\s175\.000; Toegekend: €\s36\.000; Nog te verdelen: €\s139\.000; Aangevraagd, nog niet besloten: €\s12\.000\./,
  );
  const figures = work.getByRole('table', { name: 'De cijfers van ‘Werkbudget Van bijstand naar werk’' });
  await expect(figures.getByRole('row', { name: /Toegekend/ })).toContainText('€ 36.000');
  await expect(figures.getByRole('row', { name: /Toegekend/ })).toContainText('21%');
  const funders = work.getByRole('table', { name: /Wie legde in/ });
  await expect(funders.getByRole('row', { name: /Gemeente Utrecht/ })).toContainText('€ 150.000');
  await expect(funders.getByRole('row', { name: /Werkgeversservicepunt/ })).toContainText('€ 25.000');
  const maatjes = work.getByRole('listitem').filter({ hasText: 'Schuldhulpmaatje Utrecht: € 30.000' });
  await expect(maatjes).toContainText('Toegekend');
  await expect(maatjes).toContainText('Grondslag');
  await expect(maatjes).toContainText('Subsidieregeling Sociaal Domein Utrecht 2024');
  await expect(
    maatjes.getByRole('link', { name: 'Eén vast aanspreekpunt voor schulden en werk' }),
  ).toBeVisible();
  const folders = work.getByRole('listitem').filter({ hasText: 'GGZ-wijkteam Utrecht-Noord: € 8.000' });
  await expect(folders).toContainText('Afgewezen');
  await expect(folders).toContainText('Dit valt onder het bestaande budget voorlichting van de GGZ.');
  const ledger = work.getByRole('table', { name: /Kasboek/ });
  // Two contributions and two grants (the demo's partial grant to the employers' desk too).
  await expect(ledger.getByRole('row')).toHaveCount(5);
  await expect(ledger.getByRole('row').filter({ hasText: 'Schuldhulpmaatje Utrecht' })).toContainText(
    'Toekenning',
  );
  // Nobody but staff sees a way to decide.
  await expect(page.getByRole('button', { name: /Toekennen/ })).toHaveCount(0);
  await checkPage(page, 'budget-utrecht');

  // On a phone the wide tables scroll on their own, and a keyboard reaches them.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(work.getByRole('region', { name: /Kasboek/ })).toHaveAttribute('tabindex', '0');
  await checkPage(page, 'budget-utrecht--telefoon');
  await page.setViewportSize(size);

  // English second: the same figures, in the other language.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText(`Budget of ‘${BIJSTAND}’`);
  await expect(work.getByRole('img')).toHaveAccessibleName(/^Put in: €175,000; Granted: €36,000;/);
  await expect(work.getByRole('listitem').filter({ hasText: 'Schuldhulpmaatje Utrecht:' })).toContainText(
    'Legal basis',
  );
  await checkPage(page, 'budget-utrecht--english');
  await page.getByRole('button', { name: 'Nederlands' }).click();
});

test('a partner claims a task and asks for budget; staff grant it in part; everyone sees the grant', async ({
  page,
}) => {
  test.setTimeout(150_000);
  // Gerda, of Stichting Welzijn Putten, works from her organisation's workspace.
  await page.goto('/gemeenten/putten');
  await expect(heading(page)).toHaveText('Gemeente Putten');
  await signInHere(page, GERDA);
  await accountNav(page).getByRole('link', { name: 'Werkruimte' }).click();
  await expect(heading(page)).toHaveText(`Werkruimte van ${WELZIJN}`);
  await expect(accountNav(page).getByRole('link', { name: 'Werkruimte' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(section(page, 'Onze opgaven').getByRole('link', { name: PUTTEN })).toBeVisible();
  const open = section(page, 'Taken om op te pakken');
  await expect(open.getByRole('listitem').filter({ hasText: VACATURES })).toContainText('1 plek vrij');
  // Welzijn Putten already carries out work on the mantelzorg pilot; this task is not among it yet.
  await expect(section(page, 'Onze taken')).toContainText('Logeeropvang regelen bij twee zorgboerderijen');
  await expect(section(page, 'Onze taken')).not.toContainText(VACATURES);
  await checkPage(page, 'werkruimte');

  // She takes the task on, saying what her organisation commits to.
  await open.getByRole('link', { name: VACATURES }).click();
  await expect(heading(page)).toHaveText(VACATURES);
  const take = section(page, 'Deze taak oppakken');
  await expect(take).toContainText(`Namens: ${WELZIJN}`);
  await take
    .getByLabel('Wat zegt uw organisatie toe?')
    .fill('Wij zetten de vacaturebank op en houden haar bij.');
  await take.getByRole('button', { name: 'Taak oppakken' }).click();
  await expect(focused(page)).toContainText(`${WELZIJN} pakt deze taak nu op. Dank u wel!`);
  const who = section(page, 'Wie pakt deze taak op');
  const mine = who.getByRole('listitem').filter({ hasText: `${WELZIJN} (uw organisatie)` });
  await expect(mine).toContainText('Toezegging: Wij zetten de vacaturebank op en houden haar bij.');
  await expect(mine).toContainText('Opgepakt door Gerda Mulder (Stichting Welzijn Putten)');
  await expect(section(page, 'Deze taak oppakken')).toContainText('Alle plekken op deze taak zijn bezet.');
  await expect(section(page, 'Over deze taak')).toContainText('In uitvoering');

  // Progress: a percentage that is no percentage is said at the field.
  await mine.getByLabel('Bericht').fill('Twaalf verenigingen doen mee.');
  await mine.getByLabel('Hoe ver is de taak, in procenten?').fill('veel');
  await mine.getByRole('button', { name: 'Voortgang melden' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText(
    'Vul bij ‘Hoe ver is de taak, in procenten?’ een heel getal van 0 tot en met 100 in.',
  );
  await mine.getByLabel('Hoe ver is de taak, in procenten?').fill('25');
  await mine.getByRole('button', { name: 'Voortgang melden' }).click();
  await expect(focused(page)).toContainText('Uw bericht staat bij de taak. De taak is nu 25% klaar.');
  await expect(mine).toContainText('25% klaar');
  await mine.getByText('1 voortgangsbericht').click();
  await expect(mine).toContainText('Twaalf verenigingen doen mee.');
  await checkPage(page, 'taak-opgepakt');

  // Budget for this task: the workspace's form starts with the budget and the task.
  await who.getByRole('link', { name: 'Budget aanvragen voor deze taak' }).click();
  await expect(heading(page)).toHaveText(`Werkruimte van ${WELZIJN}`);
  const ask = section(page, 'Budget aanvragen');
  await expect(ask.getByLabel('Budget', { exact: true })).toHaveValue(putten.budget.id);
  await expect(ask.getByLabel('Voor de taak')).toHaveValue(putten.vacatures.id);
  await expect(
    section(page, 'Onze taken').getByRole('listitem').filter({ hasText: VACATURES }),
  ).toContainText('Loopt, 25% klaar');
  // An amount that is no amount, and too short a motivation: both at once.
  await ask.getByLabel('Bedrag in euro’s').fill('een paar duizend');
  await ask.getByLabel('Waarvoor vraagt u het geld?').fill('Website');
  await ask.getByRole('button', { name: 'Budget aanvragen' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText(
    'Vul bij ‘Bedrag in euro’s’ een bedrag in, zoals 4.500 of 1.250,50.',
  );
  await expect(summary(page)).toContainText('Waarvoor vraagt u het geld? moet minstens 10 tekens lang zijn.');
  await expect(ask.getByLabel('Bedrag in euro’s')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'werkruimte-aanvraag-fout');

  await ask.getByLabel('Bedrag in euro’s').fill('2.500');
  await ask
    .getByLabel('Waarvoor vraagt u het geld?')
    .fill('Een website voor de vacaturebank en een jaar lang beheer door een vrijwilliger.');
  await ask.getByRole('button', { name: 'Budget aanvragen' }).click();
  await expect(focused(page)).toContainText(`Uw aanvraag van € 2.500 uit ‘${BUDGET}’ is verstuurd.`);
  const requests = section(page, 'Onze budgetaanvragen');
  await expect(requests.getByRole('listitem').first()).toContainText('€ 2.500');
  await expect(requests.getByRole('listitem').first()).toContainText('Aangevraagd');
  await expect(requests.getByRole('listitem').first()).toContainText(`Voor de taak: ${VACATURES}`);
  await signOut(page);

  // Stefan, procesregisseur, hears on the opgave's page that a request waits, and grants part of it.
  await openOpgave(page, 'putten', PUTTEN);
  await signInHere(page, STEFAN);
  await expect(section(page, 'Budget')).toContainText('Er wachten aanvragen op een besluit.');
  await section(page, 'Budget').getByRole('link', { name: 'Aanvragen beoordelen' }).click();
  await expect(heading(page)).toHaveText(`Budget van ‘${PUTTEN}’`);
  const request = section(page, BUDGET)
    .getByRole('listitem')
    .filter({ hasText: `${WELZIJN}: € 2.500` });
  await request.getByRole('button', { name: `Toekennen (${WELZIJN})` }).click();
  const grant = request.getByRole('form', { name: `Aanvraag van ${WELZIJN} toekennen` });
  await expect(grant.getByLabel('Toe te kennen bedrag in euro’s')).toBeFocused();
  await expect(grant.getByLabel('Toe te kennen bedrag in euro’s')).toHaveValue('2.500');
  // Without the legal basis the Woo asks for, nothing is granted.
  await grant.getByLabel('Toe te kennen bedrag in euro’s').fill('2.000');
  await grant.getByRole('button', { name: 'Toekennen' }).click();
  await expect(summary(page)).toContainText('Juridische grondslag');
  await checkPage(page, 'budget-toekennen-fout');
  await grant.getByLabel('Juridische grondslag').fill(WOO);
  await grant.getByRole('button', { name: 'Toekennen' }).click();
  await expect(focused(page)).toContainText(`€ 2.000 is toegekend aan ${WELZIJN}.`);
  await expect(request).toContainText('€ 2.000 (gevraagd: € 2.500)');
  await checkPage(page, 'budget-toegekend');
  await signOut(page);

  // Everyone sees the grant: in the chart, with the request, in the ledger, and on the timeline.
  await openOpgave(page, 'putten', PUTTEN);
  await expect(section(page, 'Taken').getByRole('listitem').filter({ hasText: VACATURES })).toContainText(
    `Opgepakt door: ${WELZIJN} (25% klaar)`,
  );
  await expect(section(page, 'Tijdlijn')).toContainText(`uit ‘${BUDGET}’ toegekend aan ${WELZIJN}`);
  await section(page, 'Budget')
    .getByRole('link', { name: /Bekijk het budget/ })
    .click();
  const shown = section(page, BUDGET);
  await expect(shown.getByRole('img')).toHaveAccessibleName(
    /Toegekend: €\s2\.000; Nog te verdelen: €\s18\.000;/,
  );
  const granted = shown.getByRole('listitem').filter({ hasText: `${WELZIJN}: € 2.500` });
  await expect(granted).toContainText('Toegekend');
  await expect(granted).toContainText('€ 2.000 (gevraagd: € 2.500)');
  await expect(granted).toContainText(`Grondslag ${WOO}`);
  await expect(granted.getByRole('link', { name: VACATURES })).toBeVisible();
  const entry = shown
    .getByRole('table', { name: /Kasboek/ })
    .getByRole('row')
    .last();
  await expect(entry).toContainText('Toekenning');
  await expect(entry).toContainText(WELZIJN);
  await expect(entry).toContainText('€ 2.000');
  await checkPage(page, 'budget-openbaar');
});

test('a claim that comes too late hears that the task is full', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  // Marieke opens the training task: two of its three places are free.
  await openOpgave(page, 'utrecht', BIJSTAND);
  await section(page, 'Taken')
    .getByRole('link', { name: /Training ‘Anders kijken’/ })
    .click();
  await expect(heading(page)).toHaveText('Training ‘Anders kijken’ voor werkgevers');
  await signInHere(page, MARIEKE);
  const take = section(page, 'Deze taak oppakken');
  await take.getByLabel('Wat zegt uw organisatie toe?').fill('Onze maatjes vertellen over schulden en werk.');

  // Meanwhile two other partners take the last places.
  const task = new URL(page.url()).pathname.split('/').pop()!;
  for (const [email, organisation] of [
    [KEES, 'werkgevers'],
    [LINDA, 'kinderopvang'],
  ] as const) {
    const partner = await actor(baseURL!, email);
    await partner.post(`/tasks/${task}/claims`, {
      organisationId: await organisationOf(partner),
      commitment: `Namens ${organisation}.`,
    });
    await partner.request.dispose();
  }

  await take.getByRole('button', { name: 'Taak oppakken' }).click();
  // Said where the claims are, which now show who was first.
  await expect(focused(page)).toContainText(
    'Deze taak is intussen vol: een andere organisatie was u net voor. Er is geen plek meer vrij.',
  );
  const who = section(page, 'Wie pakt deze taak op');
  await expect(who.getByRole('heading', { level: 3 })).toHaveText([
    'GGZ-wijkteam Utrecht-Noord',
    'Werkgeversservicepunt Utrecht-Midden',
    'Kinderopvang Zonnestraal',
  ]);
  await expect(section(page, 'Deze taak oppakken')).toContainText('Alle plekken op deze taak zijn bezet.');
  await expect(section(page, 'Over deze taak')).toContainText('3 van de 3 plekken bezet.');
  await checkPage(page, 'taak-vol');
});

test('a partner hands a task over to another organisation on the team, and releases one', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openOpgave(page, 'putten', PUTTEN);
  await section(page, 'Taken').getByRole('link', { name: MAALTIJDEN }).click();
  await expect(heading(page)).toHaveText(MAALTIJDEN);
  await signInHere(page, GERDA);
  const take = section(page, 'Deze taak oppakken');
  await take.getByLabel('Wat zegt uw organisatie toe?').fill('Wij koken de eerste drie maanden.');
  await take.getByRole('button', { name: 'Taak oppakken' }).click();
  await expect(focused(page)).toContainText(`${WELZIJN} pakt deze taak nu op.`);

  // Handing over: another organisation on the team takes the claim, with what was done.
  const who = section(page, 'Wie pakt deze taak op');
  const mine = who.getByRole('listitem').filter({ hasText: `${WELZIJN} (uw organisatie)` });
  await mine.getByRole('button', { name: 'Taak overdragen' }).click();
  const handOver = mine.getByRole('form', { name: 'Overdragen aan een andere organisatie' });
  await expect(handOver.getByLabel('Overdragen aan')).toBeFocused();
  await handOver.getByRole('button', { name: 'Taak overdragen' }).click();
  await expect(summary(page)).toContainText('Kies een organisatie bij ‘Overdragen aan’.');
  await handOver.getByLabel('Overdragen aan').selectOption({ label: 'Ondernemersvereniging Putten' });
  await handOver.getByRole('button', { name: 'Taak overdragen' }).click();
  await expect(focused(page)).toContainText('De taak is overgedragen aan Ondernemersvereniging Putten.');
  await expect(who.getByRole('heading', { level: 3 })).toHaveText(['Ondernemersvereniging Putten']);
  await checkPage(page, 'taak-overgedragen');

  // A place is free again (two in all): she takes it on once more, and then releases it.
  await section(page, 'Deze taak oppakken').getByRole('button', { name: 'Taak oppakken' }).click();
  await expect(focused(page)).toContainText(`${WELZIJN} pakt deze taak nu op.`);
  const again = who.getByRole('listitem').filter({ hasText: `${WELZIJN} (uw organisatie)` });
  await again.getByRole('button', { name: 'Taak vrijgeven' }).click();
  await expect(again.getByRole('button', { name: 'Ja, vrijgeven' })).toBeFocused();
  await expect(again).toContainText(`Weet u zeker dat ${WELZIJN} stopt met deze taak?`);
  await again.getByRole('button', { name: 'Ja, vrijgeven' }).click();
  await expect(focused(page)).toContainText(`${WELZIJN} heeft de taak vrijgegeven. De plek is weer vrij.`);
  await expect(who.getByRole('heading', { level: 3 })).toHaveText(['Ondernemersvereniging Putten']);
  await expect(section(page, 'Over deze taak')).toContainText('1 van de 2 plekken bezet.');
  await checkPage(page, 'taak-vrijgegeven');
});

test('staff reject a request with a reason, withdraw a grant, mark a task done and cancel one', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // A second request from Gerda, to reject.
  const gerda = await actor(baseURL!, GERDA);
  await gerda.post(`/budgets/${putten.budget.id}/claims`, {
    organisationId: await organisationOf(gerda),
    amountCents: 150_000,
    motivation: 'Boodschappen voor de eerste buurtmaaltijden.',
  });
  await gerda.request.dispose();

  await page.goto(`/gemeenten/putten/opgaven/${putten.opgave.id}/budget`);
  await expect(heading(page)).toHaveText(`Budget van ‘${PUTTEN}’`);
  await signInHere(page, STEFAN);
  const budget = section(page, BUDGET);
  const meals = budget.getByRole('listitem').filter({ hasText: `${WELZIJN}: € 1.500` });
  await meals.getByRole('button', { name: `Afwijzen (${WELZIJN})` }).click();
  const reject = meals.getByRole('form', { name: `Aanvraag van ${WELZIJN} afwijzen` });
  await expect(reject.getByLabel('Reden van afwijzing')).toBeFocused();
  await reject.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(summary(page)).toContainText('Vul het veld ‘Reden van afwijzing’ in.');
  await reject.getByLabel('Reden van afwijzing').fill('De maaltijden betaalt het buurthuis zelf.');
  await reject.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(focused(page)).toContainText(`De aanvraag van ${WELZIJN} is afgewezen.`);
  await expect(meals).toContainText('Afgewezen');
  await expect(meals).toContainText('De maaltijden betaalt het buurthuis zelf.');

  // The grant of the first journey is withdrawn, with a reason; the money can be shared out again.
  const website = budget.getByRole('listitem').filter({ hasText: `${WELZIJN}: € 2.500` });
  await website.getByRole('button', { name: `Toekenning intrekken (${WELZIJN})` }).click();
  const withdraw = website.getByRole('form', { name: `Toekenning aan ${WELZIJN} intrekken` });
  await withdraw.getByLabel('Reden van intrekking').fill('De website komt er via het landelijke platform.');
  await withdraw.getByRole('button', { name: 'Toekenning intrekken' }).click();
  await expect(focused(page)).toContainText(`De toekenning van € 2.000 aan ${WELZIJN} is ingetrokken.`);
  await expect(website).toContainText('Ingetrokken');
  await expect(website).toContainText('De website komt er via het landelijke platform.');
  await expect(budget.getByRole('img')).toHaveAccessibleName(/Toegekend: €\s0; Nog te verdelen: €\s20\.000;/);
  const last = budget
    .getByRole('table', { name: /Kasboek/ })
    .getByRole('row')
    .last();
  await expect(last).toContainText('Intrekking');
  await expect(last).toContainText('De website komt er via het landelijke platform.');
  await checkPage(page, 'budget-ingetrokken');

  // A task done, and one cancelled with a reason; both go on the timeline.
  await page.goto(`/gemeenten/putten/opgaven/${putten.opgave.id}/taken/${putten.vacatures.id}`);
  const manage = section(page, 'Voor de gemeente');
  await manage.getByRole('button', { name: 'Markeer als klaar' }).click();
  await expect(focused(page)).toContainText('De taak is klaar.');
  await expect(page.getByText('Deze taak is klaar. Dank aan iedereen die eraan werkte.')).toBeVisible();
  await expect(manage.getByRole('button', { name: 'Terug naar in uitvoering' })).toBeVisible();
  await checkPage(page, 'taak-klaar');

  await page.goto(`/gemeenten/putten/opgaven/${putten.opgave.id}/taken/${putten.maaltijden.id}`);
  await manage.getByRole('button', { name: 'Taak annuleren' }).click();
  const cancel = manage.getByRole('form', { name: 'Taak annuleren' });
  await expect(cancel.getByLabel('Reden')).toBeFocused();
  await cancel.getByLabel('Reden').fill('Het buurthuis organiseert de maaltijden al zelf.');
  await cancel.getByRole('button', { name: 'Taak annuleren' }).click();
  await expect(focused(page)).toContainText('De taak is geannuleerd.');
  const cancelled = page.getByRole('region', { name: 'Deze taak gaat niet door' });
  await expect(cancelled).toContainText('Het buurthuis organiseert de maaltijden al zelf.');
  await expect(section(page, 'Deze taak oppakken')).toHaveCount(0);
  await checkPage(page, 'taak-geannuleerd');

  await page.getByRole('link', { name: `Terug naar de opgave ‘${PUTTEN}’` }).click();
  const timeline = section(page, 'Tijdlijn');
  await expect(timeline).toContainText(`Taak ‘${VACATURES}’ is klaar`);
  await expect(timeline).toContainText(`Taak ‘${MAALTIJDEN}’ is geannuleerd`);
  await expect(timeline).toContainText(`Toekenning aan ${WELZIJN} uit ‘${BUDGET}’ ingetrokken`);
});
