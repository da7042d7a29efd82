import { listOpgaven } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's newest opgaven, as a way in to all of them. */
export const load: PageLoad = async ({ params, fetch }) => {
  try {
    const { data: opgaven } = await listOpgaven({ query: { municipality: params.slug, limit: 3 }, fetch });
    return { opgaven };
  } catch (cause) {
    failLoad(cause);
  }
};
