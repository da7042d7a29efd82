import { redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { loadMyAccount } from '$lib/session/account';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/** My account as it is now, with its ETag; signed out, the way to sign in (and back here). */
export const load: PageLoad = async ({ fetch, url }) => {
  try {
    return await loadMyAccount({ fetch });
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 401) redirect(303, signInHref(url));
    failLoad(cause);
  }
};
