import { getOpgave, listActionLines } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireSignedIn } from '$lib/session/guard';
import type { PageLoad } from './$types';

/** Submitting an idea (signed in): the opgave, for its phase and title, and its action lines. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  requireSignedIn(url);
  const path = { id: params.id };
  try {
    const [{ data: opgave }, actionLines] = await Promise.all([
      getOpgave({ path, fetch }),
      listActionLines({ path, fetch }),
    ]);
    return { opgave, actionLines: actionLines.data.items };
  } catch (cause) {
    failLoad(cause);
  }
};
