import { listPostingBlocks } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { requireBeheerder } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Who is blocked from posting in the municipality (its beheerders only), newest first. */
export const load: PageLoad = loadOrFail(async ({ params, url, fetch, parent }) => {
  await parent();
  requireBeheerder(params.slug, url);
  const { data: page } = await listPostingBlocks({
    path: { slug: params.slug },
    query: { limit: 50 },
    fetch,
  });
  return { page };
});
