import { apiFor, getMunicipality } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { LayoutLoad } from './$types';

/** Every page of a municipality gets it: the shell shows its name and applies its theme. */
export const load: LayoutLoad = async ({ params, fetch }) => {
  try {
    return { municipality: await getMunicipality(params.slug, apiFor(fetch)) };
  } catch (cause) {
    failLoad(cause);
  }
};
