/**
 * Taking part in the browser, against the real API and its demo data: a new resident submits an
 * idea to "Minder eenzaamheid in Overvecht" (and is shown the similar idea about coffee on the
 * Zambesiplein while typing, and supports it right there), supports another idea and discusses it;
 * changes the idea over a change made meanwhile; staff take it under review and adopt it with a
 * public answer; the resident sees the answer on the idea's page, in their notifications (the
 * header counts them) and in "Mijn bijdragen", whose links lead back to the comment. Ideas are found by status, action line, words and order; a phase
 * that takes no ideas, and an unconfirmed address, say so. And the XSS corpus, posted as ideas and
 * comments, shows as text everywhere, with no dialog, element or handler of its own.
 *
 * Every page is checked with axe in both themes and photographed, some on a phone-sized screen too.
 * The journeys make their own residents and ideas, so they run beside the other journeys.
 */
import { readFileSync } from 'node:fs';
import { checkPage, checkPhone, expect, test } from './fixtures';
import {
  apiSession,
  BIJSTAND,
  confirmedResident,
  DEMO_PASSWORD,
  EENZAAMHEID,
  heading,
  KOFFIE,
  MAATJE,
  newResident,
  opgaveId,
  PASSWORD,
  openOpgave,
  otherPerson,
  run,
  section,
  signInWith,
  STAFF,
  summary,
} from './people';

