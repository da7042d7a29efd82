import { listActionLines } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { newIndicatorPath } from '$components/results/links';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** Adding an indicator (staff): the opgave and its action lines, one of which it may belong to. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const [version, actionLines] = await Promise.all([
    opgaveAt(params, fetch, (slug) => newIndicatorPath(slug, params.id)),
    listActionLines({ path: { id: params.id }, fetch }),
  ]);
  return { ...version, actionLines: actionLines.data.items };
});
