import { redirect } from '@sveltejs/kit';
import { allPages, getIndicator, listMeasurements } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { indicatorPath } from '$components/results/links';
import { opgaveAt } from '$components/results/load';
import type { PageLoadEvent } from './$types';

/** What `invalidate` names to load the indicator again after a measurement. */
export const _INDICATOR_DEPENDENCY = 'samenspel:indicator';

/** One indicator with its series, all its measurements (newest first), and its opgave. */
export const load = loadOrFail(async ({ params, fetch, depends }: PageLoadEvent) => {
  depends(_INDICATOR_DEPENDENCY);
  const path = { id: params.indicatorId };
  const [version, { data: indicator }, measurements] = await Promise.all([
    opgaveAt(params, fetch, (slug) => indicatorPath(slug, params.id, params.indicatorId)),
    getIndicator({ path, fetch }),
    allPages((query) => listMeasurements({ path, query, fetch })),
  ]);
  if (indicator.opgaveId !== params.id) {
    redirect(308, indicatorPath(params.slug, indicator.opgaveId, indicator.id));
  }
  return { ...version, indicator, measurements };
});
