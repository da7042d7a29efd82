import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import {
  allPages,
  etagOf,
  getOpgave,
  getOpgaveTimeline,
  listActionLines,
  listBudgets,
  listFormulations,
  listOpgaveComments,
  listPolls,
  listTasks,
  listOpgaveWijken,
  listTeamMembers,
} from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { ideaFiltersFrom, ideaListing } from '$components/ideas/idea-filters';
import type { PageLoadEvent } from './$types';

/** What `invalidate` names to load the opgave again after a change on its page. */
export const _OPGAVE_DEPENDENCY = 'samenspel:opgave';

/**
 * One opgave with everything its page shows: the opgave (and its ETag, for changes), every version
 * of its formulation, its action lines, its team, its timeline, its tasks with who took them on,
 * its budgets in brief and its polls (`work`), the first page of its ideas for the search in the address,
 * and the first page of its conversation. A draft is a 404 for anyone but
 * its municipality's staff; an opgave of another municipality moves to its own address.
 *
 * The ideas' search is read without making the load depend on it (`untrack`): choosing another
 * search changes only the address, and the list of ideas fetches its own answer.
 */
export const load = loadOrFail(async ({ params, fetch, depends, url, untrack }: PageLoadEvent) => {
  depends(_OPGAVE_DEPENDENCY);
  const filters = untrack(() => ideaFiltersFrom(url.searchParams));
  const path = { id: params.id };
  const [version, formulations, actionLines, members, timeline, work, ideas, comments, wijken] =
    await Promise.all([
      getOpgave({ path, fetch }),
      allPages((query) => listFormulations({ path, query, fetch })),
      listActionLines({ path, fetch }),
      allPages((query) => listTeamMembers({ path, query, fetch })),
      allPages((query) => getOpgaveTimeline({ path, query, fetch })),
      Promise.all([
        allPages((query) => listTasks({ path, query, fetch })),
        allPages((query) => listBudgets({ path, query, fetch })),
        allPages((query) => listPolls({ path, query, fetch })),
      ]),
      ideaListing(params.id, filters, fetch),
      listOpgaveComments({ path, query: { limit: 20 }, fetch }),
      listOpgaveWijken({ path, fetch }),
    ]);
  const opgave = version.data;
  const slug = opgave.municipality.slug;
  if (slug !== params.slug) {
    redirect(308, resolve('/gemeenten/[slug]/opgaven/[id=uuid]', { slug, id: params.id }));
  }
  const [tasks, budgets, polls] = work;
  return {
    opgave,
    etag: etagOf(version.response),
    formulations,
    actionLines: actionLines.data.items,
    wijken: wijken.data.items,
    members,
    timeline,
    tasks,
    budgets,
    polls,
    ideas,
    comments: comments.data,
  };
});
