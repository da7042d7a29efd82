/**
 * Moderation that tells people why, in the browser against the real API and its demo data: a
 * resident reports another's comment on an idea; staff find it in the moderation queue and hide
 * it with a public reason; its author reads why in their notifications and objects, once; staff
 * resolve the objection and the comment is back. Staff also hide an idea on its own page and show
 * it again, and a beheerder blocks a resident from posting (who is then told why) and lifts it.
 * And the review queue: a new idea waits there, across the municipality's opgaven, until staff
 * take it under review.
 *
 * Every page is checked with axe in both themes and photographed. The journeys make their own
 * residents and content, and find them by their own words, so they run beside the other journeys.
 */
import type { Page } from '@playwright/test';
import { checkPage, checkPhone, expect, test } from './fixtures';
import {
  apiSession,
  confirmedResident,
  DEMO_PASSWORD,
  EENZAAMHEID,
  heading,
  MAATJE,
  opgaveId,
  PASSWORD,
  otherPerson,
  run,
  section,
  signInWith,
  STAFF,
  summary,
} from './people';

const BEHEERDER = 'beheerder.utrecht@demo.samenspel.example';

/** The demo idea about a buddy for newcomers, by its title. */
async function maatjeId(page: Page): Promise<string> {
  const opgave = await opgaveId(page.request, 'utrecht', 'eenzaamheid-overvecht');
  const list = await (await page.request.get(`/api/v1/opgaven/${opgave}/proposals?q=maatje`)).json();
  const found = (list.items as { id: string; title: string }[]).find((item) => item.title === MAATJE);
  expect(found).toBeTruthy();
  return found!.id;
}

async function signedIn(page: Page, email: string, path: string, password?: string): Promise<void> {
  await page.goto(`/aanmelden?terug=${encodeURIComponent(path)}`);
  await signInWith(page, email, password);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
}

