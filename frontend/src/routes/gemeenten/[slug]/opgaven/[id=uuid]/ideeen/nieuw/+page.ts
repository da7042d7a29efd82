import { apiFor, getOpgave, listActionLines } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireSignedIn } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Submitting an idea (signed in): the opgave, for its phase and title, and its action lines. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireSignedIn(url);
  const client = apiFor(fetch);
  try {
    const [{ opgave }, actionLines] = await Promise.all([
      getOpgave(params.id, client),
      listActionLines(params.id, client),
    ]);
    return { opgave, actionLines };
  } catch (cause) {
    failLoad(cause);
  }
};
