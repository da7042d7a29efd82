import { allPages, listReflections } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { reflectionsPath } from '$components/results/links';
import { opgaveAt } from '$components/results/load';
import type { PageLoadEvent } from './$types';

/**
 * An opgave's reflection moments, newest first: the team and staff see every one, residents also
 * the open ones that invite them, everyone else the published ones. Asked after the session is
 * known, so the list is the one for who is signed in.
 */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const [version, reflections] = await Promise.all([
    opgaveAt(params, fetch, (slug) => reflectionsPath(slug, params.id)),
    allPages((query) => listReflections({ path: { id: params.id }, query, fetch })),
  ]);
  return { ...version, reflections };
});
