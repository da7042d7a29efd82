import { apiFor, listActionLines } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { newIndicatorPath } from '$components/results/links';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Adding an indicator (staff): the opgave and its action lines, one of which it may belong to. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireStaff(params.slug, url);
  const client = apiFor(fetch);
  try {
    const [version, actionLines] = await Promise.all([
      opgaveAt(params, client, (slug) => newIndicatorPath(slug, params.id)),
      listActionLines(params.id, client),
    ]);
    return { ...version, actionLines };
  } catch (cause) {
    failLoad(cause);
  }
};
