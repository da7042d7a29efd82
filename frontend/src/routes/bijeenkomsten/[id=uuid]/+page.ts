import type { ResolvedPathname } from '$app/types';
import { getMeeting, getOpgave } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { meetingAnchor, meetingsPath } from '$components/meetings/links';
import type { PageLoadEvent } from './$types';

/**
 * `/bijeenkomsten/{id}`, as reminders and notifications link to a meeting: on its opgave's list of
 * meetings, at the meeting. The page goes on there.
 */
export const load = loadOrFail(async ({ params, fetch }: PageLoadEvent) => {
  const { data: meeting } = await getMeeting({ path: { id: params.id }, fetch });
  const { data: opgave } = await getOpgave({ path: { id: meeting.opgaveId }, fetch });
  const list = meetingsPath(opgave.municipality.slug, opgave.id);
  return { to: `${list}#${meetingAnchor(meeting.id)}` as ResolvedPathname };
});
