import { getMunicipality } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { LayoutLoadEvent } from './$types';

/** Every page of a municipality gets it: the shell shows its name and applies its theme. */
export const load = loadOrFail(async ({ params, fetch }: LayoutLoadEvent) => {
  const { data: municipality } = await getMunicipality({ path: { slug: params.slug }, fetch });
  return { municipality };
});
