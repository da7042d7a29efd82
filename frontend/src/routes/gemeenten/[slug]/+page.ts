import { apiFor, listOpgaven } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's newest opgaven, as a way in to all of them. */
export const load: PageLoad = async ({ params, fetch }) => {
  try {
    return { opgaven: await listOpgaven({ municipality: params.slug, limit: 3 }, apiFor(fetch)) };
  } catch (cause) {
    failLoad(cause);
  }
};
