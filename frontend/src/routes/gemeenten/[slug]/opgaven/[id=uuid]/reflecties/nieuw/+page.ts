import { allPages, listProposals } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { newReflectionPath } from '$components/results/links';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** Planning a reflection moment (staff): the opgave and its ideas, some of which it may discuss. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const [version, ideas] = await Promise.all([
    opgaveAt(params, fetch, (slug) => newReflectionPath(slug, params.id)),
    allPages((query) => listProposals({ path: { id: params.id }, query, fetch }), 5),
  ]);
  return { ...version, ideas };
});
