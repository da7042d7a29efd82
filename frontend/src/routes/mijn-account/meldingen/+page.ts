import { redirect } from '@sveltejs/kit';
import { ApiError, listMyNotifications } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireSignedIn } from '$lib/session/guard';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/** The value of `?ongelezen=` that shows only the unread notifications. */
export const _UNREAD_ONLY = '1';

/** My notifications (signed in): the first page, all or only the unread ones (`?ongelezen=1`). */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  requireSignedIn(url);
  const unreadOnly = url.searchParams.get('ongelezen') === _UNREAD_ONLY;
  try {
    const { data: page } = await listMyNotifications({ query: { unread: unreadOnly, limit: 20 }, fetch });
    return { page, unreadOnly };
  } catch (cause) {
    // The session ended meanwhile: the way to sign in, and back here.
    if (cause instanceof ApiError && cause.status === 401) redirect(303, signInHref(url));
    failLoad(cause);
  }
};
