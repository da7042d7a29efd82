import { etagOf, getMunicipality } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality as it is now, with the ETag its theme change sends. */
export const load: PageLoad = loadOrFail(async ({ params, fetch, parent }) => {
  await parent();
  const { data, response } = await getMunicipality({ path: { slug: params.slug }, fetch });
  return { current: data, etag: etagOf(response) };
});
