import { allPages, listMeetings, listPolls } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { pollsPath } from '$components/polls/links';
import { opgaveAt } from '$components/results/load';
import type { PageLoadEvent } from './$types';

/** An opgave's polls (drafts only for staff), with the meetings they belong to; after the session is known. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const [version, polls, meetings] = await Promise.all([
    opgaveAt(params, fetch, (slug) => pollsPath(slug, params.id)),
    allPages((query) => listPolls({ path: { id: params.id }, query, fetch })),
    allPages((query) => listMeetings({ path: { id: params.id }, query, fetch })),
  ]);
  return { ...version, polls, meetings };
});
