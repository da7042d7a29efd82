import { redirect } from '@sveltejs/kit';
import {
  ApiError,
  getMyPollResponse,
  getOpgave,
  getPoll,
  getPollResults,
  listOpenAnswers,
  allPages,
  type MyPollResponse,
  type OpenAnswerRead,
  type PollResults,
} from '$lib/api';
import { etagOf } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { pollPath } from '$components/polls/links';
import type { PageLoad } from './$types';

/** What `invalidate` names to load the poll again after an answer, a change or a decision. */
export const _POLL_DEPENDENCY = 'samenspel:poll';

/** The codes of a poll whose results are not to be shown (yet): the page says why instead. */
const NO_RESULTS = ['results_not_yet', 'too_few_responses'];

/**
 * A poll: its questions, the signed-in person's own answer (in a named poll; in an anonymous one
 * only that they answered), and when they may be seen the results and the open answers.
 */
export const load: PageLoad = async ({ params, fetch, depends, parent }) => {
  await parent();
  depends(_POLL_DEPENDENCY);
  try {
    const [{ data: opgave }, { data: poll, response }] = await Promise.all([
      getOpgave({ path: { id: params.id }, fetch }),
      getPoll({ path: { id: params.peilingId }, fetch }),
    ]);
    const slug = opgave.municipality.slug;
    if (slug !== params.slug || poll.opgaveId !== opgave.id)
      redirect(308, pollPath(slug, poll.opgaveId, poll.id));
    let mine: MyPollResponse | null = null;
    try {
      mine = (await getMyPollResponse({ path: { id: poll.id }, fetch })).data;
    } catch (cause) {
      if (!(cause instanceof ApiError) || ![401, 403].includes(cause.status)) throw cause;
    }
    let results: PollResults | null = null;
    let openAnswers: OpenAnswerRead[] = [];
    let withheld: string | null = null;
    if (poll.status !== 'draft') {
      try {
        results = (await getPollResults({ path: { id: poll.id }, fetch })).data;
        openAnswers = await allPages((query) => listOpenAnswers({ path: { id: poll.id }, query, fetch }));
      } catch (cause) {
        if (!(cause instanceof ApiError) || !NO_RESULTS.includes(cause.problem.code ?? '')) throw cause;
        withheld = cause.problem.code ?? null;
      }
    }
    return { opgave, poll, etag: etagOf(response), mine, results, openAnswers, withheld };
  } catch (cause) {
    failLoad(cause);
  }
};
