/**
 * Pictures, places and gatherings (issue 17's journey), against the real API and its demo data, the
 * address search and map tiles from the stand-in on loopback: a resident adds a photo with a
 * description to their own idea and places it by address; the opgave's list and map show it; staff
 * choose the opgave's wijken and plan a work session; the resident registers for it and takes the
 * .ics home. axe in both themes, and on a phone.
 */
import { checkPage, checkPhone, expect, test } from './fixtures';
import {
  apiSession,
  confirmedResident,
  DEMO_PASSWORD,
  heading,
  opgaveId,
  PASSWORD,
  run,
  section,
  signInWith,
} from './people';

const SANNE = 'medewerker.utrecht@demo.samenspel.example'; // a medewerker of Utrecht
const KANAALSTRAAT = 'Kanaalstraat 100, 3531CK Utrecht'; // an address the stand-in knows

// A small PNG (64 x 48, blue): what a phone's photo is to the API, without the megabytes.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAU0lEQVR4nO3PQQ3AIADAQEAIOpGIrIngcVnSU9DOfe74s6UDXjWgNaA1oDWgNaA1oDWgNaA1oDWgNaA1oDWgNaA1oDWgNaA1oDWgNaA1oDWgNaB9ZrIBvgrj1UYAAAAASUVORK5CYII=',
  'base64',
);

