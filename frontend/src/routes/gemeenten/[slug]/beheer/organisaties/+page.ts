import { listOrganisations } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** The municipality's partner organisations, by name. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const { data: organisations } = await listOrganisations({
    query: { municipality: params.slug, limit: 50 },
    fetch,
  });
  return { organisations };
});
