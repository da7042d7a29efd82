import { afterEach, describe, expect, it, vi } from 'vitest';
import { session, Session } from './index.svelte';
import { onLinkToken, takeLinkToken } from './link-token';
import { municipalityOfPath, returnPath, signInHref } from './return-path';
import { account } from '$lib/testing/people';

const me = account({
  id: '01a22271-0d83-73e7-9d8e-f27a6ef4aa63',
  emailVerified: false,
  roles: [{ municipality: { id: 'u', slug: 'utrecht', name: 'Utrecht' }, role: 'inwoner' }],
  csrfToken: 'csrf-123',
});

afterEach(() => {
  session.end();
});

describe('the session store', () => {
  it('knows nothing until asked', () => {
    const fresh = new Session();
    expect(fresh.status).toBe('unknown');
    expect(fresh.signedIn).toBe(false);
    expect(fresh.account).toBeNull();
    expect(fresh.csrfToken).toBeNull();
  });

  it('keeps the account and the token apart', () => {
    session.begin(me, 'csrf-123');
    expect(session.signedIn).toBe(true);
    expect(session.csrfToken).toBe('csrf-123');
    expect(session.account?.displayName).toBe('Zoë van ’t Hof');
    // The token is not kept in what components render.
    expect(session.account?.csrfToken).toBeNull();
  });

  it('takes a changed account without touching the token', () => {
    session.begin(me, 'csrf-123');
    session.update({ ...me, displayName: 'Zoë', csrfToken: null });
    expect(session.account?.displayName).toBe('Zoë');
    expect(session.csrfToken).toBe('csrf-123');
  });

  it('ignores an update while signed out', () => {
    session.update(me);
    expect(session.account).toBeNull();
  });

  it('forgets everything when the session ends', () => {
    session.begin(me, 'csrf-123');
    session.end();
    expect(session.status).toBe('signed-out');
    expect(session.account).toBeNull();
    expect(session.csrfToken).toBeNull();
  });

  it("knows the person's role per municipality, and who is staff", () => {
    expect(session.isStaffIn('utrecht')).toBe(false);
    session.begin(me, 'csrf-123');
    expect(session.roleIn('utrecht')).toBe('inwoner');
    expect(session.isStaffIn('utrecht')).toBe(false);
    const staff = { ...me, roles: [{ ...me.roles[0]!, role: 'medewerker' as const }] };
    session.update(staff);
    expect(session.isStaffIn('utrecht')).toBe(true);
    expect(session.isStaffIn('putten')).toBe(false);
    expect(session.roleIn('putten')).toBeNull();
  });

  it('never writes to storage', () => {
    session.begin(me, 'csrf-123');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});

describe('the way back after signing in', () => {
  it('returns to a page of the site', () => {
    expect(returnPath('/gemeenten/utrecht')).toBe('/gemeenten/utrecht');
    expect(returnPath('/?q=utr')).toBe('/?q=utr');
  });

  it('goes to my account for anything else', () => {
    for (const value of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'gemeenten',
    ]) {
      expect(returnPath(value)).toBe('/mijn-account');
    }
  });

  it('never returns to a page about signing in', () => {
    expect(returnPath('/afgemeld')).toBe('/mijn-account');
    expect(returnPath('/aanmelden?terug=/x')).toBe('/mijn-account');
    expect(returnPath('/registreren/controleer-uw-mail')).toBe('/mijn-account');
  });

  it('names the municipality a path is about, to keep its context', () => {
    expect(municipalityOfPath('/gemeenten/utrecht')).toBe('utrecht');
    expect(municipalityOfPath('/gemeenten/utrecht/opgaven?q=werk')).toBe('utrecht');
    expect(municipalityOfPath('/gemeenten')).toBeNull();
    expect(municipalityOfPath('/mijn-account')).toBeNull();
    expect(municipalityOfPath(null)).toBeNull();
  });

  it('is part of the sign-in link, except from the front page and account pages', () => {
    expect(signInHref(new URL('http://x/gemeenten/putten'))).toBe('/aanmelden?terug=%2Fgemeenten%2Fputten');
    expect(signInHref(new URL('http://x/'))).toBe('/aanmelden');
    expect(signInHref(new URL('http://x/wachtwoord-vergeten'))).toBe('/aanmelden');
  });
});

/** A tab's address bar and history, without touching jsdom's (and SvelteKit's watch on it). */
class FakeTab extends EventTarget {
  url: URL;
  state: unknown = { kept: 1 };
  constructor(address: string) {
    super();
    this.url = new URL(address);
  }
  get location(): Location {
    return this.url as unknown as Location;
  }
  get history(): History {
    return {
      state: this.state,
      replaceState: (state: unknown, _unused: string, url: string) => {
        this.state = state;
        this.url = new URL(url, this.url);
      },
    } as unknown as History;
  }
  open(address: string): void {
    this.url = new URL(address);
    this.dispatchEvent(new Event('hashchange'));
  }
}

describe("a mail link's token", () => {
  it('is taken from the fragment and removed from the address bar, history state kept', () => {
    const tab = new FakeTab('http://samenspel.test/account/bevestigen#token=abcdefghijklmnopqrstuvwxyz');
    expect(takeLinkToken(tab.location, tab.history)).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(tab.url.href).toBe('http://samenspel.test/account/bevestigen');
    expect(tab.state).toEqual({ kept: 1 });
  });

  it('is null without a fragment, or without a token in it', () => {
    const bare = new FakeTab('http://samenspel.test/account/bevestigen');
    expect(takeLinkToken(bare.location, bare.history)).toBeNull();
    const other = new FakeTab('http://samenspel.test/account/bevestigen#inhoud');
    expect(takeLinkToken(other.location, other.history)).toBeNull();
  });

  it('arrives again when a second link opens in the same tab, until the page is left', () => {
    const tab = new FakeTab('http://samenspel.test/wachtwoord-herstellen#token=first-token-aaaaaaaaaaaa');
    const use = vi.fn();
    const stop = onLinkToken(use, tab as unknown as Window);
    tab.open('http://samenspel.test/wachtwoord-herstellen#token=second-token-bbbbbbbbbbb');
    expect(tab.url.hash).toBe('');
    stop();
    tab.open('http://samenspel.test/wachtwoord-herstellen#token=third-token-ccccccccccc');
    expect(use.mock.calls).toEqual([['first-token-aaaaaaaaaaaa'], ['second-token-bbbbbbbbbbb']]);
    expect(tab.url.hash).toBe('#token=third-token-ccccccccccc');
  });
});
