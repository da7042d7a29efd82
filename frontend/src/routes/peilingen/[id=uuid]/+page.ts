import { getPoll, getOpgave } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { pollPath } from '$components/polls/links';
import type { PageLoad } from './$types';

/** `/peilingen/{id}`, as followers' notifications link to a poll: on to its page in its opgave. */
export const load: PageLoad = async ({ params, fetch }) => {
  try {
    const { data: poll } = await getPoll({ path: { id: params.id }, fetch });
    const { data: opgave } = await getOpgave({ path: { id: poll.opgaveId }, fetch });
    return { to: pollPath(opgave.municipality.slug, opgave.id, poll.id) };
  } catch (cause) {
    failLoad(cause);
  }
};