/** The repository's XSS corpus, the same the API's tests store and read back. */
const corpus = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/xss-payloads.json', import.meta.url), 'utf8'),
) as string[];
test.describe('an idea, from the resident to the municipality and back', () => {
  test('a resident submits an idea, staff answer it, and the resident reads the answer', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const name = `Noor uit Overvecht ${run()}`;
    const email = await confirmedResident(page.request, name);
    const title = `Koffie-ochtend voor ouderen op het plein ${run()}`;

    // Signed out, the opgave says how to take part.
    await openOpgave(page, EENZAAMHEID);
    const ideas = section(page, 'Ideeën');
    await expect(ideas.getByRole('link', { name: KOFFIE })).toBeVisible();
    await ideas
      .getByRole('link', { name: 'Meld u aan om een idee in te dienen, te steunen of te reageren' })
      .click();
    await signInWith(page, email);
    await expect(heading(page)).toHaveText(EENZAAMHEID);
    await checkPage(page, 'opgave-ideeen-inwoner');

    // (a) Submitting: the API names what is missing; similar ideas show while typing.
    await ideas.getByRole('link', { name: 'Dien een idee in' }).click();
    await expect(heading(page)).toHaveText('Idee indienen');
    await expect(heading(page)).toBeFocused();
    await page.getByRole('button', { name: 'Idee indienen' }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page)).toContainText('Vul het veld ‘Titel van uw idee’ in.');
    await expect(summary(page)).toContainText('Vul het veld ‘Uw idee’ in.');
    await expect(page).toHaveTitle(`Fout: Idee indienen – ${EENZAAMHEID} – Gemeente Utrecht – Samenspel`);
    await checkPage(page, 'idee-nieuw-fout');

    await page.getByLabel('Titel van uw idee').fill(title);
    await page
      .getByLabel('Uw idee', { exact: true })
      .fill(
        'Zet op woensdagochtend koffie en thee klaar op het Zambesiplein, zodat buren elkaar leren kennen.\n\n- koffie en thee\n- een paar tafels\n\nZie https://example.org/plein.',
      );
    const similar = page.getByRole('region', { name: 'Lijkt uw idee op een van deze?' });
    await expect(similar.getByRole('link', { name: new RegExp(KOFFIE) })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /op het uwe/ })).toHaveText(
      /Er (is 1 idee dat lijkt|zijn \d+ ideeën die lijken) op het uwe\./,
    );
    // Support it right here: a toggle button, and the count said politely.
    const supportKoffie = similar.getByRole('button', { name: `Steunen (${KOFFIE})` });
    await expect(supportKoffie).toHaveAttribute('aria-pressed', 'false');
    const before = Number(
      (await similar.getByRole('listitem').filter({ hasText: KOFFIE }).innerText()).match(/(\d+) keer/)![1],
    );
    await supportKoffie.click();
    await expect(supportKoffie).toHaveAttribute('aria-pressed', 'true');
    await expect(similar.getByRole('listitem').filter({ hasText: KOFFIE })).toContainText(
      `${before + 1} keer gesteund`,
    );
    await expect(similar.getByRole('listitem').filter({ hasText: KOFFIE }).getByRole('status')).toHaveText(
      `U steunt dit idee. Het is nu ${before + 1} keer gesteund.`,
    );
    await page.getByLabel('Breedtegraad').fill('52,1075');
    await page.getByLabel('Lengtegraad').fill('5.1128');
    await checkPage(page, 'idee-nieuw-vergelijkbaar');
    await page.getByRole('button', { name: 'Idee indienen' }).click();

    await expect(heading(page)).toHaveText(title);
    await expect(page).toHaveURL(/\/gemeenten\/utrecht\/opgaven\/[0-9a-f-]{36}\/ideeen\/[0-9a-f-]{36}$/);
    await expect(page.getByText(`Dank u wel. Uw idee ‘${title}’ is ingediend.`)).toBeVisible();
    const body = page.locator('.samenspel-idea-body');
    await expect(body.locator('p').first()).toContainText('Zet op woensdagochtend koffie');
    await expect(body.getByRole('listitem')).toHaveText(['koffie en thee', 'een paar tafels']);
    await expect(body.getByRole('link', { name: 'https://example.org/plein' })).toHaveAttribute(
      'rel',
      'nofollow noopener noreferrer',
    );
    await expect(section(page, 'Over dit idee')).toContainText('52.1075, 5.1128');
    await expect(page.locator('.samenspel-idea-meta')).toContainText(`Ingediend Door ${name}`);
    await expect(section(page, 'Reactie van de gemeente')).toContainText(
      'De gemeente heeft nog niet gereageerd.',
    );
    await checkPage(page, 'idee-ingediend');
    const ideaUrl = new URL(page.url()).pathname;
    const ideaId = ideaUrl.split('/').pop()!;

    // Changing it, while it changes meanwhile elsewhere: the form says so and keeps what was typed.
    await section(page, 'Uw idee').getByRole('link', { name: 'Idee wijzigen' }).click();
    await expect(heading(page)).toHaveText('Idee wijzigen');
    await expect(page.getByLabel('Uw idee', { exact: true })).toHaveValue(
      'Zet op woensdagochtend koffie en thee klaar op het Zambesiplein, zodat buren elkaar leren kennen.\n\n- koffie en thee\n- een paar tafels\n\nZie https://example.org/plein.',
    );
    await page.getByLabel('Breedtegraad').fill('');
    await page.getByLabel('Lengtegraad').fill('');
    await page
      .getByLabel('Uw idee', { exact: true })
      .fill('Elke woensdagochtend koffie en thee op het plein, voor iedereen.');
    const me = await (await page.request.get('/api/v1/me')).json();
    const current = await page.request.get(`/api/v1/proposals/${ideaId}`);
    const meanwhile = await page.request.patch(`/api/v1/proposals/${ideaId}`, {
      headers: { 'If-Match': current.headers().etag!, 'X-CSRF-Token': me.csrfToken, Origin: baseURL! },
      data: { title: `${title} (bijgewerkt)` },
    });
    expect(meanwhile.status()).toBe(200);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const stale = page.getByRole('region', { name: 'Intussen gewijzigd' });
    await expect(stale).toBeFocused();
    await expect(page.getByLabel('Uw idee', { exact: true })).toHaveValue(
      'Elke woensdagochtend koffie en thee op het plein, voor iedereen.',
    );
    await checkPage(page, 'idee-wijzigen-verouderd');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page).toHaveURL(ideaUrl);
    await expect(page.getByText('De wijzigingen in uw idee zijn opgeslagen.')).toBeVisible();
    await expect(heading(page)).toHaveText(title);
    await expect(body).toHaveText('Elke woensdagochtend koffie en thee op het plein, voor iedereen.');
    await expect(section(page, 'Over dit idee')).not.toContainText('Locatie');

    // (a) Another idea: support it (a toggle, the count said politely) and discuss it.
    await page.getByRole('link', { name: `Terug naar de opgave ‘${EENZAAMHEID}’` }).click();
    await ideas.getByRole('link', { name: MAATJE }).click();
    await expect(heading(page)).toHaveText(MAATJE);
    const support = section(page, 'Steun');
    const toggle = support.getByRole('button', { name: 'Steun dit idee' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const count = Number((await support.innerText()).match(/(\d+) keer gesteund/)![1]);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(support.getByRole('status')).toHaveText(
      `U steunt dit idee. Het is nu ${count + 1} keer gesteund.`,
    );
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(support.getByRole('status')).toHaveText(
      `U steunt dit idee niet meer. Het is nu ${count} keer gesteund.`,
    );
    await toggle.click();
    await expect(support).toContainText(`${count + 1} keer gesteund`);

    const conversation = section(page, 'Reacties');
    await conversation.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(summary(page)).toContainText('Vul het veld ‘Uw reactie’ in.');
    await conversation.getByLabel('Uw reactie').fill('Goed idee!\nIk help graag mee bij de verhuisdozen.');
    await conversation.getByRole('radio', { name: 'Voor' }).check();
    await conversation.getByRole('button', { name: 'Reactie plaatsen' }).click();
    const mine = conversation.getByRole('article').filter({ hasText: name });
    await expect(mine).toBeFocused();
    await expect(mine).toContainText('Standpunt: voor');
    // Plain text, line breaks and all.
    await expect(mine.locator('.samenspel-comment__body')).toHaveText(
      'Goed idee!\nIk help graag mee bij de verhuisdozen.',
    );
    await expect(conversation.getByRole('status')).toHaveText('Uw reactie is geplaatst.');

    // Changed within its window; a reply to someone else, then deleted again.
    await mine.getByRole('button', { name: 'Wijzigen' }).click();
    await expect(mine.getByLabel('Uw reactie')).toBeFocused();
    await mine.getByLabel('Uw reactie').fill('Goed idee! Ik help graag mee.');
    await mine.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await expect(mine).toContainText('(gewijzigd)');
    await expect(mine.locator('.samenspel-comment__body')).toHaveText('Goed idee! Ik help graag mee.');

    const partner = conversation.getByRole('article').filter({ hasText: 'Bij Schuldhulpmaatje werkt' });
    await partner.getByRole('button', { name: /^Antwoorden aan Marieke Jansen/ }).click();
    await expect(conversation.getByLabel(/^Uw antwoord aan Marieke Jansen/)).toBeFocused();
    await conversation.getByLabel(/^Uw antwoord aan Marieke Jansen/).fill('Hoe vinden jullie de maatjes?');
    await conversation.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    const reply = conversation.getByRole('article').filter({ hasText: 'Hoe vinden jullie de maatjes?' });
    await expect(reply).toBeFocused();
    await expect(conversation.getByRole('list', { name: /^Antwoorden op Marieke Jansen/ })).toContainText(
      'Hoe vinden jullie de maatjes?',
    );
    await checkPage(page, 'idee-reacties');
    await reply.getByRole('button', { name: 'Verwijderen' }).click();
    await reply.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(reply).toHaveCount(0);
    await expect(conversation.getByRole('status')).toHaveText('Uw reactie is verwijderd.');
    const commentId = (await mine.getAttribute('id'))!.replace('reactie-', '');

    // (b) Staff answer it: declining needs a reason, then under review, then adopted.
    const staff = await otherPerson(browser, baseURL!);
    await staff.goto(`/aanmelden?terug=${encodeURIComponent(ideaUrl)}`);
    await signInWith(staff, STAFF, DEMO_PASSWORD);
    await expect(heading(staff)).toHaveText(title);
    const answer = section(staff, 'Voor de gemeente');
    await expect(answer.getByRole('radio')).toHaveCount(2);
    await answer.getByRole('radio', { name: 'Afgewezen' }).check();
    await answer.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(summary(staff)).toContainText('Reactie van de gemeente');
    await expect(answer.getByLabel('Reactie van de gemeente')).toHaveAttribute('aria-invalid', 'true');
    await checkPage(staff, 'idee-beantwoorden-fout');
    await answer.getByRole('radio', { name: 'In behandeling' }).check();
    await answer.getByLabel('Reactie van de gemeente').fill('Mooi idee. We bespreken het met het buurthuis.');
    await answer.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(staff.locator(':focus')).toContainText('Het idee is nu: in behandeling.');
    await expect(section(staff, 'Reactie van de gemeente')).toContainText(
      'We bespreken het met het buurthuis.',
    );
    await answer.getByRole('radio', { name: 'Overgenomen' }).check();
    await answer
      .getByLabel('Reactie van de gemeente')
      .fill(
        'We nemen het over: vanaf maart staat er elke woensdag koffie klaar.\nHet buurthuis zorgt voor tafels.',
      );
    await answer.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(staff.locator(':focus')).toContainText('Het idee is nu: overgenomen.');
    const answered = section(staff, 'Reactie van de gemeente');
    await expect(answered).toContainText('Overgenomen');
    await expect(answered).toContainText('Ahmed el Amrani');
    await checkPage(staff, 'idee-beantwoord-medewerker');
    await staff.context().close();

    // (c) The resident sees the answer on the idea's page...
    await page.goto(ideaUrl);
    await expect(heading(page)).toHaveText(title);
    const response = section(page, 'Reactie van de gemeente');
    await expect(response.locator('[data-status="adopted"]')).toHaveText('Overgenomen');
    await expect(response.locator('blockquote')).toHaveText(
      'We nemen het over: vanaf maart staat er elke woensdag koffie klaar.\nHet buurthuis zorgt voor tafels.',
    );
    await expect(section(page, 'Uw idee')).toContainText('De gemeente heeft op uw idee gereageerd');
    await expect(section(page, 'Uw idee').getByRole('link', { name: 'Idee wijzigen' })).toHaveCount(0);
    await expect(section(page, 'Uw idee').getByRole('button', { name: 'Idee intrekken' })).toHaveCount(0);
    await checkPage(page, 'idee-overgenomen');
    await checkPhone(page, 'idee-overgenomen');

    // ...in their notifications: the header counts the two answers, newest first, marked new...
    const account = page.getByRole('navigation', { name: 'Account' });
    const bell = account.getByRole('link', { name: /^Meldingen/ });
    await expect(bell).toHaveAccessibleName('Meldingen 2 ongelezen');
    await bell.click();
    await expect(heading(page)).toHaveText('Meldingen');
    await expect(page.getByText('U heeft 2 ongelezen meldingen.')).toBeVisible();
    const notifications = page.locator('#meldingen-lijst').getByRole('article');
    await expect(notifications).toHaveCount(2);
    const adopted = notifications.first();
    await expect(adopted).toContainText('Nieuw');
    await expect(adopted).toContainText('Reactie op uw idee');
    await expect(adopted.getByRole('heading')).toHaveText(
      `De gemeente heeft gereageerd op ‘${title}’: overgenomen`,
    );
    await expect(adopted).toContainText('vanaf maart staat er elke woensdag koffie klaar');
    await expect(notifications.nth(1).getByRole('heading')).toContainText('in behandeling');
    await checkPage(page, 'meldingen');
    await checkPhone(page, 'meldingen');
    // ...opening one reads it and leads to the idea...
    await adopted.getByRole('link', { name: /overgenomen$/ }).click();
    await expect(heading(page)).toHaveText(title);
    await expect(page).toHaveURL(ideaUrl);
    await expect(bell).toHaveAccessibleName('Meldingen 1 ongelezen');
    // ...and the rest are marked read at once, or one unread again by hand.
    await bell.click();
    await expect(page.getByText('U heeft 1 ongelezen melding.')).toBeVisible();
    await expect(notifications.first()).not.toContainText('Nieuw');
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await expect(
      page.locator('[data-alert]').filter({ hasText: '1 melding is als gelezen gemarkeerd.' }),
    ).toBeFocused();
    await expect(page.getByText('U heeft geen ongelezen meldingen.')).toBeVisible();
    await expect(bell).toHaveAccessibleName('Meldingen');
    await notifications
      .first()
      .getByRole('button', { name: /^Markeer als ongelezen/ })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Gemarkeerd als ongelezen.' })).toBeAttached();
    await expect(bell).toHaveAccessibleName('Meldingen 1 ongelezen');
    await page
      .getByRole('navigation', { name: 'Welke meldingen' })
      .getByRole('link', { name: 'Toon alleen ongelezen meldingen' })
      .click();
    await expect(notifications).toHaveCount(1);
    await checkPage(page, 'meldingen-ongelezen');
    // Mail about notifications: at once by default; a daily digest instead, from my account.
    await page.getByRole('link', { name: 'Meldingen per e-mail instellen' }).click();
    await expect(heading(page)).toHaveText('Mijn account');
    const mail = section(page, 'Meldingen per e-mail');
    await expect(mail.getByRole('radio', { name: 'Meteen: een e-mail per melding' })).toBeChecked();
    await mail.getByRole('radio', { name: /^Eén keer per dag/ }).check();
    await mail.getByRole('button', { name: 'Keuze opslaan' }).click();
    await expect(mail.locator('[data-alert]')).toBeFocused();
    await expect(mail.locator('[data-alert]')).toHaveText(
      'Opgeslagen. U krijgt voortaan één keer per dag een e-mail met de meldingen van die dag.',
    );
    expect((await (await page.request.get('/api/v1/me')).json()).emailNotifications).toBe('daily');
    await checkPage(page, 'mijn-account-meldingen');

    // ...and in My contributions, whose comment link leads back to the comment itself.
    await page
      .getByRole('navigation', { name: 'Account' })
      .getByRole('link', { name: 'Mijn account' })
      .click();
    await page.getByRole('link', { name: 'Bekijk mijn bijdragen' }).click();
    await expect(heading(page)).toHaveText('Mijn bijdragen');
    const myIdeas = section(page, 'Mijn ideeën');
    const item = myIdeas.getByRole('listitem').filter({ hasText: title });
    await expect(item.locator('[data-status="adopted"]')).toHaveText('Overgenomen');
    await expect(item).toContainText('vanaf maart staat er elke woensdag koffie klaar');
    await expect(item.getByRole('link', { name: EENZAAMHEID })).toBeVisible();
    const myComments = section(page, 'Mijn reacties');
    await expect(myComments.getByRole('listitem')).toHaveCount(1);
    await expect(myComments).toContainText('Goed idee! Ik help graag mee.');
    await expect(myComments).toContainText('Standpunt: voor');
    await checkPage(page, 'mijn-bijdragen');
    await checkPhone(page, 'mijn-bijdragen');
    await myComments.getByRole('link', { name: MAATJE }).click();
    await expect(heading(page)).toHaveText(MAATJE);
    await expect(page).toHaveURL(new RegExp(`#reactie-${commentId}$`));
    await expect(page.locator(`#reactie-${commentId}`)).toBeFocused();

    // Mails and notifications link to /ideeen/{id}(#reactie-…): on to the idea, the fragment kept.
    const maatjeUrl = new URL(page.url()).pathname;
    await page.goto(`/ideeen/${maatjeUrl.split('/').pop()}#reactie-${commentId}`);
    await expect(page).toHaveURL(`${maatjeUrl}#reactie-${commentId}`);
    await expect(page.locator(`#reactie-${commentId}`)).toBeFocused();
    await page.goto(`/ideeen/${ideaId}`);
    await expect(page).toHaveURL(ideaUrl);
    await expect(heading(page)).toHaveText(title);
  });

  test('an author withdraws an idea, after saying yes once more', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const email = await confirmedResident(page.request, `Sem uit Overvecht ${run()}`);
    const headers = await apiSession(page.request, email, baseURL!, PASSWORD);
    const id = await opgaveId(page.request, 'utrecht', 'eenzaamheid-overvecht');
    const title = `Een bankje bij de bushalte ${run()}`;
    const created = await page.request.post(`/api/v1/opgaven/${id}/proposals`, {
      headers,
      data: { title, body: '<p>Om even uit te rusten.</p>' },
    });
    expect(created.status()).toBe(201);
    await page.goto(`/ideeen/${(await created.json()).id}`);
    await expect(heading(page)).toHaveText(title);
    const mine = section(page, 'Uw idee');
    await mine.getByRole('button', { name: 'Idee intrekken' }).click();
    await expect(mine.getByRole('button', { name: 'Ja, trek mijn idee in' })).toBeFocused();
    await checkPage(page, 'idee-intrekken');
    await mine.getByRole('button', { name: 'Ja, trek mijn idee in' }).click();
    await expect(page.locator(':focus')).toContainText('Uw idee is ingetrokken.');
    await expect(page.locator('.samenspel-idea-meta [data-status]')).toHaveText('Ingetrokken');
    await expect(page.getByText('De schrijver heeft dit idee ingetrokken.')).toBeVisible();
    // A withdrawn idea is supported no more.
    await expect(section(page, 'Steun').getByRole('button')).toHaveCount(0);
  });
});

