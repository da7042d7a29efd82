import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import {
  allBudgets,
  allFormulations,
  allMembers,
  allTasks,
  apiFor,
  fullTimeline,
  getOpgave,
  listActionLines,
  listComments,
} from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { ideaFiltersFrom, ideaListing } from '$components/ideas/idea-filters';
import type { PageLoad } from './$types';

/** What `invalidate` names to load the opgave again after a change on its page. */
export const _OPGAVE_DEPENDENCY = 'samenspel:opgave';

/**
 * One opgave with everything its page shows: the opgave (and its ETag, for changes), every version
 * of its formulation, its action lines, its team, its timeline, its tasks with who took them on
 * and its budgets in brief (`work`), the first page of its ideas for the search in the address,
 * and the first page of its conversation. A draft is a 404 for anyone but
 * its municipality's staff; an opgave of another municipality moves to its own address.
 *
 * The ideas' search is read without making the load depend on it (`untrack`): choosing another
 * search changes only the address, and the list of ideas fetches its own answer.
 */
export const load: PageLoad = async ({ params, fetch, depends, url, untrack }) => {
  depends(_OPGAVE_DEPENDENCY);
  const client = apiFor(fetch);
  const filters = untrack(() => ideaFiltersFrom(url.searchParams));
  try {
    const [version, formulations, actionLines, members, timeline, work, ideas, comments] = await Promise.all([
      getOpgave(params.id, client),
      allFormulations(params.id, client),
      listActionLines(params.id, client),
      allMembers(params.id, client),
      fullTimeline(params.id, client),
      Promise.all([allTasks(params.id, client), allBudgets(params.id, client)]),
      ideaListing(params.id, filters, client),
      listComments({ kind: 'opgave', id: params.id }, { limit: 20 }, client),
    ]);
    const slug = version.opgave.municipality.slug;
    if (slug !== params.slug) {
      redirect(308, resolve('/gemeenten/[slug]/opgaven/[id=uuid]', { slug, id: params.id }));
    }
    const [tasks, budgets] = work;
    return { ...version, formulations, actionLines, members, timeline, tasks, budgets, ideas, comments };
  } catch (cause) {
    failLoad(cause);
  }
};
