import { listApiClients } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's API clients, newest first. */
export const load: PageLoad = loadOrFail(async ({ params, fetch, parent }) => {
  await parent();
  const { data: clients } = await listApiClients({
    query: { municipality: params.slug, limit: 50 },
    fetch,
  });
  return { clients };
});
