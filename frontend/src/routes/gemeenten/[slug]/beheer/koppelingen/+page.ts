import { listApiClients } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** The municipality's API clients, newest first. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const { data: clients } = await listApiClients({
    query: { municipality: params.slug, limit: 50 },
    fetch,
  });
  return { clients };
});
