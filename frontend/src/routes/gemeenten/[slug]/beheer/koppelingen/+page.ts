import { listApiClients } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's API clients, newest first. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const { data: clients } = await listApiClients({
      query: { municipality: params.slug, limit: 50 },
      fetch,
    });
    return { clients };
  } catch (cause) {
    failLoad(cause);
  }
};
