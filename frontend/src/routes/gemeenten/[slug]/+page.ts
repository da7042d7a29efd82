import { listOpgaven } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** The municipality's newest opgaven, as a way in to all of them. */
export const load = loadOrFail(async ({ params, fetch }: PageLoadEvent) => {
  const { data: opgaven } = await listOpgaven({ query: { municipality: params.slug, limit: 3 }, fetch });
  return { opgaven };
});
