import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { ApiError, etagOf, getOpgave, getProposal, listAttachments, listProposalComments } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { trailOf } from '$components/results/trail';
import type { PageLoadEvent } from './$types';

/** What `invalidate` names to load the idea again after a change on its page. */
export const _IDEA_DEPENDENCY = 'samenspel:idea';

/**
 * One idea with its ETag (for its author's changes), its opgave, and the first page of its
 * comments. An idea under another opgave's or municipality's address moves to its own.
 */
/**
 * The idea's photos. A hidden idea's files are not for everyone (the API refuses them to whoever
 * may not read the idea): its page then shows none, never an error.
 */
async function photosOf(ideaId: string, fetch: typeof globalThis.fetch) {
  try {
    const { data } = await listAttachments({ query: { subjectType: 'proposal', subjectId: ideaId }, fetch });
    return data.items;
  } catch (cause) {
    if (cause instanceof ApiError && [401, 403, 404].includes(cause.status)) return [];
    throw cause;
  }
}

export const load = loadOrFail(async ({ params, fetch, depends }: PageLoadEvent) => {
  depends(_IDEA_DEPENDENCY);
  const path = { id: params.ideeId };
  const [version, comments, trail, attachments] = await Promise.all([
    getProposal({ path, fetch }),
    listProposalComments({ path, query: { limit: 20 }, fetch }),
    trailOf(params.ideeId, fetch),
    photosOf(params.ideeId, fetch),
  ]);
  const proposal = version.data;
  const { data: opgave } = await getOpgave({ path: { id: proposal.opgaveId }, fetch });
  const slug = opgave.municipality.slug;
  if (opgave.id !== params.id || slug !== params.slug) {
    redirect(
      308,
      resolve('/gemeenten/[slug]/opgaven/[id=uuid]/ideeen/[ideeId=uuid]', {
        slug,
        id: opgave.id,
        ideeId: params.ideeId,
      }),
    );
  }
  return {
    proposal,
    etag: etagOf(version.response),
    opgave,
    comments: comments.data,
    trail,
    attachments,
  };
});
