import { loadSession } from '$lib/session/account';
import type { LayoutLoad } from './$types';

// A single-page app: nothing renders on a server, nothing is prerendered; the site handler (or
// nginx) answers every path with index.html and the router takes over in the browser.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';

/**
 * Once per page load: is this browser signed in? The answer (and the session's CSRF token) goes
 * into `$lib/session`, which the header and every write read. Signing in and out keep it up to
 * date from then on, so this does not run again on navigation.
 */
export const load: LayoutLoad = async ({ fetch }) => {
  await loadSession({ fetch });
  return {};
};
