import { etagOf, getMunicipality } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** The municipality as it is now, with the ETag its theme change sends. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const { data, response } = await getMunicipality({ path: { slug: params.slug }, fetch });
  return { current: data, etag: etagOf(response) };
});
