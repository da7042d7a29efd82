import { getMunicipality } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { LayoutLoad } from './$types';

/** Every page of a municipality gets it: the shell shows its name and applies its theme. */
export const load: LayoutLoad = loadOrFail(async ({ params, fetch }) => {
  const { data: municipality } = await getMunicipality({ path: { slug: params.slug }, fetch });
  return { municipality };
});
