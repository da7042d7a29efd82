import { redirect } from '@sveltejs/kit';
import { ApiError, listMyComments, listMyProposals } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { subjectsOf } from '$components/contributions/subjects';
import { requireSignedIn } from '$lib/session/guard';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/** My contributions (signed in): the first page of my ideas and of my comments, and their subjects. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  requireSignedIn(url);
  try {
    const [{ data: ideas }, { data: comments }] = await Promise.all([
      listMyProposals({ query: { limit: 20 }, fetch }),
      listMyComments({ query: { limit: 20 }, fetch }),
    ]);
    const subjects = await subjectsOf(ideas.items, comments.items, undefined, fetch);
    return { ideas, comments, subjects };
  } catch (cause) {
    // The session ended meanwhile: the way to sign in, and back here.
    if (cause instanceof ApiError && cause.status === 401) redirect(303, signInHref(url));
    failLoad(cause);
  }
};
