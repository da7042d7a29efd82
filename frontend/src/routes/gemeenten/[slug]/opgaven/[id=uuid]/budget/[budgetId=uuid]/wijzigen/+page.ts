import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { etagOf, getBudget, listActionLines } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/**
 * Changing a budget (staff): the budget as it is now, with its ETag, and the opgave's action lines
 * to choose from. A budget of another opgave is not found here.
 */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const [version, { data: budget, response }, actionLines] = await Promise.all([
    opgaveAt(params, fetch, (slug) =>
      resolve('/gemeenten/[slug]/opgaven/[id=uuid]/budget/[budgetId=uuid]/wijzigen', {
        slug,
        id: params.id,
        budgetId: params.budgetId,
      }),
    ),
    getBudget({ path: { id: params.budgetId }, fetch }),
    listActionLines({ path: { id: params.id }, fetch }),
  ]);
  if (budget.opgaveId !== params.id) error(404, { message: 'Not found', code: 'not_found' });
  return { opgave: version.opgave, budget, etag: etagOf(response), actionLines: actionLines.data.items };
});
