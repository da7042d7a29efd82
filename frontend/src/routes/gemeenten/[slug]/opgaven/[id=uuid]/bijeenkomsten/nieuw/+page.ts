import { newMeetingPath } from '$components/meetings/links';
import { opgaveAt } from '$components/results/load';
import { loadOrFail } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** Planning a meeting (staff): the opgave it is for. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  return await opgaveAt(params, fetch, (slug) => newMeetingPath(slug, params.id));
});
