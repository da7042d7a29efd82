/**
 * Opgaven in the browser, against the real API and its demo data: a resident finds the Utrecht
 * opgave by searching and reads its timeline; residents follow, ask to join and propose a
 * formulation; the procesregisseur moves the opgave a phase forward and one back with a reason;
 * staff create, change (also over someone else's change) and publish an opgave, approve a request
 * and adopt a formulation; and the staff sign-in button shows where the municipality has a provider.
 * Every page is checked with axe in both themes and photographed.
 *
 * The journeys share the demo opgaven (one moves a phase, another reads it), so they run in order.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { checkPage, expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const PASSWORD = 'Samen-Werken-Aan-Opgaven-2026';
const NEWCOMER = 'inwoner2.utrecht@demo.samenspel.example'; // Peter, not on "Minder eenzaamheid" yet
const PROCESREGISSEUR = 'medewerker.utrecht@demo.samenspel.example'; // Sanne, of "Van bijstand naar werk"
const STAFF = 'medewerker2.utrecht@demo.samenspel.example'; // Ahmed, of "Minder eenzaamheid in Overvecht"
const BEHEERDER = 'beheerder.utrecht@demo.samenspel.example';
const BIJSTAND = 'Van bijstand naar werk, samen';
const EENZAAMHEID = 'Minder eenzaamheid in Overvecht';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const summary = (page: Page) => page.getByRole('region', { name: /Controleer het volgende/ });
const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account' });
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Sign in on the sign-in page, which then returns to where the person was. */
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

async function openOpgave(page: Page, title: string): Promise<void> {
  await page.goto('/gemeenten/utrecht/opgaven');
  await page.getByRole('link', { name: title }).click();
  await expect(heading(page)).toHaveText(title);
}

/** A session for API calls outside the browser, with its CSRF token, as the site's client has it. */
async function apiSession(request: APIRequestContext, email: string, origin: string) {
  const opened = await request.post('/api/v1/sessions', { data: { email, password: PASSWORD } });
  expect(opened.status()).toBe(201);
  const { csrfToken } = await opened.json();
  return { 'X-CSRF-Token': csrfToken as string, Origin: origin };
}

