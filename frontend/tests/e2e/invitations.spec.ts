/**
 * Invitations in the browser, against the real API: staff invite a resident to an opgave's team by
 * e-mail; nothing happens until the resident, signed in with that verified address, accepts it on
 * "Mijn uitnodigingen" (linked from my account); then they are on the team. Someone whose address
 * is not verified is told to verify first. The sign-in page explains a link a municipality's
 * provider left waiting for the owner, and the mailed link to confirm it says when it no longer
 * works. Every page is checked with axe in both themes and photographed.
 */
import { checkPage, expect, test } from './fixtures';
import { waitForMail } from './mailbox';
import {
  EENZAAMHEID,
  STAFF,
  apiSession,
  confirmedResident,
  heading,
  newResident,
  opgaveId,
  run,
  section,
  signInWith,
} from './people';

test('a resident accepts an invitation to a team, and declines another', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const name = `Noor ${run()}`;
  const email = await confirmedResident(request, name);

  // Staff invite by e-mail (as the opgave page does): the same answer for any address.
  const headers = await apiSession(request, STAFF, baseURL!);
  const opgave = await opgaveId(request, 'utrecht', 'eenzaamheid-overvecht');
  for (const role of ['core_team', 'resident']) {
    const invited = await request.post(`/api/v1/opgaven/${opgave}/members`, {
      headers,
      data: { email, role },
    });
    expect(invited.status()).toBe(202);
  }
  await waitForMail({ to: email, subject: /Uitnodiging voor Samenspel/ });

  await page.goto('/aanmelden?terug=/mijn-account');
  await signInWith(page, email);
  await expect(heading(page)).toHaveText('Mijn account');
  const invitations = section(page, 'Uitnodigingen');
  await invitations.getByRole('link', { name: 'Bekijk mijn uitnodigingen' }).click();
  await expect(heading(page)).toHaveText('Mijn uitnodigingen');
  // Inviting again renewed the one invitation: its role is the last one asked.
  const offer = `In het team van de opgave ‘${EENZAAMHEID}’: inwoner`;
  await expect(page.getByRole('heading', { level: 2, name: offer })).toBeVisible();
  await expect(page.getByText(/Uitgenodigd door Ahmed el Amrani/)).toBeVisible();
  await checkPage(page, 'uitnodigingen');

  await page.getByRole('button', { name: `Aannemen: ${offer}` }).click();
  await expect(page.locator(':focus')).toContainText(`U heeft de uitnodiging aangenomen: ${offer}.`);
  await expect(page.getByText('Er zijn geen open uitnodigingen voor uw e-mailadres.')).toBeVisible();
  await checkPage(page, 'uitnodigingen-aangenomen');

  await page.goto('/gemeenten/utrecht/opgaven');
  await page.getByRole('link', { name: EENZAAMHEID }).click();
  await expect(section(page, 'Team').getByRole('listitem').filter({ hasText: name })).toContainText(
    'Inwoner',
  );

  // A second invitation, declined: nothing changes.
  const again = await request.post(`/api/v1/opgaven/${opgave}/members`, {
    headers,
    data: { email: email.toUpperCase(), role: 'core_team' },
  });
  expect(again.status()).toBe(202);
  await page.goto('/mijn-account/uitnodigingen');
  const other = `In het team van de opgave ‘${EENZAAMHEID}’: kernteam`;
  await page.getByRole('button', { name: `Afslaan: ${other}` }).click();
  await expect(page.locator(':focus')).toContainText(`U heeft de uitnodiging afgeslagen: ${other}.`);
});

test('someone whose address is not verified is asked to verify it first', async ({ page, request }) => {
  test.setTimeout(60_000);
  const email = await newResident(request, `Sam ${run()}`);
  await page.goto('/aanmelden?terug=/mijn-account/uitnodigingen');
  await signInWith(page, email);
  await expect(heading(page)).toHaveText('Mijn uitnodigingen');
  await expect(page.getByText(/Bevestig eerst uw e-mailadres/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Aannemen/ })).toHaveCount(0);
  await checkPage(page, 'uitnodigingen-onbevestigd');
});

test('the sign-in page explains a link that waits for its owner, and a stale confirmation link says so', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/aanmelden?fout=staff_sign_in_link_pending');
  await expect(
    page.getByText(/Er is al een account met het e-mailadres dat uw organisatie doorgaf/),
  ).toBeVisible();
  await checkPage(page, 'aanmelden-koppeling');

  await page.goto('/account/koppelen#token=een-oude-code-die-niet-meer-werkt');
  await expect(heading(page)).toHaveText('Deze link werkt niet (meer)');
  await expect(page).toHaveURL('/account/koppelen');
  await checkPage(page, 'koppelen-verlopen');
});
