import { etagOf, getMunicipality } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality as it is now, with the ETag its theme change sends. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const { data, response } = await getMunicipality({ path: { slug: params.slug }, fetch });
    return { current: data, etag: etagOf(response) };
  } catch (cause) {
    failLoad(cause);
  }
};
