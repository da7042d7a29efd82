import { redirect } from '@sveltejs/kit';
import {
  allPages,
  ApiError,
  getOrganisation,
  listBudgets,
  listContributions,
  listOpgaven,
  listOrganisationBudgetClaims,
  listOrganisationClaims,
  listTasks,
} from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { BudgetChoice } from '$components/cocreation/budget-choices';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/** What `invalidate` names to load the workspace again after a request or a pledge. */
export const _WORKSPACE_DEPENDENCY = 'samenspel:workspace';

/**
 * A partner organisation's workspace: the opgaven whose team it is on, with their tasks and
 * budgets; its claims and budget requests; and what it contributed. For members of the
 * organisation (and staff); signed out, the way to sign in and back.
 */
export const load: PageLoad = async ({ params, fetch, depends, url }) => {
  depends(_WORKSPACE_DEPENDENCY);
  const path = { id: params.id };
  try {
    const [{ data: organisation }, claims, requests, { data: opgaven }] = await Promise.all([
      getOrganisation({ path, fetch }),
      allPages((query) => listOrganisationClaims({ path, query, fetch })),
      allPages((query) => listOrganisationBudgetClaims({ path, query, fetch })),
      listOpgaven({ query: { organisation: params.id, limit: 100 }, fetch }),
    ]);
    const work = await Promise.all(
      opgaven.items.map(({ id }) =>
        Promise.all([
          allPages((query) => listTasks({ path: { id }, query, fetch })),
          allPages((query) => listBudgets({ path: { id }, query, fetch })),
        ]),
      ),
    );
    const tasks = work.flatMap(([found]) => found);
    const choices: BudgetChoice[] = opgaven.items.flatMap((opgave, index) =>
      (work[index]?.[1] ?? []).map((budget) => ({
        budget,
        opgave: { id: opgave.id, title: opgave.title, slug: opgave.municipality.slug },
      })),
    );
    // Any budget of the team may hold its contributions: confirmed, waiting, or rejected (a
    // rejected pledge counts nowhere, so the budget's figures cannot tell).
    const given = await Promise.all(
      choices.map(({ budget }) =>
        allPages((query) => listContributions({ path: { id: budget.id }, query, fetch })),
      ),
    );
    const contributions = choices.flatMap((choice, index) =>
      (given[index] ?? [])
        .filter((contribution) => contribution.funder.organisation?.id === params.id)
        .map((contribution) => ({ contribution, choice })),
    );
    return {
      organisation,
      opgaven: opgaven.items,
      tasks,
      choices,
      claims,
      requests,
      contributions,
      taskId: url.searchParams.get('taak') ?? '',
    };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 401) redirect(303, signInHref(url));
    failLoad(cause);
  }
};
