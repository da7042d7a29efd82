import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '$lib/session/index.svelte';
import AccountNav from './AccountNav.svelte';
import { account } from '$lib/testing/people';

const { goto, signOut } = vi.hoisted(() => ({ goto: vi.fn(), signOut: vi.fn() }));
vi.mock('$app/navigation', () => ({ goto }));
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/gemeenten/putten') } }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), signOut }));

const me = account();

afterEach(() => {
  session.end();
});

describe('AccountNav', () => {
  it('leads to signing in, and back to this page afterwards', () => {
    render(AccountNav);
    const nav = screen.getByRole('navigation', { name: 'Account' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Aanmelden' }));
    expect(screen.getByRole('link', { name: 'Aanmelden' })).toHaveAttribute(
      'href',
      '/aanmelden?terug=%2Fgemeenten%2Fputten',
    );
  });

  it('shows who is signed in, with their account and a way out', async () => {
    session.begin(me, 'csrf');
    render(AccountNav);
    expect(screen.getByRole('navigation', { name: 'Account' })).toHaveTextContent(
      'Aangemeld als Zoë van ’t Hof',
    );
    expect(screen.getByRole('link', { name: 'Mijn account' })).toHaveAttribute('href', '/mijn-account');
    expect(screen.queryByRole('link', { name: 'Aanmelden' })).toBeNull();
  });

  it('signs out and says so on a page of its own', async () => {
    const user = userEvent.setup();
    session.begin(me, 'csrf');
    signOut.mockImplementation(async () => session.end());
    render(AccountNav);
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    expect(signOut).toHaveBeenCalledOnce();
    expect(goto).toHaveBeenCalledWith('/afgemeld');
    expect(screen.getByRole('link', { name: 'Aanmelden' })).toBeVisible();
  });
});
