/**
 * Where to go after signing in: back to the page someone came from, as `?terug=/path`. Only a
 * path on this site counts (never `//elsewhere` or a full URL), and never a page about signing in
 * itself, where coming back would make no sense.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

export const RETURN_PARAM = 'terug';

/** Pages about signing in, out or up: after signing in, nobody wants to land on one of these. */
const ACCOUNT_FLOW = [
  '/aanmelden',
  '/afgemeld',
  '/registreren',
  '/account/bevestigen',
  '/wachtwoord-vergeten',
  '/wachtwoord-herstellen',
];

function isAccountFlow(pathname: string): boolean {
  return ACCOUNT_FLOW.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** The path to return to, or the default (my account) when `value` is missing or not ours. */
export function returnPath(value: string | null | undefined): ResolvedPathname {
  const fallback = resolve('/mijn-account');
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://samenspel.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'http://samenspel.invalid' || isAccountFlow(url.pathname)) return fallback;
  return `${url.pathname}${url.search}` as ResolvedPathname;
}

/** The sign-in page's address that returns to `current` afterwards (unless that is an account page). */
export function signInHref(current: URL): ResolvedPathname {
  const signIn = resolve('/aanmelden');
  if (isAccountFlow(current.pathname) || current.pathname === '/') return signIn;
  const back = `${current.pathname}${current.search}`;
  return `${signIn}?${RETURN_PARAM}=${encodeURIComponent(back)}` as ResolvedPathname;
}

/**
 * The municipality a path is about (`/gemeenten/utrecht/opgaven` → `utrecht`), so a page reached
 * from there (signing in) can keep its context: its name, its theme, its staff sign-in.
 */
export function municipalityOfPath(path: string | null | undefined): string | null {
  return path?.match(/^\/gemeenten\/([a-z0-9-]{1,60})(?:[/?#]|$)/)?.[1] ?? null;
}
