import { getMunicipality } from '$lib/api';
import { municipalityOfPath, RETURN_PARAM } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/**
 * Signing in from a municipality's pages (`?terug=/gemeenten/utrecht/…`, or `?gemeente=utrecht`)
 * keeps that municipality: its name and theme in the shell, and its staff sign-in button when it
 * has an identity provider. Without one, or when it cannot be loaded, the page works as always.
 */
export const load: PageLoad = async ({ url, fetch }) => {
  const slug = url.searchParams.get('gemeente') || municipalityOfPath(url.searchParams.get(RETURN_PARAM));
  if (!slug || !/^[a-z0-9-]{1,60}$/.test(slug)) return {};
  try {
    return { municipality: (await getMunicipality({ path: { slug }, fetch })).data };
  } catch {
    return {};
  }
};
