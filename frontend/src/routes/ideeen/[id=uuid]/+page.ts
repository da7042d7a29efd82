import { resolve } from '$app/paths';
import { getOpgave, getProposal } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/**
 * `/ideeen/{id}`, as notifications and mails link to an idea (and `#reactie-{id}` to a comment on
 * it): where the idea's page is, in its opgave and municipality. The page goes on there.
 */
export const load = loadOrFail(async ({ params, fetch }: PageLoadEvent) => {
  const { data: proposal } = await getProposal({ path: { id: params.id }, fetch });
  const { data: opgave } = await getOpgave({ path: { id: proposal.opgaveId }, fetch });
  return {
    to: resolve('/gemeenten/[slug]/opgaven/[id=uuid]/ideeen/[ideeId=uuid]', {
      slug: opgave.municipality.slug,
      id: opgave.id,
      ideeId: proposal.id,
    }),
  };
});
