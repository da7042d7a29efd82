/**
 * A quick poll in the browser, keyboard only: staff open a poll on the Utrecht opgave; a resident
 * finds it on the opgave's page, signs in from there, answers with radio buttons, the arrow keys
 * and a text area, and finds their answer again to change until the close.
 */
import { checkPage, expect, test } from './fixtures';
import { apiSession, confirmedResident, heading, opgaveId, run, section, signInWith } from './people';

const SANNE = 'medewerker.utrecht@demo.samenspel.example'; // procesregisseur of the opgave

test('a resident answers a poll, keyboard only', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const staffApi = page.context().request;
  const headers = await apiSession(staffApi, SANNE, baseURL!);
  const opgave = await opgaveId(staffApi, 'utrecht', 'bijstand-naar-werk');
  const title = `Hoe was de werksessie? ${run()}`;
  const created = await staffApi.post(`/api/v1/opgaven/${opgave}/polls`, {
    headers,
    data: {
      title,
      questions: [
        { kind: 'single_choice', text: 'Komt u de volgende keer weer?', options: ['Ja', 'Nee', 'Misschien'] },
        {
          kind: 'scale',
          text: 'Hoe tevreden bent u?',
          scaleMin: 1,
          scaleMax: 5,
          minLabel: 'Ontevreden',
          maxLabel: 'Zeer tevreden',
        },
        { kind: 'open_text', text: 'Wat kan er beter?', required: false },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const opened = await staffApi.patch(`/api/v1/polls/${(await created.json()).id}`, {
    headers: { ...headers, 'If-Match': created.headers()['etag']! },
    data: { status: 'open' },
  });
  expect(opened.status(), await opened.text()).toBe(200);
  await staffApi.delete('/api/v1/sessions/current', { headers });
  await page.context().clearCookies();
  const resident = await confirmedResident(page.context().request, 'Joost Peilt');

  // From the opgave's page to the poll, and signing in from there.
  await page.goto(`/gemeenten/utrecht/opgaven/${opgave}`);
  await page.getByRole('link', { name: `Geef uw mening of bekijk de uitslag: ‘${title}’` }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(title);
  await page.getByRole('link', { name: 'Meld u aan om mee te doen.' }).focus();
  await page.keyboard.press('Enter');
  await signInWith(page, resident);
  await expect(heading(page)).toHaveText(title);
  const answer = section(page, 'Uw antwoord');
  await checkPage(page, 'peiling-beantwoorden');

  // Space chooses a radio button; the arrow keys move within its group; Tab goes to the next question.
  const yes = answer.getByRole('radio', { name: 'Ja' });
  await yes.focus();
  await page.keyboard.press('Space');
  await expect(yes).toBeChecked();
  await page.keyboard.press('Tab');
  const one = answer.getByRole('radio', { name: '1', exact: true });
  await expect(one).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(answer.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(answer.getByRole('textbox', { name: /Wat kan er beter\?/ })).toBeFocused();
  await page.keyboard.type('Meer tijd voor vragen aan werkgevers.');
  await answer.getByRole('button', { name: 'Antwoord versturen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('Dank u wel! Uw antwoord is opgeslagen.');
  await expect(answer.getByRole('button', { name: 'Antwoord wijzigen' })).toBeVisible();
  await checkPage(page, 'peiling-beantwoord');

  // Coming back, the answer is theirs to change until the close.
  await page.reload();
  await expect(answer.getByRole('radio', { name: 'Ja' })).toBeChecked();
  await expect(answer.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await expect(answer.getByRole('textbox', { name: /Wat kan er beter\?/ })).toHaveValue(
    'Meer tijd voor vragen aan werkgevers.',
  );
});
