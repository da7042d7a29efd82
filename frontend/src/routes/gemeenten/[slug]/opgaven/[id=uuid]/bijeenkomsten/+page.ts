import { allPages, listMeetings, listPolls } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { meetingsPath } from '$components/meetings/links';
import { opgaveAt } from '$components/results/load';
import type { PageLoadEvent } from './$types';

/**
 * An opgave's meetings in order of time, each with the signed-in person's own registration and its
 * polls: asked
 * after the session is known.
 */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const [version, meetings, polls] = await Promise.all([
    opgaveAt(params, fetch, (slug) => meetingsPath(slug, params.id)),
    allPages((query) => listMeetings({ path: { id: params.id }, query, fetch })),
    allPages((query) => listPolls({ path: { id: params.id }, query, fetch })),
  ]);
  return { ...version, meetings, polls };
});
