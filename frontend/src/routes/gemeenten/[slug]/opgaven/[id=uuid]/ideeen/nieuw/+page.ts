import { getOpgave, listActionLines } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { requireSignedIn } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** Submitting an idea (signed in): the opgave, for its phase and title, and its action lines. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireSignedIn(url);
  const path = { id: params.id };
  const [{ data: opgave }, actionLines] = await Promise.all([
    getOpgave({ path, fetch }),
    listActionLines({ path, fetch }),
  ]);
  return { opgave, actionLines: actionLines.data.items };
});
