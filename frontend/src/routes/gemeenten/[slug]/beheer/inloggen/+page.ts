import { ApiError, etagOf, getIdentityProvider, getResidentBroker } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** Unwrap a setting with its ETag, or none yet (404). */
async function setting<T>(
  request: Promise<{ data: T; response: Response }>,
): Promise<{ data: T | null; etag: string }> {
  try {
    const { data, response } = await request;
    return { data, etag: etagOf(response) };
  } catch (cause) {
    if (cause instanceof ApiError && cause.problem.status === 404) return { data: null, etag: '' };
    return failLoad(cause);
  }
}

/** The municipality's OpenID provider for staff, and its broker for residents, each with its ETag. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  const path = { slug: params.slug };
  const [staff, residents] = await Promise.all([
    setting(getIdentityProvider({ path, fetch })),
    setting(getResidentBroker({ path, fetch })),
  ]);
  return { provider: staff.data, etag: staff.etag, broker: residents.data, brokerEtag: residents.etag };
};
