import { resolve } from '$app/paths';
import { allPages, listActionLines, listProposals } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/**
 * Planning a task (staff): the opgave, its action lines and its ideas. `?idee=` names an idea the
 * task comes from, ticked at the start.
 */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const path = { id: params.id };
  const [version, actionLines, ideas] = await Promise.all([
    opgaveAt(params, fetch, (slug) =>
      resolve('/gemeenten/[slug]/opgaven/[id=uuid]/taken/nieuw', { slug, id: params.id }),
    ),
    listActionLines({ path, fetch }),
    allPages((query) => listProposals({ path, query, fetch }), 5),
  ]);
  const from = url.searchParams.get('idee');
  // Only an idea the form offers: not withdrawn, not hidden by the moderation.
  const startWith = ideas
    .filter((idea) => idea.id === from && idea.status !== 'withdrawn' && !idea.hidden)
    .map((idea) => idea.id);
  return { ...version, actionLines: actionLines.data.items, ideas, startWith };
});
