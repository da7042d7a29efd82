import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { session } from '$lib/session/index.svelte';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/**
 * The workspace of the organisation someone works for: with one, straight there; with more, a
 * choice; with none, a word on who it is for. Signed out, the way to sign in and back.
 */
export const load: PageLoad = async ({ parent, url }) => {
  await parent();
  if (!session.signedIn || !session.account) redirect(303, signInHref(url));
  const organisations = session.account.organisations;
  if (organisations.length === 1) {
    redirect(303, resolve('/werkruimte/[id=uuid]', { id: organisations[0]!.id }));
  }
  return { organisations };
};
