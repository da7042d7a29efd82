import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem, type MunicipalityRead } from '$lib/api';
import { session } from '$lib/session/index.svelte';
import { answer } from '$lib/testing/answers';
import Page from './+page.svelte';
import { load } from './+page';
import { account } from '$lib/testing/people';
import { municipality as utrecht } from '$lib/testing/places';

const mocks = vi.hoisted(() => ({
  goto: vi.fn(),
  signIn: vi.fn(),
  getMunicipality: vi.fn(),
  page: { url: new URL('http://localhost/aanmelden') },
}));
vi.mock('$app/navigation', () => ({ goto: mocks.goto }));
vi.mock('$app/state', () => ({ page: mocks.page }));
vi.mock('$lib/api', async (original) => ({
  ...(await original<typeof import('$lib/api')>()),
  signIn: mocks.signIn,
  getMunicipality: mocks.getMunicipality,
}));

afterEach(() => {
  vi.resetAllMocks();
  session.end();
  mocks.page.url = new URL('http://localhost/aanmelden');
});

const zoe = account({ id: 'z', displayName: 'Zoë' });
const opened = answer({ csrfToken: 'csrf', expiresAt: '2026-12-12T00:00:00Z', account: zoe });

/** The page with what its load gave: in a municipality's context, or not. */
function renderPage(municipality?: MunicipalityRead) {
  return render(Page, { props: { data: municipality ? { municipality } : {} } as never });
}

async function signInWith(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-mailadres'), email);
  await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
}

describe('the sign-in page', () => {
  it('asks for the address as a username and the current password', () => {
    renderPage();
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute(
      'href',
      '/wachtwoord-vergeten',
    );
  });

  it('goes back where the person came from', async () => {
    mocks.page.url = new URL('http://localhost/aanmelden?terug=%2Fgemeenten%2Futrecht');
    mocks.signIn.mockResolvedValue(opened);
    renderPage();
    await signInWith('zoe@example.org', 'Fietsen-langs-de-Vecht');
    expect(mocks.signIn).toHaveBeenCalledWith({
      body: { email: 'zoe@example.org', password: 'Fietsen-langs-de-Vecht' },
    });
    expect(mocks.goto).toHaveBeenCalledWith('/gemeenten/utrecht');
  });

  it('never follows a return address off the site', async () => {
    mocks.page.url = new URL('http://localhost/aanmelden?terug=%2F%2Fevil.example');
    mocks.signIn.mockResolvedValue(opened);
    renderPage();
    await signInWith('zoe@example.org', 'Fietsen-langs-de-Vecht');
    expect(mocks.goto).toHaveBeenCalledWith('/mijn-account');
  });

  it('says a wrong password plainly, in a summary that takes focus, and empties the field', async () => {
    mocks.signIn.mockRejectedValue(
      new ApiError(
        toProblem({ status: 401, code: 'invalid_credentials' }, new Response('', { status: 401 })),
      ),
    );
    renderPage();
    await signInWith('zoe@example.org', 'Niet-het-goede');
    const summary = await screen.findByRole('region', { name: /Controleer het volgende/ });
    expect(summary).toHaveTextContent('Het e-mailadres of het wachtwoord klopt niet.');
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue('');
    expect(mocks.goto).not.toHaveBeenCalled();
  });

  it('shows why signing in elsewhere failed, from ?fout=', () => {
    mocks.page.url = new URL('http://localhost/aanmelden?fout=staff_sign_in_failed');
    renderPage();
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
        language: 'nl',
        roles: [],
        organisations: [],
        csrfToken: null,
        createdAt: '2026-11-28T13:56:04Z',
      },
      'csrf',
    );
    renderPage();
    expect(screen.getByText('U bent al aangemeld als Zoë.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Aanmelden' })).toBeNull();
  });
});

describe('staff sign-in', () => {
  it('is a plain link to the API, back to where the person came from, when the municipality has a provider', () => {
    mocks.page.url = new URL('http://localhost/aanmelden?terug=%2Fgemeenten%2Futrecht%2Fopgaven');
    renderPage({ ...utrecht, staffSignIn: { label: 'Inloggen met uw gemeenteaccount' } });
    expect(screen.getByRole('heading', { name: 'Medewerker van de gemeente?' })).toBeVisible();
    const link = screen.getByRole('link', { name: 'Inloggen met uw gemeenteaccount' });
    expect(link).toHaveAttribute(
      'href',
      '/api/v1/municipalities/utrecht/staff-sign-in?returnTo=%2Fgemeenten%2Futrecht%2Fopgaven',
    );
    // A full navigation: the router must not try to load an API address as a page.
    expect(link).toHaveAttribute('data-sveltekit-reload');
  });

  it("returns to the municipality's page when nothing else was asked", () => {
    mocks.page.url = new URL('http://localhost/aanmelden?gemeente=utrecht');
    renderPage({ ...utrecht, staffSignIn: { label: 'Inloggen met uw gemeenteaccount' } });
    expect(screen.getByRole('link', { name: 'Inloggen met uw gemeenteaccount' })).toHaveAttribute(
      'href',
      '/api/v1/municipalities/utrecht/staff-sign-in?returnTo=%2Fgemeenten%2Futrecht',
    );
  });

  it('is not there without a provider, nor outside a municipality', () => {
    renderPage(utrecht);
    expect(screen.queryByRole('heading', { name: 'Medewerker van de gemeente?' })).toBeNull();
    renderPage();
    expect(screen.queryByRole('heading', { name: 'Medewerker van de gemeente?' })).toBeNull();
  });

  it.each([
    ['staff_sign_in_failed', 'Aanmelden via uw organisatie is niet gelukt.'],
    ['staff_sign_in_cancelled', 'U heeft het aanmelden via uw organisatie afgebroken'],
    ['staff_sign_in_unavailable', 'Aanmelden via uw organisatie kan op dit moment niet.'],
  ])('says what %s means', (code, text) => {
    mocks.page.url = new URL(`http://localhost/aanmelden?fout=${code}`);
    renderPage();
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(text);
  });
});

describe("the sign-in page's municipality", () => {
  const run = (address: string) =>
    load({ url: new URL(address), fetch: vi.fn() } as unknown as Parameters<typeof load>[0]);

  it('comes from ?gemeente= or from the page to return to', async () => {
    mocks.getMunicipality.mockImplementation(async ({ path: { slug } }: { path: { slug: string } }) =>
      answer({ ...utrecht, slug }),
    );
    expect(await run('http://localhost/aanmelden?gemeente=putten')).toMatchObject({
      municipality: { slug: 'putten' },
    });
    expect(await run('http://localhost/aanmelden?terug=%2Fgemeenten%2Futrecht%2Fopgaven')).toMatchObject({
      municipality: { slug: 'utrecht' },
    });
  });

  it('is none otherwise, and none when it cannot be loaded', async () => {
    expect(await run('http://localhost/aanmelden?terug=%2Fmijn-account')).toEqual({});
    expect(await run('http://localhost/aanmelden?gemeente=..%2Fx')).toEqual({});
    expect(mocks.getMunicipality).not.toHaveBeenCalled();
    mocks.getMunicipality.mockRejectedValueOnce(new TypeError('offline'));
    expect(await run('http://localhost/aanmelden?gemeente=utrecht')).toEqual({});
  });
});
