import { listPostingBlocks } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { requireBeheerder } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** Who is blocked from posting in the municipality (its beheerders only), newest first. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireBeheerder(params.slug, url);
  const { data: page } = await listPostingBlocks({
    path: { slug: params.slug },
    query: { limit: 50 },
    fetch,
  });
  return { page };
});