test.describe('moderation', () => {
  test('a resident reports a comment, staff hide it with a reason, the author objects, and staff resolve it', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    // The author: a resident who comments on the buddy idea (made through the API, to be quick).
    const authorName = `Sam uit Zuilen ${run()}`;
    const author = await confirmedResident(page.request, authorName);
    const ideaId = await maatjeId(page);
    const headers = await apiSession(page.request, author, baseURL!, PASSWORD);
    const words = `Wat een onzin, dit werkt nooit ${run()}`;
    const posted = await page.request.post(`/api/v1/proposals/${ideaId}/comments`, {
      headers,
      data: { body: words },
    });
    expect(posted.status()).toBe(201);
    const commentId = (await posted.json()).id as string;

    // (a) Another resident reports it: a reason is needed, an explanation is optional.
    const reporter = await otherPerson(browser, baseURL!);
    const reporterEmail = await confirmedResident(reporter.request, `Lotte uit Overvecht ${run()}`);
    await signedIn(reporter, reporterEmail, `/ideeen/${ideaId}`, PASSWORD);
    await expect(heading(reporter)).toHaveText(MAATJE);
    const comment = reporter.locator(`#reactie-${commentId}`);
    await comment.getByRole('button', { name: `Melden: de reactie van ${authorName}` }).click();
    const form = comment.getByRole('form', { name: `De reactie van ${authorName} melden` });
    await expect(form.getByRole('radio').first()).toBeFocused();
    await form.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(summary(reporter)).toBeFocused();
    await expect(summary(reporter)).toContainText('Wat is er mis?');
    await form.getByRole('radio', { name: 'Beledigend, discriminerend of bedreigend' }).check();
    await form.getByLabel('Toelichting').fill('Dit is kleinerend naar de mensen die het idee bedachten.');
    await checkPage(reporter, 'reactie-melden');
    await form.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(
      comment.locator('[data-alert]').filter({ hasText: 'Uw melding is ontvangen' }),
    ).toBeFocused();
    await expect(comment.getByRole('button', { name: /^Melden/ })).toHaveCount(0);

    // (b) Staff find it in the queue, with the reason and the explanation, and hide it.
    const staff = await otherPerson(browser, baseURL!);
    await signedIn(staff, STAFF, '/gemeenten/utrecht', DEMO_PASSWORD);
    await staff
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Moderatie' })
      .click();
    await expect(heading(staff)).toHaveText('Moderatie');
    const item = staff.getByRole('article').filter({ hasText: words });
    await expect(item.getByRole('heading', { level: 2 })).toHaveText(`Reactie van ${authorName}`);
    await expect(item).toContainText('1 keer gemeld');
    await expect(item).toContainText('Beledigend, discriminerend of bedreigend: 1');
    await expect(item).toContainText('Dit is kleinerend naar de mensen die het idee bedachten.');
    await item.getByRole('radio', { name: 'Verbergen' }).check();
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect(summary(staff)).toContainText('Reden (openbaar)');
    await checkPage(staff, 'moderatie-meldingen');
    await item.getByLabel('Reden (openbaar)').fill('Deze reactie kleineert anderen. Houd het vriendelijk.');
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect(
      staff.locator('[data-alert]').filter({ hasText: 'Verborgen. De schrijver krijgt bericht' }),
    ).toBeFocused();
    await expect(staff.getByRole('article').filter({ hasText: words })).toHaveCount(0);
    await staff.getByRole('link', { name: 'Toon afgehandelde meldingen' }).click();
    const decided = staff.getByRole('article').filter({ hasText: words });
    await expect(decided).toContainText('Verborgen op');
    await expect(decided).toContainText('Deze reactie kleineert anderen.');
    await expect(decided.getByRole('button', { name: 'Weer tonen' })).toBeVisible();
    await checkPage(staff, 'moderatie-afgehandeld');

    // Others see only that it was hidden, and why.
    await reporter.reload();
    await expect(comment).toContainText(
      'De gemeente heeft deze reactie verborgen. De reden: Deze reactie kleineert anderen. Houd het vriendelijk.',
    );
    await expect(comment).not.toContainText(words);
    await reporter.context().close();

    // (c) The author reads why, where the comment was and in their notifications, and objects once.
    await page.goto(`/ideeen/${ideaId}#reactie-${commentId}`);
    const own = page.locator(`#reactie-${commentId}`);
    await expect(own).toContainText('Deze reactie kleineert anderen.');
    await expect(own).toContainText('Alleen u en de gemeente zien de tekst nog.');
    await own
      .getByRole('link', { name: 'Bent u het er niet mee eens? Maak bezwaar via uw meldingen.' })
      .click();
    await expect(heading(page)).toHaveText('Meldingen');
    const told = page.getByRole('article').filter({ hasText: 'Uw reactie is verborgen' });
    await expect(told).toContainText('Besluit van de moderatie');
    await expect(told).toContainText('Reden: Deze reactie kleineert anderen.');
    await told.getByRole('link', { name: 'Bekijk het besluit en maak eventueel bezwaar' }).click();
    await expect(heading(page)).toHaveText('Besluit over uw reactie');
    await expect(page.locator('[data-action="hide"]')).toContainText(
      'De gemeente heeft uw reactie verborgen.',
    );
    await expect(section(page, 'De reden')).toContainText(
      'Deze reactie kleineert anderen. Houd het vriendelijk.',
    );
    await expect(section(page, 'Waar het om gaat')).toContainText(words);
    const objection = section(page, 'Bezwaar maken');
    await objection.getByRole('button', { name: 'Bezwaar maken' }).click();
    await expect(summary(page)).toBeFocused();
    await checkPage(page, 'besluit-bezwaar-fout');
    await objection
      .getByLabel('Waarom bent u het niet eens met het besluit?')
      .fill('Ik bedoelde het niet kleinerend. Ik twijfel alleen of maatjes genoeg tijd hebben.');
    await objection.getByRole('button', { name: 'Bezwaar maken' }).click();
    await expect(
      objection.locator('[data-alert]').filter({ hasText: 'Uw bezwaar is verstuurd' }),
    ).toBeFocused();
    await expect(objection).toContainText('De gemeente beoordeelt het nog.');
    await expect(objection.getByRole('button', { name: 'Bezwaar maken' })).toHaveCount(0);
    await checkPage(page, 'besluit-bezwaar');
    const decisionUrl = page.url();

    // (d) Staff resolve the objection: the comment is shown again, with an explanation.
    await staff
      .getByRole('navigation', { name: 'Onderdelen van de moderatie' })
      .getByRole('link', { name: 'Bezwaren' })
      .click();
    await expect(heading(staff)).toHaveText('Bezwaren');
    const appeal = staff.getByRole('article').filter({ hasText: words });
    await expect(appeal).toContainText('Ik twijfel alleen of maatjes genoeg tijd hebben.');
    await expect(appeal).toContainText('Verborgen op');
    await checkPage(staff, 'moderatie-bezwaren');
    await appeal.getByRole('radio', { name: 'Bezwaar toewijzen: de inhoud wordt weer zichtbaar' }).check();
    await appeal
      .getByLabel('Uitleg aan de schrijver')
      .fill('U heeft gelijk: het is een vraag, geen belediging.');
    await appeal.getByRole('button', { name: 'Bezwaar afhandelen' }).click();
    await expect(
      staff
        .locator('[data-alert]')
        .filter({ hasText: 'Het bezwaar is toegewezen: de inhoud is weer zichtbaar.' }),
    ).toBeFocused();
    await staff.context().close();

    // The author reads the outcome, and the comment is back for everyone.
    await page.goto(decisionUrl);
    await expect(section(page, 'Bezwaar maken')).toContainText(
      'De gemeente heeft uw bezwaar toegewezen: de inhoud is weer zichtbaar.',
    );
    await expect(section(page, 'Bezwaar maken')).toContainText('het is een vraag, geen belediging');
    await checkPage(page, 'besluit-toegewezen');
    const anyone = await otherPerson(browser, baseURL!);
    await anyone.goto(`/ideeen/${ideaId}#reactie-${commentId}`);
    await expect(anyone.locator(`#reactie-${commentId}`)).toContainText(words);
    await anyone.context().close();
  });

  test('staff hide an idea on its page and show it again; a beheerder blocks a resident and lifts it', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const name = `Joris uit Lunetten ${run()}`;
    const resident = await confirmedResident(page.request, name);
    const headers = await apiSession(page.request, resident, baseURL!, PASSWORD);
    const opgave = await opgaveId(page.request, 'utrecht', 'eenzaamheid-overvecht');
    const title = `Gratis parkeren voor mijn zaak ${run()}`;
    const submitted = await page.request.post(`/api/v1/opgaven/${opgave}/proposals`, {
      headers,
      data: { title, body: 'Bezoek mijn winkel aan de Vecht, tien procent korting!' },
    });
    expect(submitted.status()).toBe(201);
    const ideaId = (await submitted.json()).id as string;

    // A beheerder hides the idea from its page, with a public reason, and shows it again.
    const admin = await otherPerson(browser, baseURL!);
    await signedIn(admin, BEHEERDER, `/ideeen/${ideaId}`, DEMO_PASSWORD);
    await expect(heading(admin)).toHaveText(title);
    const panel = section(admin, 'Moderatie');
    await panel.getByLabel('Reden (openbaar)').fill('Reclame voor een eigen bedrijf hoort hier niet.');
    await panel.getByRole('button', { name: 'Verbergen' }).click();
    await expect(panel.locator('[data-alert]').filter({ hasText: 'Verborgen.' })).toBeFocused();
    await expect(admin.getByRole('region', { name: 'Verborgen idee' })).toContainText(
      'Reclame voor een eigen bedrijf hoort hier niet.',
    );
    await checkPage(admin, 'idee-verborgen-medewerker');
    const visitor = await otherPerson(browser, baseURL!);
    await visitor.goto(`/ideeen/${ideaId}`);
    await expect(heading(visitor)).toHaveText('Verborgen idee');
    await expect(visitor.getByRole('region', { name: 'Verborgen idee' })).toContainText(
      'Reclame voor een eigen bedrijf',
    );
    await visitor.context().close();
    await panel.getByLabel('Toelichting voor de schrijver').fill('Na overleg mag het weer zichtbaar zijn.');
    await panel.getByRole('button', { name: 'Weer tonen' }).click();
    await expect(panel.locator('[data-alert]').filter({ hasText: 'Weer zichtbaar.' })).toBeFocused();
    await expect(admin.getByRole('region', { name: 'Verborgen idee' })).toHaveCount(0);

    // The beheerder blocks the resident from posting in Utrecht; the resident hears why.
    await admin
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Moderatie' })
      .click();
    await admin
      .getByRole('navigation', { name: 'Onderdelen van de moderatie' })
      .getByRole('link', { name: 'Uitsluitingen' })
      .click();
    await expect(heading(admin)).toHaveText('Uitsluitingen');
    await admin.getByRole('button', { name: 'Uitsluiten' }).click();
    await expect(summary(admin)).toBeFocused();
    await admin.getByLabel('E-mailadres van de persoon').fill(resident);
    await admin.getByLabel('Reden', { exact: true }).fill('Herhaaldelijk reclame geplaatst.');
    await admin.getByRole('button', { name: 'Uitsluiten' }).click();
    await expect(
      admin.locator('[data-alert]').filter({ hasText: `${name} is uitgesloten van bijdragen.` }),
    ).toBeFocused();
    const block = section(admin, 'Uitgesloten').getByRole('listitem').filter({ hasText: name });
    await expect(block).toContainText('Geldt nu');
    await expect(block).toContainText('Herhaaldelijk reclame geplaatst.');
    await checkPage(admin, 'moderatie-uitsluitingen');

    await page.goto(`/ideeen/${ideaId}`);
    const conversation = section(page, 'Reacties');
    await conversation.getByLabel('Uw reactie').fill('Kom langs!');
    await conversation.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(
      page.getByText(/uitgesloten van bijdragen: Herhaaldelijk reclame geplaatst\./),
    ).toBeVisible();
    await checkPage(page, 'reactie-uitgesloten');

    await block.getByRole('button', { name: `Uitsluiting van ${name} opheffen` }).click();
    await expect(
      admin.locator('[data-alert]').filter({ hasText: `De uitsluiting van ${name} is opgeheven.` }),
    ).toBeFocused();
    await expect(block).toContainText('Verlopen of opgeheven');
    await admin.context().close();
    await conversation.getByLabel('Uw reactie').fill('Kom langs! Ik mag weer meedoen.');
    await conversation.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(conversation.getByRole('status')).toHaveText('Uw reactie is geplaatst.');
  });
});

