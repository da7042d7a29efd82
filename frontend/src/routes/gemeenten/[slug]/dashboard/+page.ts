import { getMunicipalityStatistics } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** How many months the dashboard looks back. */
export const _MONTHS = 12;

/** The municipality's dashboard (its staff only): who takes part and how, the last twelve months. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const { data: statistics } = await getMunicipalityStatistics({
    path: { slug: params.slug },
    query: { months: _MONTHS },
    fetch,
  });
  return { statistics };
});