test.describe("an opgave's ideas", () => {
  test('are found by status, action line, words and order, and say when the phase takes none', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    // Putten's mantelzorg opgave is being carried out and takes no new ideas; it says which phases do.
    await page.goto('/gemeenten/putten/opgaven');
    await page.getByRole('link', { name: 'Samen sterk voor mantelzorgers' }).click();
    await expect(section(page, 'Ideeën')).toContainText(
      /Nieuwe ideeën kunnen alleen in de fasen verkennen, formuleren en plan van aanpak\./,
    );

    // The README's flagship is being carried out too, and still welcomes ideas: a visitor is asked to sign in.
    await openOpgave(page, BIJSTAND);
    const ideas = section(page, 'Ideeën');
    await expect(ideas.locator('[data-submission]')).toHaveAttribute('data-submission', 'sign-in');
    const results = ideas.getByRole('list', { name: 'Gevonden ideeën' }).getByRole('listitem');
    await expect(results).toHaveCount(2);
    const proefplaatsing = results.filter({ hasText: 'Proefplaatsingen zonder risico op de uitkering' });
    await expect(proefplaatsing).toContainText('Overgenomen');
    await expect(proefplaatsing).toContainText('namens Werkgeversservicepunt Utrecht-Midden');
    await expect(proefplaatsing).toContainText('Actielijn: Creëren passende banen');
    await expect(proefplaatsing).toContainText('De gemeente heeft gereageerd.');

    // Filtering changes the address, not the focus, and says politely what it found.
    await ideas.getByLabel('Status').selectOption({ label: 'In behandeling' });
    await ideas.getByRole('button', { name: 'Toon ideeën' }).click();
    await expect(page).toHaveURL(/\?status=under_review$/);
    await expect(ideas.getByRole('button', { name: 'Toon ideeën' })).toBeFocused();
    await expect(ideas.getByRole('status').first()).toHaveText('1 idee gevonden.');
    await expect(results).toHaveText([/Kinderopvang op de dag van het sollicitatiegesprek/]);

    await ideas.getByLabel('Status').selectOption({ label: 'Alle statussen' });
    await ideas.getByLabel('Actielijn').selectOption({ label: 'Creëren passende banen' });
    await ideas.getByRole('button', { name: 'Toon ideeën' }).click();
    await expect(results).toHaveText([/Proefplaatsingen zonder risico/]);

    await ideas.getByLabel('Actielijn').selectOption({ label: 'Alle actielijnen' });
    await ideas.getByLabel('Zoekwoorden').fill('kinderen');
    await ideas.getByRole('button', { name: 'Toon ideeën' }).click();
    await expect(page).toHaveURL(/\?q=kinderen$/);
    await expect(results).toHaveText([/Kinderopvang op de dag/]);

    await ideas.getByLabel('Zoekwoorden').fill('');
    await ideas.getByLabel('Volgorde').selectOption({ label: 'Meeste steun eerst' });
    await ideas.getByRole('button', { name: 'Toon ideeën' }).click();
    await expect(page).toHaveURL(/\?volgorde=-supportCount$/);
    await expect(results.first()).toContainText('Proefplaatsingen zonder risico');
    await checkPage(page, 'opgave-ideeen-gefilterd');

    // Back goes to the search before, and a shared address shows the same ideas.
    await page.goBack();
    await expect(page).toHaveURL(/\?q=kinderen$/);
    await expect(results).toHaveText([/Kinderopvang op de dag/]);
    await expect(ideas.getByLabel('Zoekwoorden')).toHaveValue('kinderen');
    await page.reload();
    await expect(results).toHaveText([/Kinderopvang op de dag/]);
    await ideas.getByRole('link', { name: 'Wis zoekwoorden en filters' }).click();
    await expect(ideas.getByLabel('Zoekwoorden')).toBeFocused();
    await expect(results).toHaveCount(2);
    await checkPhone(page, 'opgave-bijstand');

    // A value the API does not take is named at its field.
    await ideas.getByLabel('Zoekwoorden').fill('bijstand '.repeat(30));
    await ideas.getByRole('button', { name: 'Toon ideeën' }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page)).toContainText('Zoekwoorden mag hoogstens 200 tekens lang zijn.');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(section(page, 'Ideas')).toContainText('Sign in to submit, support or comment on ideas');
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  test('ask for a confirmed address before anyone takes part', async ({ page }) => {
    const email = await newResident(page.request, `Lot uit Zuilen ${run()}`);
    await page.goto('/aanmelden?terug=%2Fgemeenten%2Futrecht%2Fopgaven');
    await signInWith(page, email);
    await page.getByRole('link', { name: EENZAAMHEID }).click();
    await expect(section(page, 'Ideeën')).toContainText(
      'Bevestig eerst uw e-mailadres. Daarna kunt u ideeën indienen, steunen en erop reageren.',
    );
    await expect(section(page, 'Gesprek')).toContainText(
      'Bevestig eerst uw e-mailadres. Daarna kunt u reageren.',
    );
    await expect(section(page, 'Ideeën').getByRole('button', { name: /^Steunen/ })).toHaveCount(0);
  });
});

