import { allPages, apiFor, listProposals } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { newReflectionPath } from '$components/results/links';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Planning a reflection moment (staff): the opgave and its ideas, some of which it may discuss. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireStaff(params.slug, url);
  const client = apiFor(fetch);
  try {
    const [version, ideas] = await Promise.all([
      opgaveAt(params, client, (slug) => newReflectionPath(slug, params.id)),
      allPages((cursor) => listProposals(params.id, { limit: 100, ...(cursor && { cursor }) }, client), 5),
    ]);
    return { ...version, ideas };
  } catch (cause) {
    failLoad(cause);
  }
};
