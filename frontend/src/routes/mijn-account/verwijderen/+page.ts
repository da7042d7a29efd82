import { redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { loadMyAccount } from '$lib/session/account';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/** Only for someone signed in; anyone else signs in first and comes back here. */
export const load: PageLoad = async ({ fetch, url }) => {
  try {
    return await loadMyAccount({ fetch });
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 401) redirect(303, signInHref(url));
    failLoad(cause);
  }
};