test.describe('the XSS corpus', () => {
  test('posted as ideas and comments, shows as text, and nothing of it runs', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const opgave = await opgaveId(page.request, 'putten', 'gezond-opgroeien');

    // Ideas by Gerda of Stichting Welzijn (the page's own session, so "Mijn bijdragen" is hers).
    const gerda = await apiSession(page.request, 'partner.putten@demo.samenspel.example', baseURL!);
    const titles = corpus.filter((payload) => payload === payload.trim() && payload.length >= 3).slice(0, 6);
    const ideaIds: string[] = [];
    for (const [index, payload] of titles.entries()) {
      const submitted = await page.request.post(`/api/v1/opgaven/${opgave}/proposals`, {
        headers: gerda,
        data: {
          title: payload,
          body: `<p>Idee ${index}</p>${corpus[(index * 7) % corpus.length]}<p>einde</p>`,
        },
      });
      expect(submitted.status(), payload).toBe(201);
      ideaIds.push((await submitted.json()).id);
    }
    const target = `XSS-proef ${run()}`;
    const host = await page.request.post(`/api/v1/opgaven/${opgave}/proposals`, {
      headers: gerda,
      data: { title: target, body: `<p>Hier staan reacties.</p>${corpus.join('')}` },
    });
    expect(host.status()).toBe(201);
    const hostId = (await host.json()).id as string;

    // Every payload as a comment, from two residents (under the journeys' hourly limit, see
    // playwright.config.ts, since other journeys post as them too), a few as replies.
    const residents = await Promise.all(
      ['inwoner.putten@demo.samenspel.example', 'inwoner2.putten@demo.samenspel.example'].map(
        async (email) => {
          const request = await playwright.request.newContext({ baseURL });
          return { request, headers: await apiSession(request, email, baseURL!) };
        },
      ),
    );
    let firstComment = '';
    for (const [index, payload] of corpus.entries()) {
      const { request, headers } = residents[index % 2]!;
      const posted = await request.post(`/api/v1/proposals/${hostId}/comments`, {
        headers,
        data: { body: payload, ...(index % 5 === 4 && firstComment ? { parentId: firstComment } : {}) },
      });
      expect(posted.status(), payload).toBe(201);
      if (!firstComment) firstComment = (await posted.json()).id;
    }
    let opgaveComment = '';
    for (const payload of corpus.slice(0, 5)) {
      const posted = await residents[0]!.request.post(`/api/v1/opgaven/${opgave}/comments`, {
        headers: residents[0]!.headers,
        data: { body: payload, stance: 'neutral' },
      });
      expect(posted.status(), payload).toBe(201);
      opgaveComment = (await posted.json()).id;
    }
    await Promise.all(residents.map(({ request }) => request.dispose()));

    /** No element, attribute or address of the payloads' own in the page's content. */
    async function inert(where: string): Promise<void> {
      const found = await page.locator('main').evaluate((main) => {
        const problems: string[] = [];
        for (const element of main.querySelectorAll('*')) {
          // The background map's tiles are the site's own images, from the API.
          if (element.closest('.leaflet-container')) continue;
          const tag = element.localName;
          if (
            [
              'script',
              'iframe',
              'object',
              'embed',
              'img',
              'svg',
              'math',
              'style',
              'link',
              'meta',
              'base',
              'video',
              'audio',
              'marquee',
              'template',
              'isindex',
              'keygen',
              'x',
            ].includes(tag)
          ) {
            problems.push(`<${tag}>`);
          }
          for (const attribute of element.attributes) {
            if (
              /^on/i.test(attribute.name) ||
              attribute.name === 'srcdoc' ||
              attribute.name === 'formaction'
            ) {
              problems.push(`${tag}[${attribute.name}]`);
            }
            if (
              ['href', 'src', 'action', 'data'].includes(attribute.name) &&
              /^\s*(javascript|data|vbscript):/i.test(attribute.value)
            ) {
              problems.push(`${tag}[${attribute.name}=${attribute.value}]`);
            }
          }
        }
        return problems;
      });
      expect(found, where).toEqual([]);
      expect(dialogs, where).toEqual([]);
    }

    // The idea with every payload as a comment: each shows, literally.
    await page.goto(`/ideeen/${hostId}`);
    await expect(heading(page)).toHaveText(target);
    const conversation = section(page, 'Reacties');
    const more = conversation.getByRole('button', { name: 'Meer reacties laden' });
    while (await more.isVisible()) {
      const shown = await conversation.locator('.samenspel-comment').count();
      await more.click();
      await expect.poll(() => conversation.locator('.samenspel-comment').count()).toBeGreaterThan(shown);
    }
    const showAll = conversation.getByRole('button', { name: /^Toon alle \d+ antwoorden$/ });
    await showAll.click();
    // Focus continues at the first reply that was not shown before.
    await expect(page.locator(':focus')).toHaveClass(/samenspel-comment/);
    await expect(conversation.locator('.samenspel-comment')).toHaveCount(corpus.length);
    const bodies = await conversation.locator('.samenspel-comment__body').allTextContents();
    for (const payload of corpus) expect(bodies, payload).toContain(payload);
    // The idea's own text keeps only what the API allows: no element beyond those.
    await expect(page.locator('.samenspel-idea-body *:not(p, br, ul, ol, li, a, strong, em)')).toHaveCount(0);
    await inert('the idea with the corpus as comments');
    await checkPage(page, 'xss-idee-reacties');

    // The ideas with payloads as titles and in their text.
    for (const [index, id] of ideaIds.entries()) {
      await page.goto(`/ideeen/${id}`);
      await expect(heading(page)).toHaveText(titles[index]!);
      await expect(page).toHaveTitle(
        `${titles[index]} – Gezond en actief opgroeien in Putten – Gemeente Putten – Samenspel`,
      );
      await inert(`the idea titled ${titles[index]}`);
    }

    // The opgave: its ideas' titles, and its conversation, as text.
    await page.goto(`/opgaven/${opgave}`);
    await expect(heading(page)).toHaveText('Gezond en actief opgroeien in Putten');
    const ideas = section(page, 'Ideeën');
    for (const title of titles)
      await expect(ideas.getByRole('link', { name: title, exact: true })).toBeVisible();
    const opgaveComments = await section(page, 'Gesprek')
      .locator('.samenspel-comment__body')
      .allTextContents();
    for (const payload of corpus.slice(0, 5)) expect(opgaveComments, payload).toContain(payload);
    await inert('the opgave');
    await checkPage(page, 'xss-opgave');
    // A comment on the opgave itself is linked as /opgaven/{id}#reactie-{id}.
    await page.goto(`/opgaven/${opgave}#reactie-${opgaveComment}`);
    await expect(page.locator(`#reactie-${opgaveComment}`)).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/gemeenten/putten/opgaven/${opgave}#reactie-${opgaveComment}$`));

    // Her contributions: the titles as text.
    await page.goto('/mijn-account/bijdragen');
    await expect(heading(page)).toHaveText('Mijn bijdragen');
    for (const title of titles) {
      await expect(
        section(page, 'Mijn ideeën').getByRole('link', { name: title, exact: true }),
      ).toBeVisible();
    }
    await inert('my contributions');
  });
});
