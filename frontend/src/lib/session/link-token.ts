/**
 * The code in a mail's link (`/account/bevestigen#token=…`, `/wachtwoord-herstellen#token=…`).
 * It sits in the fragment on purpose: browsers never send a fragment to a server, nor in a
 * Referer. The page takes it out of the address bar at once, so it does not linger in the history,
 * a bookmark or a screenshot, and keeps it in memory only until it is used.
 */

/** The token from the address's fragment, which is then removed from the address bar. */
export function takeLinkToken(
  location: Location = window.location,
  history: History = window.history,
): string | null {
  if (!location.hash) return null;
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  // The browser's own replaceState, keeping SvelteKit's history state as it is: SvelteKit's
  // replaceState would store the page's current URL, fragment and token included, in that state.
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return token || null;
}

/**
 * Hand `use` the link's token now, and again whenever a new one arrives: opening a second mail's
 * link in the same tab changes only the fragment, which loads nothing. Returns the clean-up.
 */
export function onLinkToken(use: (token: string | null) => void, target: Window = window): () => void {
  use(takeLinkToken(target.location, target.history));
  const changed = () => {
    const token = takeLinkToken(target.location, target.history);
    if (token) use(token);
  };
  target.addEventListener('hashchange', changed);
  return () => target.removeEventListener('hashchange', changed);
}
