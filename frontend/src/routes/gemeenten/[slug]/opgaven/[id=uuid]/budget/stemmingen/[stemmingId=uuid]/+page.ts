import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { ApiError, getBallot, getBallotResults, getMyVote, getOpgave, type VoteRead } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** What `invalidate` names to load the ballot again after a vote or a tally. */
export const _BALLOT_DEPENDENCY = 'samenspel:ballot';

/**
 * A ballot on a budget: the ideas with their costs and the published rule, the signed-in person's
 * own vote (nobody else's is ever read), and after the tally the result as counts.
 */
export const load = loadOrFail(async ({ params, fetch, depends }: PageLoadEvent) => {
  depends(_BALLOT_DEPENDENCY);
  const [{ data: opgave }, { data: ballot }] = await Promise.all([
    getOpgave({ path: { id: params.id }, fetch }),
    getBallot({ path: { id: params.stemmingId }, fetch }),
  ]);
  const slug = opgave.municipality.slug;
  if (slug !== params.slug || ballot.opgaveId !== opgave.id)
    redirect(
      308,
      resolve('/gemeenten/[slug]/opgaven/[id=uuid]/budget/stemmingen/[stemmingId=uuid]', {
        slug,
        id: ballot.opgaveId,
        stemmingId: ballot.id,
      }),
    );
  let vote: VoteRead | null = null;
  try {
    vote = (await getMyVote({ path: { id: ballot.id }, fetch })).data;
  } catch (cause) {
    // Not signed in (401), or not voted yet (404): there is no vote of theirs to show.
    if (!(cause instanceof ApiError) || ![401, 403, 404].includes(cause.status)) throw cause;
  }
  const results = ballot.talliedAt ? (await getBallotResults({ path: { id: ballot.id }, fetch })).data : null;
  return { opgave, ballot, vote, results };
});
