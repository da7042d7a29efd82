import { getPoll, getOpgave } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { pollPath } from '$components/polls/links';
import type { PageLoadEvent } from './$types';

/** `/peilingen/{id}`, as followers' notifications link to a poll: on to its page in its opgave. */
export const load = loadOrFail(async ({ params, fetch }: PageLoadEvent) => {
  const { data: poll } = await getPoll({ path: { id: params.id }, fetch });
  const { data: opgave } = await getOpgave({ path: { id: poll.opgaveId }, fetch });
  return { to: pollPath(opgave.municipality.slug, opgave.id, poll.id) };
});
