import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { session } from '$lib/session/index.svelte';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/**
 * `/beheer/webhooks`, where the webhooks once had a page of their own: on to the console's webhooks
 * of the municipality the person is beheerder of (the first, when several), as `/beheer` does.
 */
export const load: PageLoad = async ({ url, parent }) => {
  await parent();
  if (!session.signedIn) redirect(303, signInHref(url));
  const own = session.account?.roles.find((assignment) => assignment.role === 'beheerder');
  if (!own) error(403, { message: 'Forbidden', code: 'forbidden' });
  redirect(308, resolve('/gemeenten/[slug]/beheer/webhooks', { slug: own.municipality.slug }));
};
