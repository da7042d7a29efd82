import { getPostcodeRanges } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** Where the municipality's residents live, by postcode: the ranges its beheerder set. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const { data } = await getPostcodeRanges({ path: { slug: params.slug }, fetch });
    return { ranges: data.ranges };
  } catch (cause) {
    failLoad(cause);
  }
};
