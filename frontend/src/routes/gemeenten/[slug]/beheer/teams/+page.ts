import { listOpgaven } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** The municipality's opgaven (drafts too, for its staff), each leading to its team. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const { data: opgaven } = await listOpgaven({ query: { municipality: params.slug, limit: 50 }, fetch });
  return { opgaven };
});
