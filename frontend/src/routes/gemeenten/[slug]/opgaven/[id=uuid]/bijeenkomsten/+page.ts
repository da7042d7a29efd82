import { allPages, listMeetings, listPolls } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { meetingsPath } from '$components/meetings/links';
import { opgaveAt } from '$components/results/load';
import type { PageLoad } from './$types';

/**
 * An opgave's meetings in order of time, each with the signed-in person's own registration and its
 * polls: asked
 * after the session is known.
 */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const [version, meetings, polls] = await Promise.all([
      opgaveAt(params, fetch, (slug) => meetingsPath(slug, params.id)),
      allPages((query) => listMeetings({ path: { id: params.id }, query, fetch })),
      allPages((query) => listPolls({ path: { id: params.id }, query, fetch })),
    ]);
    return { ...version, meetings, polls };
  } catch (cause) {
    failLoad(cause);
  }
};
