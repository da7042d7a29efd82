import { allPages, listMeetings } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { newPollPath } from '$components/polls/links';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Preparing a poll (staff): the opgave it is for, and its meetings to hang it on. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireStaff(params.slug, url);
  try {
    const [version, meetings] = await Promise.all([
      opgaveAt(params, fetch, (slug) => newPollPath(slug, params.id)),
      allPages((query) => listMeetings({ path: { id: params.id }, query, fetch })),
    ]);
    return { ...version, meetings };
  } catch (cause) {
    failLoad(cause);
  }
};
