/**
 * One stream of events, as people meet it: a follower of an opgave finds its phase change and a
 * grant among their notifications; a beheerder sees what a webhook of the municipality delivered.
 * Each journey makes its own opgave, so no other journey's demo data moves.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { checkPage, expect, test } from './fixtures';
import { confirmedResident, DEMO_PASSWORD, run, signInWith } from './people';

// In Putten: the opgaven these journeys publish would change what the Utrecht journeys count.
const STAFF = 'medewerker.putten@demo.samenspel.example';
const JOOST = 'partner2.putten@demo.samenspel.example'; // RadarAdvies, used by no other journey
const BEHEERDER = 'beheerder.putten@demo.samenspel.example';
const WOO = 'Subsidieregeling Samen aan de Slag 2027, artikel 4';

interface Actor {
  request: APIRequestContext;
  call: <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: object) => Promise<T>;
}

interface Found {
  id: string;
}

async function actor(baseURL: string, email: string): Promise<Actor> {
  const request = await playwrightRequest.newContext({ baseURL });
  const opened = await request.post('/api/v1/sessions', { data: { email, password: DEMO_PASSWORD } });
  expect(opened.status(), `sign-in of ${email}`).toBe(201);
  const headers = { 'X-CSRF-Token': (await opened.json()).csrfToken as string, Origin: baseURL };
  return {
    request,
    call: async (method, path, data) => {
      const response = await request.fetch(`/api/v1${path}`, { method, headers, data });
      expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
      return response.json();
    },
  };
}

/** A published opgave of Putten, made by a medewerker who is its procesregisseur. */
async function freshOpgave(staff: Actor, title: string): Promise<string> {
  const me = await staff.call<Found>('GET', '/me');
  const opgave = await staff.call<Found>('POST', '/opgaven', {
    municipality: 'putten',
    title,
    procesregisseurId: me.id,
    published: true,
  });
  return opgave.id;
}

async function signIn(page: Page, email: string, password: string, then: string): Promise<void> {
  await page.goto(`/aanmelden?terug=${encodeURIComponent(then)}`);
  await signInWith(page, email, password);
  await expect(page).toHaveURL(then);
}

