import { getOpgaveProgress } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { resultsPath } from '$components/results/links';
import { opgaveAt } from '$components/results/load';
import type { PageLoadEvent } from './$types';

/**
 * An opgave's results: the opgave, and where it stands in one call (tasks, budget, ideas,
 * reflections with the published summaries, and the indicators with their series).
 */
export const load = loadOrFail(async ({ params, fetch }: PageLoadEvent) => {
  const [version, progress] = await Promise.all([
    opgaveAt(params, fetch, (slug) => resultsPath(slug, params.id)),
    getOpgaveProgress({ path: { id: params.id }, fetch }),
  ]);
  return { ...version, progress: progress.data };
});
