import { error } from '@sveltejs/kit';
import { etagOf, getOpgave, getProposal, listActionLines } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireSignedIn } from '$lib/session/guard';
import { session } from '$lib/session/index.svelte';
import type { PageLoad } from './$types';

/** Changing an idea (its author only): the idea with its ETag, its opgave and the action lines. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireSignedIn(url);
  let loaded;
  try {
    const [version, { data: opgave }, actionLines] = await Promise.all([
      getProposal({ path: { id: params.ideeId }, fetch }),
      getOpgave({ path: { id: params.id }, fetch }),
      listActionLines({ path: { id: params.id }, fetch }),
    ]);
    loaded = {
      proposal: version.data,
      etag: etagOf(version.response),
      opgave,
      actionLines: actionLines.data.items,
    };
  } catch (cause) {
    failLoad(cause);
  }
  // The API refuses anyone else's change anyway; this spares them a form they cannot send.
  if (loaded.proposal.author.id !== session.account?.id || loaded.proposal.opgaveId !== params.id) {
    error(403, { message: 'Forbidden', code: 'forbidden' });
  }
  return loaded;
};
