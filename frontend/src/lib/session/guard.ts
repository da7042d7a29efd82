/**
 * Pages only staff use (creating or changing an opgave): signed out, the way to sign in and back;
 * signed in without a staff role in this municipality, a plain "no access". The API refuses the
 * writes anyway; this spares people a form they cannot send. Call after `await parent()`, so the
 * session is known.
 */
import { error, redirect } from '@sveltejs/kit';
import { session } from './index.svelte';
import { signInHref } from './return-path';

export function requireStaff(slug: string, url: URL): void {
  if (!session.signedIn) redirect(303, signInHref(url));
  if (!session.isStaffIn(slug)) error(403, { message: 'Forbidden', code: 'forbidden' });
}

/**
 * Pages for anyone signed in (submitting an idea, my contributions): signed out, the way to sign
 * in and back. Call after `await parent()`, so the session is known.
 */
export function requireSignedIn(url: URL): void {
  if (!session.signedIn) redirect(303, signInHref(url));
}

/**
 * Pages for a municipality's beheerders only (who is blocked from posting): as `requireStaff`,
 * with a plain "no access" for a medewerker.
 */
export function requireBeheerder(slug: string, url: URL): void {
  if (!session.signedIn) redirect(303, signInHref(url));
  if (session.roleIn(slug) !== 'beheerder') error(403, { message: 'Forbidden', code: 'forbidden' });
}