test('a resident finds the Utrecht opgave by searching and reads its timeline', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/gemeenten/utrecht');
  await expect(
    page.getByRole('region', { name: 'Opgaven' }).getByRole('link', { name: BIJSTAND }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Alle opgaven van Utrecht' }).click();

  await expect(page).toHaveURL('/gemeenten/utrecht/opgaven');
  await expect(page).toHaveTitle('Opgaven in Utrecht – Samenspel');
  await expect(heading(page)).toHaveText('Opgaven in Utrecht');
  await expect(heading(page)).toBeFocused();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(menu.getByRole('link', { name: 'Opgaven' })).toHaveAttribute('aria-current', 'page');
  const results = page.getByRole('region', { name: 'Resultaten' });
  await expect(results.getByRole('status')).toHaveText('2 opgaven gevonden.');
  await checkPage(page, 'opgaven-utrecht');

  // Dutch full text: 'werken' finds the opgave about 'werk'.
  await page.getByLabel('Zoekwoorden').fill('werken');
  await page.getByRole('button', { name: 'Toon opgaven' }).click();
  await expect(page).toHaveURL('/gemeenten/utrecht/opgaven?q=werken');
  await expect(page).toHaveTitle('‘werken’ – Opgaven in Utrecht – Samenspel');
  await expect(results.getByRole('status')).toHaveText('1 opgave gevonden.');
  const card = results.getByRole('listitem').filter({ hasText: BIJSTAND });
  await expect(card).toContainText('Fase: Uitvoeren en monitoren');
  await expect(card.getByRole('list', { name: 'Beleidsdomeinen' })).toContainText('Werk en inkomen');
  await expect(card.getByRole('list', { name: 'In cijfers' })).toContainText('7 deelnemers');
  await expect(results.getByRole('link', { name: EENZAAMHEID })).toHaveCount(0);

  // Filters combine with the search: nothing about work is still being explored.
  await page.getByLabel('Fase').selectOption({ label: 'Verkennen' });
  await page.getByRole('button', { name: 'Toon opgaven' }).click();
  await expect(page).toHaveURL('/gemeenten/utrecht/opgaven?q=werken&fase=exploring');
  await expect(results.getByRole('status')).toHaveText(
    'Geen opgaven gevonden. Probeer andere zoekwoorden of minder filters.',
  );
  await checkPage(page, 'opgaven-zoeken-geen-resultaat');

  // A search that is too long: the API's message at the field, in a summary that takes focus.
  await page.getByLabel('Zoekwoorden').fill('bijstand '.repeat(30));
  await page.getByRole('button', { name: 'Toon opgaven' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Zoekwoorden mag hoogstens 200 tekens lang zijn.');
  await expect(page).toHaveTitle('Fout: Opgaven in Utrecht – Samenspel');

  await page.getByLabel('Zoekwoorden').fill('bijstand');
  await page.getByLabel('Fase').selectOption({ label: 'Alle fasen' });
  await page.getByLabel('Beleidsdomein').selectOption({ label: 'Schulden' });
  await page.getByRole('button', { name: 'Toon opgaven' }).click();
  await expect(results.getByRole('status')).toHaveText('1 opgave gevonden.');
  await checkPage(page, 'opgaven-zoeken');

  // The opgave itself: where it stands, and how it got there.
  await results.getByRole('link', { name: BIJSTAND }).click();
  await expect(page).toHaveURL(/\/gemeenten\/utrecht\/opgaven\/[0-9a-f-]{36}$/);
  await expect(heading(page)).toHaveText(BIJSTAND);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(`${BIJSTAND} – Gemeente Utrecht – Samenspel`);
  await expect(menu.getByRole('link', { name: 'Opgaven' })).toHaveAttribute('aria-current', 'true');

  const phases = section(page, 'Fase').getByRole('listitem');
  // Each step says its state in words (the numbers are decoration, hidden from screen readers).
  await expect(phases).toHaveText([
    /Verkennen \(gedaan\)$/,
    /Formuleren \(gedaan\)$/,
    /Plan van aanpak \(gedaan\)$/,
    /Uitvoeren en monitoren\s*huidige fase$/,
    /Afgerond \(nog niet begonnen\)$/,
  ]);
  await expect(phases.nth(3)).toHaveAttribute('aria-current', 'step');

  const timeline = section(page, 'Tijdlijn');
  const moveBack = timeline
    .getByRole('listitem')
    .filter({ hasText: 'Terug van plan van aanpak naar formuleren' });
  await expect(moveBack).toContainText(
    'Waarom: De klankbordgroep vond de formulering te veel vanuit de gemeente gedacht.',
  );
  await expect(moveBack).toContainText('Door Sanne de Vries (gemeente)');
  await expect(moveBack.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(timeline.getByRole('listitem').first()).toContainText('De opgave is aangemaakt.');

  await expect(section(page, 'Formulering')).toContainText('bijstandsgerechtigden die willen werken');
  await expect(section(page, 'Formulering')).toContainText('Aangenomen door Sanne de Vries (gemeente)');
  await expect(section(page, 'Actielijnen').getByRole('heading', { level: 3 })).toHaveText([
    'Creëren passende banen',
    'Meer maatwerk en persoonlijke aandacht',
    'Verminderen vooroordelen en discriminatie',
  ]);
  const team = section(page, 'Team');
  await expect(team.getByRole('listitem').filter({ hasText: 'Schuldhulpmaatje Utrecht' })).toContainText(
    'Partner – mede-eigenaar',
  );
  await expect(team.getByRole('listitem').filter({ hasText: 'Sanne de Vries' })).toContainText(
    'Procesregisseur',
  );
  // Requests and invitations are for staff and the people concerned only.
  await expect(team).not.toContainText('Wil meedoen');
  await expect(page.getByRole('region', { name: 'Voor de gemeente' })).toHaveCount(0);
  await checkPage(page, 'opgave-bijstand');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(section(page, 'Timeline').getByRole('listitem').nth(4)).toContainText(
    'Back from plan of approach to formulating',
  );
  await expect(section(page, 'Team')).toContainText('Partner – co-owner');
  await checkPage(page, 'opgave-bijstand-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();

  // Other places link to /opgaven/{id}: that leads to the opgave in its municipality.
  const address = new URL(page.url()).pathname;
  await page.goto(`/opgaven/${address.split('/').pop()}`);
  await expect(page).toHaveURL(address);
  await expect(heading(page)).toHaveText(BIJSTAND);
  await page.goto('/gemeenten/utrecht/opgaven/00000000-0000-4000-8000-000000000000');
  await expect(heading(page)).toHaveText('Pagina niet gevonden');
});

test('a resident follows an opgave, asks to join and proposes a formulation', async ({ page }) => {
  test.setTimeout(90_000);
  await openOpgave(page, EENZAAMHEID);
  const takePart = section(page, 'Doe mee');
  await takePart.getByRole('link', { name: 'Meld u aan om deze opgave te volgen of mee te doen' }).click();
  await expect(page).toHaveURL(/\/aanmelden\?terug=%2Fgemeenten%2Futrecht%2Fopgaven%2F/);
  // Signing in from a municipality's page keeps its look.
  await expect(page.locator('html')).toHaveClass(/utrecht-theme/);
  await signInWith(page, NEWCOMER);
  await expect(heading(page)).toHaveText(EENZAAMHEID);

  await takePart.getByRole('button', { name: 'Volg deze opgave' }).click();
  await expect(takePart.getByRole('button', { name: 'Niet meer volgen' })).toBeVisible();
  await expect(takePart.getByRole('status')).toHaveText('U volgt deze opgave.');

  await takePart.getByRole('button', { name: 'Ik wil meedoen' }).click();
  await expect(page.locator(':focus')).toContainText('U heeft gevraagd om mee te doen.');
  await expect(
    section(page, 'Team').getByRole('listitem').filter({ hasText: 'Peter uit Kanaleneiland' }),
  ).toContainText('Wil meedoen');

  const formulation = section(page, 'Formulering');
  await formulation.getByRole('button', { name: 'Formulering voorstellen' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Vul het veld ‘Uw formulering’ in.');
  await checkPage(page, 'opgave-voorstellen-fout');
  await formulation
    .getByLabel('Uw formulering')
    .fill('Hoe zorgen we er samen voor dat niemand in Overvecht er alleen voor staat?');
  await formulation.getByLabel('Waarom deze formulering?').fill('Zo staan de bewoners centraal.');
  await formulation.getByRole('button', { name: 'Formulering voorstellen' }).click();
  await expect(page.locator(':focus')).toContainText(
    'Uw formulering staat nu bij de voorgestelde formuleringen.',
  );
  const proposals = formulation.getByRole('listitem').filter({ hasText: 'niemand in Overvecht er alleen' });
  await expect(proposals).toContainText('Voorgesteld door Peter uit Kanaleneiland');
  await expect(proposals.getByRole('button')).toHaveCount(0);
  await checkPage(page, 'opgave-inwoner');
});

test('staff approve a request to join, adopt a formulation, invite by email and add an action line', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openOpgave(page, EENZAAMHEID);
  await signInHere(page, STAFF);

  const team = section(page, 'Team');
  await team.getByRole('button', { name: 'Goedkeuren (Peter uit Kanaleneiland)' }).click();
  await expect(page.locator(':focus')).toContainText('Peter uit Kanaleneiland zit nu in het team.');
  await expect(team.getByRole('listitem').filter({ hasText: 'Peter uit Kanaleneiland' })).not.toContainText(
    'Wil meedoen',
  );

  // An address is invited, never looked up: the answer is the same with or without an account,
  // and nobody is on the team until they accept (invitations.spec.ts follows that through).
  await team.getByLabel('E-mailadres').fill('niemand@');
  await team.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(summary(page)).toContainText('E-mailadres');
  await team.getByLabel('E-mailadres').fill('niemand@example.org');
  await team.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(page.locator(':focus')).toContainText('uitnodiging gestuurd naar niemand@example.org');
  await team.getByLabel('E-mailadres').fill('partner3.utrecht@demo.samenspel.example');
  await team.getByLabel('Rol in het team').selectOption({ label: 'Kernteam' });
  await team.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(page.locator(':focus')).toContainText('partner3.utrecht@demo.samenspel.example');
  await expect(team.getByRole('listitem').filter({ hasText: 'Linda Ouali' })).toHaveCount(0);

  const formulation = section(page, 'Formulering');
  const proposal = formulation.getByRole('listitem').filter({ hasText: 'niemand in Overvecht er alleen' });
  await proposal.getByRole('button', { name: 'Neem deze formulering aan' }).click();
  await expect(page.locator(':focus')).toContainText('De formulering is aangenomen.');
  await expect(formulation.locator('blockquote')).toContainText('niemand in Overvecht er alleen');
  await expect(formulation.locator('figcaption')).toContainText('Aangenomen door Ahmed el Amrani');
  // Not necessarily the last event: the ideas journey may answer an idea on this opgave meanwhile.
  await expect(
    section(page, 'Tijdlijn')
      .getByRole('listitem')
      .filter({ hasText: 'Een nieuwe formulering is aangenomen.' }),
  ).toBeVisible();

  const lines = section(page, 'Actielijnen');
  await lines.getByLabel('Titel van de actielijn').fill('Ontmoetingsplekken in de buurt');
  await lines.getByLabel('Doel').fill('Elke buurt een plek waar je zonder afspraak binnenloopt.');
  await lines.getByRole('button', { name: 'Actielijn toevoegen' }).click();
  await expect(page.locator(':focus')).toContainText(
    'De actielijn ‘Ontmoetingsplekken in de buurt’ is toegevoegd.',
  );
  await lines.getByRole('button', { name: 'Wijzigen (Ontmoetingsplekken in de buurt)' }).click();
  const edit = lines.getByRole('form', { name: /wijzigen/ });
  await expect(edit.getByLabel('Titel van de actielijn')).toBeFocused();
  await edit.getByLabel('Titel van de actielijn').fill('Ontmoetingsplekken in elke buurt');
  await edit.getByRole('button', { name: 'Actielijn opslaan' }).click();
  await expect(
    lines.getByRole('heading', { level: 3, name: 'Ontmoetingsplekken in elke buurt' }),
  ).toBeVisible();

  await checkPage(page, 'opgave-medewerker');

  // On an opgave of which he is not the procesregisseur, he is told who moves its phase.
  await openOpgave(page, BIJSTAND);
  const manage = page.getByRole('region', { name: 'Voor de gemeente' });
  await expect(manage).toContainText('Alleen de procesregisseur (Sanne de Vries (gemeente))');
  await expect(manage.getByRole('button', { name: /volgende fase/ })).toHaveCount(0);
  // Staff see who asked to join, and may approve it.
  await expect(
    section(page, 'Team').getByRole('button', { name: 'Goedkeuren (Peter uit Kanaleneiland)' }),
  ).toBeVisible();
});

test('the procesregisseur moves an opgave to the next phase and one step back with a reason', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openOpgave(page, BIJSTAND);
  await signInHere(page, PROCESREGISSEUR);

  const manage = page.getByRole('region', { name: 'Voor de gemeente' });
  await expect(manage).toContainText('De opgave is nu in de fase uitvoeren en monitoren.');
  await checkPage(page, 'opgave-procesregisseur');

  await manage.getByRole('button', { name: 'Naar de volgende fase: afgerond' }).click();
  await expect(page.locator(':focus')).toContainText('De opgave is nu in de fase afgerond.');
  const phases = section(page, 'Fase').getByRole('listitem');
  await expect(phases.nth(4)).toHaveAttribute('aria-current', 'step');
  const timeline = section(page, 'Tijdlijn').getByRole('listitem');
  await expect(timeline.last()).toContainText('Van uitvoeren en monitoren naar afgerond');
  await expect(timeline.last()).toContainText('Door Sanne de Vries (gemeente)');
  await expect(manage).toContainText('De opgave is afgerond; een volgende fase is er niet.');

  // Back needs a reason: the API says so at the field.
  const back = manage.getByRole('button', { name: 'Terug naar uitvoeren en monitoren' });
  await back.click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Vul het veld ‘Reden’ in.');
  await expect(manage.getByLabel('Reden')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'opgave-fase-terug-fout');

  await manage.getByLabel('Reden').fill('De laatste meting van de resultaten moet nog worden besproken.');
  await back.click();
  await expect(page.locator(':focus')).toContainText(
    'De opgave is teruggezet naar de fase uitvoeren en monitoren.',
  );
  await expect(phases.nth(3)).toHaveAttribute('aria-current', 'step');
  await expect(timeline.last()).toContainText('Terug van afgerond naar uitvoeren en monitoren');
  await expect(timeline.last()).toContainText(
    'Waarom: De laatste meting van de resultaten moet nog worden besproken.',
  );
  await checkPage(page, 'opgave-fase-terug');

  // Everyone sees the move and its reason.
  await accountNav(page).getByRole('button', { name: 'Afmelden' }).click();
  await openOpgave(page, BIJSTAND);
  await expect(section(page, 'Tijdlijn').getByRole('listitem').last()).toContainText(
    'Waarom: De laatste meting van de resultaten moet nog worden besproken.',
  );
});

test('staff create an opgave, change it over a change made meanwhile, and publish it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const title = `Groene schoolpleinen in Zuilen ${Date.now().toString(36)}`;
  await page.goto('/aanmelden?terug=%2Fgemeenten%2Futrecht%2Fopgaven');
  await signInWith(page, STAFF);
  await expect(page).toHaveURL('/gemeenten/utrecht/opgaven');

  await page.getByRole('link', { name: 'Nieuwe opgave' }).click();
  await expect(page).toHaveURL('/gemeenten/utrecht/opgaven/nieuw');
  await expect(heading(page)).toHaveText('Nieuwe opgave');
  await expect(heading(page)).toBeFocused();
  await checkPage(page, 'opgave-nieuw');

  await page.getByRole('button', { name: 'Opgave aanmaken' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link', { name: 'Vul het veld ‘Titel’ in.' })).toBeVisible();
  await expect(page).toHaveTitle('Fout: Nieuwe opgave – Gemeente Utrecht – Samenspel');
  await checkPage(page, 'opgave-nieuw-fout');

  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Samenvatting').fill('Kinderen, ouders en scholen maken de schoolpleinen groener.');
  await page.getByLabel('Formulering').fill('Hoe maken we de schoolpleinen in Zuilen samen groen en speels?');
  await page.getByLabel('Doelgroep').fill('Kinderen en ouders in Zuilen.');
  await page.getByLabel('Gebied').fill('Zuilen, Ondiep');
  const domains = page.getByRole('group', { name: 'Beleidsdomeinen' });
  await domains.getByLabel('Duurzaamheid').check();
  await domains.getByLabel('Onderwijs').check();
  await page.getByLabel('Begindatum').fill('2027-01-01');
  await page.getByLabel('Einddatum').fill('2026-06-30');
  await page.getByRole('button', { name: 'Opgave aanmaken' }).click();
  await expect(summary(page)).toContainText('Einddatum ligt vóór de begindatum.');
  await page.getByLabel('Einddatum').fill('2028-12-31');
  await page.getByRole('button', { name: 'Opgave aanmaken' }).click();

  await expect(page).toHaveURL(/\/gemeenten\/utrecht\/opgaven\/[0-9a-f-]{36}$/);
  await expect(heading(page)).toHaveText(title);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText(`De opgave ‘${title}’ is aangemaakt.`)).toBeVisible();
  await expect(page.getByText('Dit is een concept.')).toBeVisible();
  await expect(section(page, 'Fase').getByRole('listitem').first()).toHaveAttribute('aria-current', 'step');
  await expect(section(page, 'Over deze opgave')).toContainText('1 januari 2027 tot en met 31 december 2028');
  await expect(section(page, 'Over deze opgave')).toContainText('Ahmed el Amrani');
  await expect(section(page, 'Tijdlijn').getByRole('listitem').first()).toContainText(
    'De opgave is aangemaakt.',
  );
  await checkPage(page, 'opgave-concept');
  const opgaveUrl = page.url();
  const id = opgaveUrl.split('/').pop()!;

  // Drafts show in the list for staff, marked.
  await page.goto('/gemeenten/utrecht/opgaven');
  const draft = page
    .getByRole('region', { name: 'Resultaten' })
    .getByRole('listitem')
    .filter({ hasText: title });
  await expect(draft.getByRole('heading', { level: 3 })).toContainText('Concept');
  await checkPage(page, 'opgaven-medewerker');

  // Change it, while someone else changes it too: the form says so and keeps what was typed.
  await page.goto(opgaveUrl);
  await page.getByRole('link', { name: 'Opgave wijzigen' }).click();
  await expect(heading(page)).toHaveText('Opgave wijzigen');
  await expect(page.getByLabel('Gebied')).toHaveValue('Zuilen, Ondiep');
  await page
    .getByLabel('Samenvatting')
    .fill('Kinderen, ouders, scholen en buurtbewoners maken de pleinen groener.');

  const meanwhile = page.request;
  const me = await (await meanwhile.get('/api/v1/me')).json();
  const current = await meanwhile.get(`/api/v1/opgaven/${id}`);
  const changed = await meanwhile.patch(`/api/v1/opgaven/${id}`, {
    headers: { 'If-Match': current.headers().etag!, 'X-CSRF-Token': me.csrfToken, Origin: baseURL! },
    data: { targetGroup: 'Kinderen, ouders en leerkrachten in Zuilen.' },
  });
  expect(changed.status()).toBe(200);

  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const stale = page.getByRole('region', { name: 'Intussen gewijzigd' });
  await expect(stale).toBeFocused();
  await expect(stale).toContainText('Iemand anders heeft deze opgave gewijzigd');
  await expect(page.getByLabel('Samenvatting')).toHaveValue(
    'Kinderen, ouders, scholen en buurtbewoners maken de pleinen groener.',
  );
  await checkPage(page, 'opgave-wijzigen-verouderd');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page).toHaveURL(opgaveUrl);
  await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expect(page.getByText('Kinderen, ouders, scholen en buurtbewoners')).toBeVisible();

  await page
    .getByRole('region', { name: 'Voor de gemeente' })
    .getByRole('button', { name: 'Publiceren' })
    .click();
  await expect(page.locator(':focus')).toContainText('De opgave is gepubliceerd.');
  await expect(page.getByText('Dit is een concept.')).toHaveCount(0);
  await expect(section(page, 'Tijdlijn').getByRole('listitem').last()).toContainText(
    'De opgave is gepubliceerd.',
  );
});

test('the staff sign-in button shows where the municipality has an identity provider', async ({
  page,
  request,
  baseURL,
}) => {
  const headers = await apiSession(request, BEHEERDER, baseURL!);
  const set = await request.put('/api/v1/municipalities/utrecht/identity-provider', {
    headers,
    data: {
      issuer: 'https://login.example.org/realms/gemeente',
      clientId: 'samenspel',
      clientSecret: 'x'.repeat(32),
      label: 'Inloggen met uw gemeenteaccount',
    },
  });
  expect(set.status()).toBe(201);
  try {
    await page.goto('/gemeenten/utrecht/opgaven');
    await accountNav(page).getByRole('link', { name: 'Aanmelden' }).click();
    await expect(page).toHaveURL('/aanmelden?terug=%2Fgemeenten%2Futrecht%2Fopgaven');
    const staff = page.getByRole('region', { name: 'Medewerker van de gemeente?' });
    await expect(staff).toContainText('Werkt u bij de gemeente Utrecht?');
    // A plain link to the API, which sends the browser on to the provider (not followed here).
    await expect(staff.getByRole('link', { name: 'Inloggen met uw gemeenteaccount' })).toHaveAttribute(
      'href',
      '/api/v1/municipalities/utrecht/staff-sign-in?returnTo=%2Fgemeenten%2Futrecht%2Fopgaven',
    );
    await expect(page.locator('html')).toHaveClass(/utrecht-theme/);
    await checkPage(page, 'aanmelden-medewerker');

    // Without a provider, or outside a municipality, there is no such button.
    await page.goto('/aanmelden?terug=%2Fgemeenten%2Fputten');
    await expect(heading(page)).toHaveText('Aanmelden');
    await expect(page.getByRole('region', { name: 'Medewerker van de gemeente?' })).toHaveCount(0);
    await page.goto('/aanmelden');
    await expect(page.getByRole('region', { name: 'Medewerker van de gemeente?' })).toHaveCount(0);

    // What comes back when it did not work, in both languages.
    await page.goto('/aanmelden?fout=staff_sign_in_cancelled&gemeente=utrecht');
    await expect(summary(page)).toContainText('U heeft het aanmelden via uw organisatie afgebroken');
    await expect(page.getByRole('region', { name: 'Medewerker van de gemeente?' })).toBeVisible();
    await checkPage(page, 'aanmelden-medewerker-afgebroken');
    await page.goto('/aanmelden?fout=staff_sign_in_unavailable');
    await expect(summary(page)).toContainText('Aanmelden via uw organisatie kan op dit moment niet.');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('region', { name: /Please check the following/ })).toContainText(
      'Signing in through your organisation is not possible right now.',
    );
    await page.getByRole('button', { name: 'Nederlands' }).click();
  } finally {
    const current = await request.get('/api/v1/municipalities/utrecht/identity-provider', { headers });
    await request.delete('/api/v1/municipalities/utrecht/identity-provider', {
      headers: { ...headers, 'If-Match': current.headers().etag! },
    });
  }
});
