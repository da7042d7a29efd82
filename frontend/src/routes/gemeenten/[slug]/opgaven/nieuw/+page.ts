import { apiFor, listDomains } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** A new opgave (staff only): the policy domains to choose from. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireStaff(params.slug, url);
  try {
    return { domains: await listDomains(params.slug, apiFor(fetch)) };
  } catch (cause) {
    failLoad(cause);
  }
};