test('a resident adds a photo to an idea; staff plan a session; the resident registers and gets the .ics', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const name = `Fatima uit Overvecht ${run()}`;
  const resident = await confirmedResident(page.request, name);
  const headers = await apiSession(page.request, resident, baseURL!, PASSWORD);
  const opgave = await opgaveId(page.request, 'utrecht', 'eenzaamheid-overvecht');
  const title = `Een bankje bij de speeltuin ${run()}`;
  const submitted = await page.request.post(`/api/v1/opgaven/${opgave}/proposals`, {
    headers,
    data: { title, body: 'Zodat ouders elkaar leren kennen terwijl de kinderen spelen.' },
  });
  expect(submitted.status()).toBe(201);
  const ideaId = (await submitted.json()).id as string;

  // The resident adds a photo with a description on the idea's page.
  // The session above is this browser's too (the page's request shares its cookies).
  await page.goto(`/ideeen/${ideaId}`);
  await expect(heading(page)).toHaveText(title);
  const photos = section(page, "Foto's");
  await expect(photos).toContainText("Er zijn nog geen foto's bij dit idee.");
  // Without a description the form says what is missing, at the field.
  await photos
    .getByLabel('Foto', { exact: true })
    .setInputFiles({ name: 'bankje.png', mimeType: 'image/png', buffer: PHOTO });
  await photos.getByRole('button', { name: 'Foto toevoegen' }).click();
  await expect(photos.getByText(/Beschrijving van de foto/).first()).toBeVisible();
  await photos.getByLabel('Beschrijving van de foto').fill('Een leeg grasveld naast de speeltuin');
  await photos.getByRole('button', { name: 'Foto toevoegen' }).click();
  await expect(photos.getByText('De foto is toegevoegd.')).toBeVisible();
  const image = photos.getByRole('img', { name: 'Een leeg grasveld naast de speeltuin' });
  await expect(image).toBeVisible();
  // Loaded from the API (a width of its srcset), not a broken image.
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await checkPage(page, 'idee-met-foto');

  // … and places it by address: looked up through the API, chosen from a radio group.
  await page.getByRole('link', { name: 'Idee wijzigen' }).click();
  await expect(heading(page)).toHaveText('Idee wijzigen');
  await page.getByLabel('Adres', { exact: true }).fill('kanaalstraat');
  await page.getByRole('button', { name: 'Zoek adres' }).click();
  await page.getByRole('radio', { name: KANAALSTRAAT }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gekozen adres' })).toHaveText(
    `Gekozen adres: ${KANAALSTRAAT}.`,
  );
  await checkPhone(page, 'idee-wijzigen-adres');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(heading(page)).toHaveText(title);
  await expect(section(page, 'Over dit idee')).toContainText(KANAALSTRAAT);
  await expect(section(page, 'Over dit idee')).toContainText('Wijk: West');

  // The opgave's list of ideas with a place names it, and its map shows it with the same number.
  await page.goto(`/opgaven/${opgave}`);
  const placed = page.getByRole('list', { name: 'Ideeën op de kaart' });
  const item = placed.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText(`${KANAALSTRAAT}, wijk West`);
  const number =
    (await placed.getByRole('listitem').allInnerTexts()).findIndex((text) => text.includes(title)) + 1;
  const map = page.getByRole('region', { name: /Kaart met de ideeën/ });
  await expect(map.locator('.leaflet-tile-loaded').first()).toBeVisible();
  await expect(map.locator('.samenspel-map-marker', { hasText: new RegExp(`^${number}$`) })).toHaveCount(1);
  await checkPage(page, 'opgave-kaart-met-foto-idee');
  await checkPhone(page, 'opgave-kaart-met-foto-idee');

  // Staff plan a work session for the opgave.
  const staff = await browser.newContext({ baseURL, locale: 'nl-NL' }).then((c) => c.newPage());
  await staff.goto(`/aanmelden?terug=${encodeURIComponent('/gemeenten/utrecht/opgaven')}`);
  await signInWith(staff, SANNE, DEMO_PASSWORD);
  await expect(staff).toHaveURL(/\/gemeenten\/utrecht\/opgaven$/);
  await staff.goto(`/opgaven/${opgave}`);
  await expect(heading(staff)).toHaveText('Minder eenzaamheid in Overvecht');
  // Staff choose the opgave's area from the municipality's CBS wijken.
  await staff.goto(`/opgaven/${opgave}`);
  await staff.getByRole('link', { name: 'Opgave wijzigen' }).click();
  const area = staff.getByRole('region', { name: 'Wijken van de opgave' });
  await area.getByRole('checkbox', { name: 'Overvecht' }).check();
  await area.getByRole('button', { name: 'Gebied opslaan' }).click();
  await expect(area.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText(
    /Het gebied is opgeslagen: \d+ wijk/,
  );
  await checkPage(staff, 'opgave-gebied');
  await staff.goto(`/opgaven/${opgave}`);
  await section(staff, 'Bijeenkomsten').getByRole('link', { name: 'Naar de bijeenkomsten' }).click();
  await expect(heading(staff)).toHaveText('Bijeenkomsten');
  await staff.getByRole('link', { name: 'Een bijeenkomst plannen' }).click();
  await expect(heading(staff)).toHaveText('Een bijeenkomst plannen');
  await checkPage(staff, 'bijeenkomst-plannen');
  const session = `Werksessie ontmoetingsplekken ${run()}`;
  await staff.getByLabel('Soort bijeenkomst').selectOption('work_session');
  await staff.getByLabel('Titel').fill(session);
  await staff.getByLabel('Wat gaan we doen?').fill('We kiezen samen drie plekken in de wijk.');
  const day = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await staff.getByLabel('Datum').fill(day);
  await staff.getByLabel('Begintijd').fill('19:30');
  await staff.getByLabel('Eindtijd').fill('21:00');
  await staff.getByLabel('Plaats (adres of zaal)').fill('Buurthuis De Dreef, Overvecht');
  await staff.getByLabel('Aantal plaatsen').fill('12');
  await staff.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(heading(staff)).toHaveText('Bijeenkomsten');
  await expect(staff.getByText(`‘${session}’ is gepland.`)).toBeVisible();
  await checkPage(staff, 'bijeenkomsten-medewerker');
  await staff.context().close();

  // The resident registers and takes the meeting home as .ics.
  await page.goto(`/opgaven/${opgave}`);
  await section(page, 'Bijeenkomsten').getByRole('link', { name: 'Naar de bijeenkomsten' }).click();
  const meeting = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: session }) });
  await expect(meeting).toContainText('Buurthuis De Dreef, Overvecht');
  await expect(meeting).toContainText('0 van 12 plaatsen bezet');
  await meeting.getByRole('button', { name: `Aanmelden voor ${session}` }).click();
  await expect(meeting.getByText('U bent aangemeld.').first()).toBeVisible();
  await expect(meeting).toContainText('1 van 12 plaatsen bezet');
  const calendar = meeting.getByRole('link', { name: `Zet in mijn agenda (.ics): ${session}` });
  const href = await calendar.getAttribute('href');
  const ics = await page.request.get(href!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain(`SUMMARY:${session}`);
  expect(text).toContain('LOCATION:Buurthuis De Dreef\\, Overvecht');
  await checkPage(page, 'bijeenkomsten-aangemeld');
  await checkPhone(page, 'bijeenkomsten-aangemeld');
});