test('a follower finds a phase change and a grant among their notifications', async ({
  page,
  request,
  baseURL,
}) => {
  const title = `Samen sporten in Hoograven ${run()}`;
  const staff = await actor(baseURL!, STAFF);
  const joost = await actor(baseURL!, JOOST);
  const opgaveId = await freshOpgave(staff, title);

  // A resident follows the opgave on its page.
  const email = await confirmedResident(request, 'Fenna Volger');
  await signIn(page, email, 'Koffie-op-het-Zambesiplein-2026', `/gemeenten/putten/opgaven/${opgaveId}`);
  await page.getByRole('button', { name: 'Volg deze opgave' }).click();
  await expect(page.getByText('U volgt deze opgave.')).toBeVisible();

  // The opgave moves on, and money is granted to a partner on its team.
  await staff.call('POST', `/opgaven/${opgaveId}/phase-transitions`, { toPhase: 'formulating' });
  const budget = await staff.call<Found>('POST', `/opgaven/${opgaveId}/budgets`, { title: 'Sportbudget' });
  await staff.call('POST', `/budgets/${budget.id}/contributions`, { amountCents: 1_000_000 });
  const organisation = (await joost.call<{ organisations: Found[] }>('GET', '/me')).organisations[0]!.id;
  const member = await staff.call<Found>('POST', `/opgaven/${opgaveId}/members`, {
    organisationId: organisation,
    role: 'partner',
    partnerRole: 'contributor',
  });
  await joost.call('PATCH', `/members/${member.id}`, { status: 'active' });
  const claim = await joost.call<Found>('POST', `/budgets/${budget.id}/claims`, {
    organisationId: organisation,
    amountCents: 250_000,
    motivation: 'Een sportcoach voor de wijk.',
  });
  await staff.call('POST', `/budget-claims/${claim.id}/decisions`, { decision: 'grant', legalBasis: WOO });

  // The follower round (every few seconds) tells them, from the events.
  await page.goto('/mijn-account/meldingen');
  const list = page.getByRole('main');
  await expect(async () => {
    await page.reload();
    await expect(list).toContainText(`‘${title}’ is nu in de fase formuleren`, { timeout: 1_000 });
    await expect(list).toContainText(`Budget toegekend bij ‘${title}’`, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await checkPage(page, 'meldingen-volger');

  await staff.request.dispose();
  await joost.request.dispose();
});

test('a beheerder sees what a webhook delivered', async ({ page, baseURL }) => {
  // The municipality's system: answers the handshake and takes every delivery.
  const received: string[] = [];
  const receiver: Server = createServer((incoming, answer) => {
    if (incoming.method === 'OPTIONS') {
      answer.writeHead(200, { 'WebHook-Allowed-Origin': incoming.headers['webhook-request-origin'] ?? '*' });
      answer.end();
      return;
    }
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
    incoming.on('end', () => {
      received.push(body);
      answer.writeHead(204);
      answer.end();
    });
  });
  await new Promise<void>((ready) => receiver.listen(0, '127.0.0.1', ready));
  const { port } = receiver.address() as AddressInfo;
  const description = `Zaaksysteem ${run()}`;
  try {
    const admin = await actor(baseURL!, BEHEERDER);
    const staff = await actor(baseURL!, STAFF);
    await admin.call('POST', '/webhook-subscriptions', {
      municipality: 'putten',
      url: `http://127.0.0.1:${port}/gebeurtenissen`,
      eventTypes: ['nl.samenspel.opgave.phase-changed'],
      description,
    });
    const opgaveId = await freshOpgave(staff, `Schone straten ${run()}`);
    await staff.call('POST', `/opgaven/${opgaveId}/phase-transitions`, { toPhase: 'formulating' });
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);

    // The old address forwards to the console's webhooks: one page for them.
    await signIn(page, BEHEERDER, DEMO_PASSWORD, '/gemeenten/putten/beheer');
    await page.goto('/beheer/webhooks');
    await expect(page).toHaveURL(/\/gemeenten\/putten\/beheer\/webhooks$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webhooks');
    const url = `http://127.0.0.1:${port}/gebeurtenissen`;
    const hook = page.locator('#webhooks li').filter({ hasText: description });
    await expect(hook).toContainText('actief');
    await hook.getByRole('link', { name: url }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bezorglogboek');
    const log = page.getByRole('region', { name: `Bezorglogboek van ${url}` });
    const delivery = log.locator('li[data-delivery="nl.samenspel.opgave.phase-changed"]').first();
    await expect(async () => {
      await page.reload();
      await expect(delivery).toContainText('bezorgd', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(delivery).toContainText('antwoord 204');
    await checkPage(page, 'beheer-webhook');

    // Paused, it holds its deliveries back; resumed, it runs again.
    const standing = page.locator('p.samenspel-meta').first();
    await page.getByRole('button', { name: 'Pauzeren' }).click();
    await expect(page.getByText('Het abonnement is gepauzeerd')).toBeVisible();
    await expect(standing).toContainText('gepauzeerd');
    await page.getByRole('button', { name: 'Hervatten' }).click();
    await expect(page.getByText('Het abonnement is weer actief.')).toBeVisible();
    await expect(standing).toContainText('actief');

    // Changed: what it is called and which kinds it gets.
    const edit = page.getByRole('form', { name: 'Abonnement wijzigen' });
    await edit.getByLabel('Omschrijving').fill(`${description} (gewijzigd)`);
    await edit.getByRole('checkbox', { name: 'nl.samenspel.opgave.published' }).check();
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByText('Het abonnement is gewijzigd.')).toBeVisible();
    const [saved] = (
      await admin.call<{ items: { description: string; eventTypes: string[]; status: string }[] }>(
        'GET',
        '/webhook-subscriptions?municipality=putten&limit=100',
      )
    ).items.filter((item) => item.description === `${description} (gewijzigd)`);
    expect(saved?.eventTypes.sort()).toEqual([
      'nl.samenspel.opgave.phase-changed',
      'nl.samenspel.opgave.published',
    ]);
    expect(saved?.status).toBe('active');

    await admin.request.dispose();
    await staff.request.dispose();
  } finally {
    await new Promise((closed) => receiver.close(closed));
  }
});
