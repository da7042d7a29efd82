/**
 * My invitations: each says in words what it offers (a role, an organisation, a team place);
 * accepting sends the answer once, loads the session again so the new role shows at once, and takes
 * the invitation off the list; declining loads nothing. An unverified address sees none, only what
 * to do first.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem, type InvitationRead } from '$lib/api';
import { session } from '$lib/session/index.svelte';
import { answer } from '$lib/testing/answers';
import { account } from '$lib/testing/people';
import Invitations from './+page.svelte';

const api = vi.hoisted(() => ({
  respondToInvitation: vi.fn(),
  listMyInvitations: vi.fn(),
}));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));
const sessions = vi.hoisted(() => ({ loadSession: vi.fn() }));
vi.mock('$lib/session/account', async (original) => ({
  ...(await original<typeof import('$lib/session/account')>()),
  ...sessions,
}));

afterEach(() => {
  session.end();
  vi.clearAllMocks();
});

const utrecht = { id: 'u', name: 'Utrecht', slug: 'utrecht' };
const role: InvitationRead = {
  id: 'i1',
  kind: 'role',
  role: 'medewerker',
  email: 'noor@example.org',
  municipality: utrecht,
  organisation: null,
  opgave: null,
  teamRole: null,
  isAdmin: false,
  invitedBy: 'Ahmed el Amrani',
  status: 'pending',
  createdAt: '2026-11-01T09:00:00Z',
  expiresAt: '2026-11-15T09:00:00Z',
};
const organisation: InvitationRead = {
  ...role,
  id: 'i2',
  kind: 'organisation',
  role: null,
  organisation: { id: 'o', name: 'Buurtteam Overvecht' },
  isAdmin: true,
};
const team: InvitationRead = {
  ...role,
  id: 'i3',
  kind: 'team',
  role: null,
  opgave: { id: 'p', title: 'Minder eenzaamheid in Overvecht' },
  teamRole: 'core_team',
  invitedBy: null,
};

const noor = account({
  id: 'noor',
  email: 'noor@example.org',
  displayName: 'Noor',
  createdAt: '2026-01-01T00:00:00Z',
});

function renderPage(items: InvitationRead[], unverified = false) {
  return render(Invitations, {
    props: { data: { page: unverified ? null : { items, nextCursor: null }, unverified } } as never,
  });
}

describe('my invitations', () => {
  it('says what each offers, and accepting gives it at once', async () => {
    const user = userEvent.setup();
    session.begin(noor, 'csrf');
    renderPage([role, organisation, team]);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Medewerker bij de gemeente Utrecht' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Lid van Buurtteam Overvecht (gemeente Utrecht), als beheerder',
      }),
    ).toBeVisible();
    const offer = 'In het team van de opgave ‘Minder eenzaamheid in Overvecht’: kernteam';
    expect(screen.getByRole('heading', { level: 2, name: offer })).toBeVisible();
    expect(screen.getAllByText(/Uitgenodigd door Ahmed el Amrani/)).toHaveLength(2);

    api.respondToInvitation.mockResolvedValue(answer({ ...role, status: 'accepted' }));
    await user.click(screen.getByRole('button', { name: 'Aannemen: Medewerker bij de gemeente Utrecht' }));
    expect(api.respondToInvitation).toHaveBeenCalledWith({
      path: { id: 'i1' },
      body: { answer: 'accept' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(sessions.loadSession).toHaveBeenCalledOnce();
    expect(
      await screen.findByText('U heeft de uitnodiging aangenomen: Medewerker bij de gemeente Utrecht.'),
    ).toBeVisible();
    expect(
      screen.queryByRole('heading', { level: 2, name: 'Medewerker bij de gemeente Utrecht' }),
    ).toBeNull();

    api.respondToInvitation.mockResolvedValue(answer({ ...team, status: 'declined' }));
    await user.click(screen.getByRole('button', { name: `Afslaan: ${offer}` }));
    expect(api.respondToInvitation).toHaveBeenLastCalledWith({
      path: { id: 'i3' },
      body: { answer: 'decline' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(sessions.loadSession).toHaveBeenCalledOnce();
    expect(await screen.findByText(`U heeft de uitnodiging afgeslagen: ${offer}.`)).toBeVisible();
  });

  it('says why an answer did not go through, and keeps the invitation', async () => {
    const user = userEvent.setup();
    session.begin(noor, 'csrf');
    renderPage([role]);
    api.respondToInvitation.mockRejectedValue(
      new ApiError(
        toProblem(
          { status: 409, code: 'invitation_answered', detail: 'd', title: 't' },
          new Response('', { status: 409 }),
        ),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Aannemen: Medewerker bij de gemeente Utrecht' }));
    expect(await screen.findByText(/al beantwoord of ingetrokken/)).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Medewerker bij de gemeente Utrecht' }),
    ).toBeVisible();
    expect(sessions.loadSession).not.toHaveBeenCalled();
  });

  it('asks an unverified address to verify first, and shows no invitation', () => {
    session.begin({ ...noor, emailVerified: false }, 'csrf');
    renderPage([], true);
    expect(screen.getByText(/Bevestig eerst uw e-mailadres/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Aannemen/ })).toBeNull();
  });
});
