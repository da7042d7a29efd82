import { ApiError, etagOf, getIdentityProvider } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's OpenID provider with its ETag, or none yet (404). */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const { data, response } = await getIdentityProvider({ path: { slug: params.slug }, fetch });
    return { provider: data, etag: etagOf(response) };
  } catch (cause) {
    if (cause instanceof ApiError && cause.problem.status === 404) return { provider: null, etag: '' };
    failLoad(cause);
  }
};
