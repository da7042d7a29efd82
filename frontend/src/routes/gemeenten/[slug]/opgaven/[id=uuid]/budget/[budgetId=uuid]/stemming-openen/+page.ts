import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { allPages, getBudget, listProposals } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Opening a ballot on a budget (staff): the budget, and the opgave's ideas that can go on it. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireStaff(params.slug, url);
  try {
    const [version, { data: budget }, ideas] = await Promise.all([
      opgaveAt(params, fetch, (slug) =>
        resolve('/gemeenten/[slug]/opgaven/[id=uuid]/budget/[budgetId=uuid]/stemming-openen', {
          slug,
          id: params.id,
          budgetId: params.budgetId,
        }),
      ),
      getBudget({ path: { id: params.budgetId }, fetch }),
      allPages((query) => listProposals({ path: { id: params.id }, query, fetch })),
    ]);
    if (budget.opgaveId !== params.id) error(404, { message: 'Not found', code: 'not_found' });
    // What the API puts on a ballot: not withdrawn, declined or hidden.
    const eligible = ideas.filter((idea) => ['submitted', 'under_review', 'adopted'].includes(idea.status));
    return { opgave: version.opgave, budget, ideas: eligible };
  } catch (cause) {
    failLoad(cause);
  }
};
