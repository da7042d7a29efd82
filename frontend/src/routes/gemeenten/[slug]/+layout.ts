import { getMunicipality } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { LayoutLoad } from './$types';

/** Every page of a municipality gets it: the shell shows its name and applies its theme. */
export const load: LayoutLoad = async ({ params, fetch }) => {
  try {
    const { data: municipality } = await getMunicipality({ path: { slug: params.slug }, fetch });
    return { municipality };
  } catch (cause) {
    failLoad(cause);
  }
};
