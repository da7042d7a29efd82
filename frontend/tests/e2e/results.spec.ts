/**
 * Results in the browser, against the real API and its demo data: on "Van bijstand naar werk" the
 * procesregisseur plans a reflection moment that discusses the idea "Proefplaatsingen zonder risico
 * op de uitkering" and invites residents; a resident on the team writes in it, and so does a resident
 * who is not; the procesregisseur reads that, closes the moment with conclusions, a public summary
 * and a follow-up action, and records a measurement (the API's 400 and 409 shown at their fields)
 * and corrects it; a signed-out resident sees the chart
 * with the new measurement, its table, the published summary and the open data; and the idea's
 * author sees on his idea what became of it. Staff also add an indicator to another opgave.
 *
 * Every page is checked with axe in both themes and photographed, the results page on a phone too.
 * The journeys make their own moments and figures, so they run beside the other journeys.
 */
import type { Browser, Page } from '@playwright/test';
import { checkPage, checkPhone, expect, test } from './fixtures';

const PASSWORD = 'Samen-Werken-Aan-Opgaven-2026';
const REGISSEUR = 'medewerker.utrecht@demo.samenspel.example'; // Sanne, procesregisseur of "Van bijstand naar werk"
const STAFF = 'medewerker2.utrecht@demo.samenspel.example'; // Ahmed, procesregisseur of "Minder eenzaamheid"
const TEAM_RESIDENT = 'inwoner.utrecht@demo.samenspel.example'; // Fatima, a resident on the team
const RESIDENT = 'inwoner2.utrecht@demo.samenspel.example'; // Peter, not on the team: writes when invited
const AUTHOR = 'partner2.utrecht@demo.samenspel.example'; // Kees, who wrote the idea
const BIJSTAND = 'Van bijstand naar werk, samen';
const EENZAAMHEID = 'Minder eenzaamheid in Overvecht';
const IDEA = 'Proefplaatsingen zonder risico op de uitkering';
const MOVES = 'Bewegingen naar werk';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const summary = (page: Page) => page.getByRole('region', { name: /Controleer het volgende/ });
const section = (page: Page, name: string | RegExp) =>
  page.getByRole('region', { name, exact: typeof name === 'string' });
const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
/** Today as the API counts it (UTC), for a measurement that is not in the future. */
const today = () => new Date().toISOString().slice(0, 10);

/** Someone in their own browser context: their own cookies, signed in, on the page `path`. */
async function personAt(
  browser: Browser,
  baseURL: string,
  email: string | null,
  path: string,
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL' });
  const page = await context.newPage();
  if (email) {
    await page.goto(`/aanmelden?terug=${encodeURIComponent(path)}`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page).toHaveURL(path);
  } else {
    await page.goto(path);
  }
  await expect(heading(page)).toBeVisible();
  return page;
}

async function openOpgave(page: Page, title: string): Promise<void> {
  await page.goto('/gemeenten/utrecht/opgaven');
  await page.getByRole('link', { name: title }).click();
  await expect(heading(page)).toHaveText(title);
}

