import { apiFor, listPostingBlocks } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireBeheerder } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Who is blocked from posting in the municipality (its beheerders only), newest first. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireBeheerder(params.slug, url);
  try {
    return { page: await listPostingBlocks(params.slug, { limit: 50 }, apiFor(fetch)) };
  } catch (cause) {
    failLoad(cause);
  }
};
