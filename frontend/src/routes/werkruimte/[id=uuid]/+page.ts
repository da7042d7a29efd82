import { redirect } from '@sveltejs/kit';
import {
  allBudgets,
  allContributions,
  allTasks,
  ApiError,
  apiFor,
  getOrganisation,
  listOpgaven,
  organisationBudgetClaims,
  organisationClaims,
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
  const client = apiFor(fetch);
  try {
    const [organisation, claims, requests, opgaven] = await Promise.all([
      getOrganisation(params.id, client),
      organisationClaims(params.id, client),
      organisationBudgetClaims(params.id, client),
      listOpgaven({ organisation: params.id, limit: 100 }, client),
    ]);
    const work = await Promise.all(
      opgaven.items.map((opgave) =>
        Promise.all([allTasks(opgave.id, client), allBudgets(opgave.id, client)]),
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
    const given = await Promise.all(choices.map((choice) => allContributions(choice.budget.id, client)));
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
