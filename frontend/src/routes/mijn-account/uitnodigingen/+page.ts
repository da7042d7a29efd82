import { redirect } from '@sveltejs/kit';
import { ApiError, listMyInvitations } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireSignedIn } from '$lib/session/guard';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/**
 * My open invitations (signed in). Before my address is verified the API shows none
 * (`email_unverified`): the page then says what to do first.
 */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  requireSignedIn(url);
  try {
    const { data: page } = await listMyInvitations({ query: { limit: 20 }, fetch });
    return { page, unverified: false };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 401) redirect(303, signInHref(url));
    if (cause instanceof ApiError && cause.problem.code === 'email_unverified') {
      return { page: null, unverified: true };
    }
    failLoad(cause);
  }
};
