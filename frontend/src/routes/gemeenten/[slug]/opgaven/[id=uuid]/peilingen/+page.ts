import { allPages, listMeetings, listPolls } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { pollsPath } from '$components/polls/links';
import { opgaveAt } from '$components/results/load';
import type { PageLoad } from './$types';

/** An opgave's polls (drafts only for staff), with the meetings they belong to; after the session is known. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const [version, polls, meetings] = await Promise.all([
      opgaveAt(params, fetch, (slug) => pollsPath(slug, params.id)),
      allPages((query) => listPolls({ path: { id: params.id }, query, fetch })),
      allPages((query) => listMeetings({ path: { id: params.id }, query, fetch })),
    ]);
    return { ...version, polls, meetings };
  } catch (cause) {
    failLoad(cause);
  }
};