test('a team member writes at a reflection moment, staff close it and record a measurement, and a resident sees the chart and the trail of an idea', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(360_000);
  const title = `Terugblik na de proefplaatsingen ${run()}`;

  // The procesregisseur finds the results from the opgave's page and plans a moment.
  await page.goto(`/aanmelden?terug=${encodeURIComponent('/gemeenten/utrecht/opgaven')}`);
  await page.getByLabel('E-mailadres').fill(REGISSEUR);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL('/gemeenten/utrecht/opgaven');
  await page.getByRole('link', { name: BIJSTAND }).click();
  await section(page, 'Resultaten')
    .getByRole('link', { name: 'Bekijk de resultaten van deze opgave' })
    .click();
  await expect(heading(page)).toHaveText('Resultaten');
  const resultsPath = new URL(page.url()).pathname;
  expect(resultsPath).toMatch(/^\/gemeenten\/utrecht\/opgaven\/[0-9a-f-]{36}\/resultaten$/);

  await section(page, 'Reflecties').getByRole('link', { name: 'Een reflectiemoment plannen' }).click();
  await expect(heading(page)).toHaveText('Een reflectiemoment plannen');
  await expect(page.getByLabel('Vragen')).toHaveValue(
    'Wat ging goed?\nWat ging niet goed?\nWat veranderen we?',
  );
  await page.getByRole('button', { name: 'Moment plannen' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Vul het veld ‘Titel’ in.');
  await expect(summary(page)).toContainText('Vul het veld ‘Datum’ in.');
  await checkPage(page, 'reflectie-plannen-fout');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Datum').fill('2026-11-20');
  await page.getByRole('group', { name: 'Ideeën die u bespreekt' }).getByLabel(IDEA).check();
  await page.getByLabel('Ook inwoners schrijven mee').check();
  await page.getByRole('button', { name: 'Moment plannen' }).click();
  await expect(heading(page)).toHaveText(title);
  await expect(page.getByText(`Het reflectiemoment ‘${title}’ is gepland.`)).toBeVisible();
  await expect(section(page, 'Besproken ideeën').getByRole('link', { name: IDEA })).toBeVisible();
  const momentPath = new URL(page.url()).pathname;
  await checkPage(page, 'reflectie-gepland');

  // A resident on the team writes at the first prompt, and reads it back.
  const fatima = await personAt(browser, baseURL!, TEAM_RESIDENT, momentPath);
  const good = section(fatima, 'Wat ging goed?');
  await expect(good).toContainText('Nog niets geschreven bij deze vraag.');
  await good
    .getByLabel('Uw bijdrage bij ‘Wat ging goed?’')
    .fill('De proefplaats bij de bakkerij gaf mij vertrouwen.\nIk durf nu te solliciteren.');
  await good.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
  await expect(good.locator('[data-alert="ok"]')).toHaveText('Uw bijdrage is geplaatst.');
  await expect(good.locator('[data-alert="ok"]')).toBeFocused();
  await expect(good.getByRole('listitem')).toContainText(
    'De proefplaats bij de bakkerij gaf mij vertrouwen.',
  );
  await expect(good.getByRole('listitem')).toContainText('Fatima uit Overvecht');
  await expect(fatima.getByRole('region', { name: 'Het moment afsluiten' })).toHaveCount(0);
  await checkPage(fatima, 'reflectie-schrijven');

  // A resident who is not on the team finds the moment that invites residents, and writes too.
  const peter = await personAt(browser, baseURL!, RESIDENT, resultsPath);
  await section(peter, 'Reflecties').getByRole('link', { name: 'Alle reflectiemomenten' }).click();
  await expect(heading(peter)).toHaveText('Reflectiemomenten');
  const listed = peter.getByRole('listitem').filter({ has: peter.getByRole('link', { name: title }) });
  await expect(listed).toContainText('Inwoners schrijven mee');
  await listed.getByRole('link', { name: title }).click();
  const change = section(peter, 'Wat veranderen we?');
  await change
    .getByLabel('Uw bijdrage bij ‘Wat veranderen we?’')
    .fill('Vaker uitleggen dat de uitkering doorloopt.');
  await change.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
  await expect(change.getByRole('listitem')).toContainText('Peter uit Kanaleneiland');
  await expect(section(peter, 'Wat ging goed?')).toContainText('De proefplaats bij de bakkerij');
  await checkPage(peter, 'reflectie-genodigde');

  // The procesregisseur reads it and closes the moment: first too short, then with follow-up.
  await page.reload();
  await expect(section(page, 'Wat ging goed?')).toContainText('De proefplaats bij de bakkerij');
  await expect(section(page, 'Wat veranderen we?')).toContainText(
    'Vaker uitleggen dat de uitkering doorloopt.',
  );
  const close = section(page, 'Het moment afsluiten');
  await close.getByLabel('Conclusies').fill('Goed');
  await close.getByRole('button', { name: 'Vervolgactie toevoegen' }).click();
  await expect(close.getByLabel('Wat wordt het?')).toBeFocused();
  await close.getByLabel('Wat wordt het?').selectOption('note');
  await close.getByRole('button', { name: 'Moment afsluiten' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Conclusies moet minstens 10 tekens lang zijn.');
  await expect(summary(page)).toContainText('Vervolgactie 1: Omschrijving');
  await expect(close.getByLabel('Conclusies')).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, 'reflectie-afsluiten-fout');
  await close
    .getByLabel('Conclusies')
    .fill('Proefplaatsingen geven deelnemers vertrouwen; werkgevers willen meer.');
  await close
    .getByLabel('Openbare samenvatting')
    .fill('Deelnemers krijgen vertrouwen door een proefplaats. We vragen meer werkgevers mee te doen.');
  await close.getByLabel('Omschrijving').fill('Bij de volgende banenmarkt proefplaatsen aanbieden.');
  await close.getByRole('button', { name: 'Moment afsluiten' }).click();
  await expect(page.locator('[data-alert="ok"]')).toHaveText('Het moment is afgesloten.');
  await expect(page.locator('[data-alert="ok"]')).toBeFocused();
  await expect(page.locator('[data-status="closed"]')).toHaveText('Afgesloten');
  await expect(page.getByText('Samenvatting gepubliceerd')).toBeVisible();
  await expect(section(page, 'Conclusies')).toContainText('Notitie: Bij de volgende banenmarkt');
  await expect(section(page, 'Wat ging goed?').getByRole('textbox')).toHaveCount(0);
  await checkPage(page, 'reflectie-afgesloten');

  // The procesregisseur records a measurement: the API's problems at their fields, then a correction.
  await page.goto(resultsPath);
  await page.getByRole('link', { name: `Alle metingen en bronnen van ‘${MOVES}’` }).click();
  await expect(heading(page)).toHaveText(MOVES);
  const record = section(page, 'Een meting vastleggen');
  await record.getByLabel('Waarde').fill('veel');
  await record.getByLabel('Datum van de meting').fill('2199-01-01');
  await record.getByRole('button', { name: 'Meting vastleggen' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(record.getByLabel('Waarde')).toHaveAccessibleDescription(/Waarde is geen getal/);
  await checkPage(page, 'meting-fout');
  await record.getByLabel('Waarde').fill('66');
  await record.getByRole('button', { name: 'Meting vastleggen' }).click();
  await expect(record.getByLabel('Datum van de meting')).toHaveAccessibleDescription(/ligt in de toekomst/);
  await expect(record.getByLabel('Waarde')).not.toHaveAttribute('aria-invalid');
  await record.getByLabel('Datum van de meting').fill('2026-09-30');
  await record.getByRole('button', { name: 'Meting vastleggen' }).click();
  await expect(record.getByLabel('Datum van de meting')).toHaveAccessibleDescription(
    /Op deze datum is al een meting/,
  );
  await record.getByLabel('Datum van de meting').fill(today());
  await record.getByRole('button', { name: 'Meting vastleggen' }).click();
  await expect(record.locator('[data-alert="ok"]')).toContainText(
    /De meting van .* \(66 personen per kwartaal\) is vastgelegd\./,
  );
  await expect(record.locator('[data-alert="ok"]')).toBeFocused();
  await expect(record.getByLabel('Waarde')).toHaveValue('');
  const measurements = section(page, 'Metingen');
  await expect(measurements.getByRole('listitem').first()).toContainText('66 personen per kwartaal op');
  await expect(measurements.getByRole('listitem').first()).toContainText('Vastgelegd door Sanne de Vries');
  await measurements
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /corrigeren$/ })
    .click();
  await expect(measurements.getByLabel('Waarde')).toBeFocused();
  await measurements.getByLabel('Waarde').fill('67');
  await measurements.getByLabel('Bron of toelichting').fill('Monitor, voorlopig cijfer');
  await measurements.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(measurements.locator('[data-alert="ok"]')).toContainText('is gecorrigeerd');
  await expect(measurements.locator('[data-alert="ok"]')).toBeFocused();
  await expect(measurements.getByRole('listitem').first()).toContainText('67 personen per kwartaal op');
  await expect(page.locator('[data-progress]')).toHaveText('66% van nulmeting naar streefwaarde');
  await checkPage(page, 'indicator-medewerker');

  // A resident, signed out, sees the chart with the new measurement, the summary and the open data.
  const visitor = await personAt(browser, baseURL!, null, resultsPath);
  await expect(visitor).toHaveTitle(`Resultaten – ${BIJSTAND} – Gemeente Utrecht – Samenspel`);
  const indicator = visitor
    .getByRole('listitem')
    .filter({ has: visitor.getByRole('heading', { name: MOVES }) });
  await expect(indicator.locator('[data-progress]')).toHaveText('66% van nulmeting naar streefwaarde');
  const chart = indicator.getByRole('img', { name: new RegExp(`^${MOVES}: nulmeting 42`) });
  await expect(chart).toHaveAccessibleName(/laatste meting 67 personen per kwartaal op .* Hoger is beter\.$/);
  await expect(indicator.getByText('(Hoger is beter)')).toBeVisible();
  await indicator.getByText('Bekijk de cijfers als tabel').click();
  const table = indicator.getByRole('table', { name: `Cijfers van ‘${MOVES}’` });
  await expect(table.getByRole('row').filter({ hasText: 'Meting' }).last()).toContainText('67');
  await expect(table.getByRole('row').last()).toContainText('Streefwaarde');
  const reflections = section(visitor, 'Reflecties');
  await expect(reflections.getByRole('link', { name: title })).toBeVisible();
  await expect(reflections).toContainText('Deelnemers krijgen vertrouwen door een proefplaats.');
  await expect(section(visitor, 'In het kort')).toContainText('Taken in het plan');
  const openData = section(visitor, 'Open data');
  await expect(openData.getByRole('link', { name: 'Metingen (CSV)' })).toHaveAttribute(
    'href',
    /\/api\/v1\/opgaven\/[0-9a-f-]{36}\/export\?format=csv&dataset=measurements$/,
  );
  const csv = await visitor.request.get(
    (await openData.getByRole('link', { name: 'Metingen (CSV)' }).getAttribute('href'))!,
  );
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(today());
  await checkPage(visitor, 'resultaten');
  await checkPhone(visitor, 'resultaten');
  await visitor.getByRole('button', { name: 'English' }).click();
  await expect(heading(visitor)).toHaveText('Results');
  await expect(indicator.locator('[data-progress]')).toHaveText('66% of the way from baseline to target');
  await expect(indicator.getByText('(Higher is better)')).toBeVisible();
  await checkPage(visitor, 'resultaten-en');
  await visitor.getByRole('button', { name: 'Nederlands' }).click();

  // The public reads the published summary of the moment, not what each person wrote.
  await reflections.getByRole('link', { name: title }).click();
  await expect(heading(visitor)).toHaveText(title);
  await expect(section(visitor, 'Samenvatting')).toContainText('Deelnemers krijgen vertrouwen');
  await expect(visitor.getByText('De proefplaats bij de bakkerij')).toHaveCount(0);
  await expect(visitor.getByRole('region', { name: 'Conclusies' })).toHaveCount(0);
  await checkPage(visitor, 'reflectie-openbaar');

  // The idea's author sees on his idea what became of it.
  const kees = await personAt(browser, baseURL!, AUTHOR, '/gemeenten/utrecht/opgaven');
  await openOpgave(kees, BIJSTAND);
  await section(kees, 'Ideeën').getByRole('link', { name: IDEA }).click();
  await expect(heading(kees)).toHaveText(IDEA);
  const trail = section(kees, 'Wat er van dit idee werd');
  await expect(trail).toContainText('Overgenomen: geantwoord door Sanne de Vries (gemeente)');
  await expect(trail).toContainText('Opgepakt door: Werkgeversservicepunt Utrecht-Midden');
  await expect(trail).toContainText(/Budget: €\s6\.000 toegekend aan Werkgeversservicepunt Utrecht-Midden/);
  await expect(trail.locator(`[data-indicator="${MOVES}"]`)).toContainText(
    '66% van nulmeting naar streefwaarde',
  );
  await expect(trail.getByRole('link', { name: title })).toBeVisible();
  await expect(trail).toContainText('Deelnemers krijgen vertrouwen door een proefplaats.');
  await checkPage(kees, 'idee-spoor');
  await trail.getByRole('link', { name: 'Lees het antwoord' }).click();
  await expect(kees).toHaveURL(/#antwoord-kop$/);
});

test('staff add an indicator, told at the fields what does not fit, and it shows with the results', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = `Bewoners die een buur om hulp vragen ${run()}`;
  await page.goto(`/aanmelden?terug=${encodeURIComponent('/gemeenten/utrecht/opgaven')}`);
  await page.getByLabel('E-mailadres').fill(STAFF);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL('/gemeenten/utrecht/opgaven');
  await page.getByRole('link', { name: EENZAAMHEID }).click();
  await section(page, 'Resultaten')
    .getByRole('link', { name: 'Bekijk de resultaten van deze opgave' })
    .click();
  await expect(section(page, 'Indicatoren')).toContainText('Er zijn nog geen indicatoren vastgelegd.');
  await section(page, 'Indicatoren').getByRole('link', { name: 'Een indicator toevoegen' }).click();
  await expect(heading(page)).toHaveText('Een indicator toevoegen');

  // Lower is better, but the target lies above the baseline, and the target date before it.
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('Prestatie').check();
  await page.getByLabel('Eenheid').fill('procent');
  await page.getByLabel('Lager is beter').check();
  await page.getByLabel('Nulmeting: waarde').fill('20');
  await page.getByLabel('Nulmeting: datum').fill('2026-01-01');
  await page.getByLabel('Streefwaarde', { exact: true }).fill('30,5');
  await page.getByLabel('Streefdatum').fill('2025-12-31');
  await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
  await expect(summary(page)).toBeFocused();
  await expect(page.getByLabel('Streefwaarde', { exact: true })).toHaveAccessibleDescription(
    /niet in de goede richting/,
  );
  await expect(page.getByLabel('Streefdatum')).toHaveAccessibleDescription(/na de datum van de nulmeting/);
  await expect(page).toHaveTitle(/^Fout: Een indicator toevoegen/);
  await checkPage(page, 'indicator-nieuw-fout');

  await page.getByLabel('Streefwaarde', { exact: true }).fill('12,5');
  await page.getByLabel('Streefdatum').fill('2027-12-31');
  await page.getByLabel('Bron van de cijfers').fill('Buurtpeiling Overvecht');
  await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
  await expect(heading(page)).toHaveText(name);
  await expect(page.getByText(`De indicator ‘${name}’ is toegevoegd.`)).toBeVisible();
  await expect(page.locator('[data-progress]')).toHaveText('Nog geen metingen');
  await expect(
    page.getByRole('img', { name: new RegExp(`streefwaarde 12,5 procent .*Lager is beter\\.$`) }),
  ).toBeVisible();
  await expect(section(page, 'Metingen')).toContainText('Er zijn nog geen metingen.');
  await checkPage(page, 'indicator-nieuw');

  await page.getByRole('link', { name: 'Terug naar de resultaten' }).click();
  await expect(section(page, 'Indicatoren').getByRole('heading', { name })).toBeVisible();
});
