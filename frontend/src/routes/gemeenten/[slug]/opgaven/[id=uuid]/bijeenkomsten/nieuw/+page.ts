import { newMeetingPath } from '$components/meetings/links';
import { opgaveAt } from '$components/results/load';
import { failLoad } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Planning a meeting (staff): the opgave it is for. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireStaff(params.slug, url);
  try {
    return await opgaveAt(params, fetch, (slug) => newMeetingPath(slug, params.id));
  } catch (cause) {
    failLoad(cause);
  }
};
