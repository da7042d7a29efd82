import { apiFor, getOpgave, listDomains } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Changing an opgave (staff only): the opgave as it is now, with its ETag, and the domains. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireStaff(params.slug, url);
  const client = apiFor(fetch);
  try {
    const [version, domains] = await Promise.all([
      getOpgave(params.id, client),
      listDomains(params.slug, client),
    ]);
    return { ...version, domains };
  } catch (cause) {
    failLoad(cause);
  }
};
