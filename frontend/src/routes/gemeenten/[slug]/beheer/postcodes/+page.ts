import { getPostcodeRanges } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** Where the municipality's residents live, by postcode: the ranges its beheerder set. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const { data } = await getPostcodeRanges({ path: { slug: params.slug }, fetch });
  return { ranges: data.ranges };
});
