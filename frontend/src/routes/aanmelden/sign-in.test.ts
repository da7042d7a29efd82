import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem } from '$lib/api';
import { session } from '$lib/session/index.svelte';
import SignIn from './+page.svelte';

const mocks = vi.hoisted(() => ({
  goto: vi.fn(),
  signIn: vi.fn(),
  page: { url: new URL('http://localhost/aanmelden') },
}));
vi.mock('$app/navigation', () => ({ goto: mocks.goto }));
vi.mock('$app/state', () => ({ page: mocks.page }));
vi.mock('$lib/api', async (original) => ({
  ...(await original<typeof import('$lib/api')>()),
  signIn: mocks.signIn,
}));

afterEach(() => {
  vi.resetAllMocks();
  session.end();
  mocks.page.url = new URL('http://localhost/aanmelden');
});

async function signInWith(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-mailadres'), email);
  await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
}

describe('the sign-in page', () => {
  it('asks for the address as a username and the current password', () => {
    render(SignIn);
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute(
      'href',
      '/wachtwoord-vergeten',
    );
  });

  it('goes back where the person came from', async () => {
    mocks.page.url = new URL('http://localhost/aanmelden?terug=%2Fgemeenten%2Futrecht');
    mocks.signIn.mockResolvedValue({});
    render(SignIn);
    await signInWith('zoe@example.org', 'Fietsen-langs-de-Vecht');
    expect(mocks.signIn).toHaveBeenCalledWith({
      email: 'zoe@example.org',
      password: 'Fietsen-langs-de-Vecht',
    });
    expect(mocks.goto).toHaveBeenCalledWith('/gemeenten/utrecht');
  });

  it('never follows a return address off the site', async () => {
    mocks.page.url = new URL('http://localhost/aanmelden?terug=%2F%2Fevil.example');
    mocks.signIn.mockResolvedValue({});
    render(SignIn);
    await signInWith('zoe@example.org', 'Fietsen-langs-de-Vecht');
    expect(mocks.goto).toHaveBeenCalledWith('/mijn-account');
  });

  it('says a wrong password plainly, in a summary that takes focus, and empties the field', async () => {
    mocks.signIn.mockRejectedValue(
      new ApiError(
        toProblem({ status: 401, code: 'invalid_credentials' }, new Response('', { status: 401 })),
      ),
    );
    render(SignIn);
    await signInWith('zoe@example.org', 'Niet-het-goede');
    const summary = await screen.findByRole('region', { name: /Controleer het volgende/ });
    expect(summary).toHaveTextContent('Het e-mailadres of het wachtwoord klopt niet.');
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue('');
    expect(mocks.goto).not.toHaveBeenCalled();
  });

  it('shows why signing in elsewhere failed, from ?fout=', () => {
    mocks.page.url = new URL('http://localhost/aanmelden?fout=staff_sign_in_failed');
    render(SignIn);
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(
      'Aanmelden via uw organisatie is niet gelukt.',
    );
  });

  it('does not show a form to someone signed in already', () => {
    session.begin(
      {
        id: 'a',
        email: 'zoe@example.org',
        displayName: 'Zoë',
        emailVerified: true,
        emailNotifications: 'immediately',
        roles: [],
        organisations: [],
        csrfToken: null,
        createdAt: '2026-11-28T13:56:04Z',
      },
      'csrf',
    );
    render(SignIn);
    expect(screen.getByText('U bent al aangemeld als Zoë.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Aanmelden' })).toBeNull();
  });
});
