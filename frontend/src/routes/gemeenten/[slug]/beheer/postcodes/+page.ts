import { getPostcodeRanges } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** Where the municipality's residents live, by postcode: the ranges its beheerder set. */
export const load: PageLoad = loadOrFail(async ({ params, fetch, parent }) => {
  await parent();
  const { data } = await getPostcodeRanges({ path: { slug: params.slug }, fetch });
  return { ranges: data.ranges };
});
