import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { session } from '$lib/session/index.svelte';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/**
 * `/beheer`: on to the console of the municipality the person is beheerder of (the first, when
 * several); signed out, the way to sign in and back; anyone else, a plain refusal.
 */
export const load: PageLoad = async ({ url, parent }) => {
  await parent();
  if (!session.signedIn) redirect(303, signInHref(url));
  const own = session.account?.roles.find((assignment) => assignment.role === 'beheerder');
  if (!own) error(403, { message: 'Forbidden', code: 'forbidden' });
  redirect(303, resolve('/gemeenten/[slug]/beheer', { slug: own.municipality.slug }));
};