test.describe('the review queue', () => {
  test('shows staff the ideas that wait across the municipality, until they take one under review', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const resident = await confirmedResident(page.request, `Ilse uit Hoograven ${run()}`);
    const headers = await apiSession(page.request, resident, baseURL!, PASSWORD);
    const opgave = await opgaveId(page.request, 'utrecht', 'eenzaamheid-overvecht');
    const title = `Een buurtbankje bij de bushalte ${run()}`;
    const submitted = await page.request.post(`/api/v1/opgaven/${opgave}/proposals`, {
      headers,
      data: { title, body: 'Zodat ouderen kunnen uitrusten en een praatje maken.' },
    });
    expect(submitted.status()).toBe(201);

    const staff = await otherPerson(browser, baseURL!);
    await signedIn(staff, STAFF, '/gemeenten/utrecht', DEMO_PASSWORD);
    await staff
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Ideeën beoordelen' })
      .click();
    await expect(heading(staff)).toHaveText('Ideeën beoordelen');
    // Newest first, so this run's idea is on the first page whatever else waits.
    await staff.getByLabel('Volgorde').selectOption({ label: 'Nieuwste eerst' });
    await staff.getByRole('button', { name: 'Toon ideeën' }).click();
    await expect(staff).toHaveURL(/volgorde=nieuwste/);
    const waiting = staff.getByRole('listitem').filter({ hasText: title });
    await expect(waiting).toContainText('Ingediend');
    await expect(waiting.getByRole('link', { name: EENZAAMHEID })).toBeVisible();
    await expect(waiting).toContainText(/ingediend op \d+ \w+ \d{4} ·/);
    await checkPage(staff, 'ideeen-beoordelen');
    await checkPhone(staff, 'ideeen-beoordelen');

    await waiting.getByRole('link', { name: title }).click();
    await expect(heading(staff)).toHaveText(title);
    const answer = section(staff, 'Voor de gemeente');
    await answer.getByRole('radio', { name: 'In behandeling' }).check();
    await answer.getByLabel('Reactie van de gemeente').fill('We kijken met de buurt waar een bankje past.');
    await answer.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(staff.locator(':focus')).toContainText('Het idee is nu: in behandeling.');

    await staff.goBack();
    await expect(heading(staff)).toHaveText('Ideeën beoordelen');
    await expect(staff.getByRole('listitem').filter({ hasText: title })).toHaveCount(0);
    await staff.getByLabel('Status').selectOption({ label: 'In behandeling' });
    await staff.getByRole('button', { name: 'Toon ideeën' }).click();
    await expect(staff.getByRole('listitem').filter({ hasText: title })).toContainText('In behandeling');
    await staff.context().close();
  });
});
