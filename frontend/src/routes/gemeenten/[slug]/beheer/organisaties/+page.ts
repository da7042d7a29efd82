import { listOrganisations } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's partner organisations, by name. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const { data: organisations } = await listOrganisations({
      query: { municipality: params.slug, limit: 50 },
      fetch,
    });
    return { organisations };
  } catch (cause) {
    failLoad(cause);
  }
};
