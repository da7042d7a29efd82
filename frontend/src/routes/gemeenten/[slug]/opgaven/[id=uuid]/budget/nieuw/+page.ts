import { resolve } from '$app/paths';
import { listActionLines } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** Opening a budget (staff): the opgave and its action lines, one of which the budget may be for. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const [version, actionLines] = await Promise.all([
    opgaveAt(params, fetch, (slug) =>
      resolve('/gemeenten/[slug]/opgaven/[id=uuid]/budget/nieuw', { slug, id: params.id }),
    ),
    listActionLines({ path: { id: params.id }, fetch }),
  ]);
  return { ...version, actionLines: actionLines.data.items };
});
