import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { allFormulations, allMembers, apiFor, fullTimeline, getOpgave, listActionLines } from '$lib/api';
import { allBudgets, allTasks } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** What `invalidate` names to load the opgave again after a change on its page. */
export const _OPGAVE_DEPENDENCY = 'samenspel:opgave';

/**
 * One opgave with everything its page shows: the opgave (and its ETag, for changes), every version
 * of its formulation, its action lines, its team and its timeline; its tasks with who took them on,
 * and its budgets in brief (`work`). A draft is a 404 for anyone but
 * its municipality's staff; an opgave of another municipality moves to its own address.
 */
export const load: PageLoad = async ({ params, fetch, depends }) => {
  depends(_OPGAVE_DEPENDENCY);
  const client = apiFor(fetch);
  try {
    const [version, formulations, actionLines, members, timeline, work] = await Promise.all([
      getOpgave(params.id, client),
      allFormulations(params.id, client),
      listActionLines(params.id, client),
      allMembers(params.id, client),
      fullTimeline(params.id, client),
      Promise.all([allTasks(params.id, client), allBudgets(params.id, client)]),
    ]);
    const slug = version.opgave.municipality.slug;
    if (slug !== params.slug) {
      redirect(308, resolve('/gemeenten/[slug]/opgaven/[id=uuid]', { slug, id: params.id }));
    }
    const [tasks, budgets] = work;
    return { ...version, formulations, actionLines, members, timeline, tasks, budgets };
  } catch (cause) {
    failLoad(cause);
  }
};
