import { redirect } from '@sveltejs/kit';
import { allPages, ApiError, etagOf, getReflection, listActionLines, listReflectionEntries } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { reflectionPath } from '$components/results/links';
import { opgaveAt } from '$components/results/load';
import { session } from '$lib/session/index.svelte';
import type { PageLoadEvent } from './$types';

/** What `invalidate` names to load the moment again after an entry, a closure or publishing. */
export const _REFLECTION_DEPENDENCY = 'samenspel:reflection';

/**
 * What the participants wrote, for those who may read it (the team, staff, invited residents);
 * null for anyone else, whom the page shows only the public summary.
 */
async function entriesFor(id: string, fetch: typeof globalThis.fetch) {
  if (!session.signedIn) return null;
  try {
    return await allPages((query) => listReflectionEntries({ path: { id }, query, fetch }));
  } catch (cause) {
    if (cause instanceof ApiError && (cause.status === 401 || cause.status === 403)) return null;
    throw cause;
  }
}

/**
 * One reflection moment with its ETag (for publishing), its opgave and action lines (for the
 * follow-up of a closure), and what was written in it, for whoever may read that. Asked after the
 * session is known.
 */
export const load = loadOrFail(async ({ params, fetch, depends, parent }: PageLoadEvent) => {
  depends(_REFLECTION_DEPENDENCY);
  await parent();
  const [version, { data: reflection, response }, actionLines, entries] = await Promise.all([
    opgaveAt(params, fetch, (slug) => reflectionPath(slug, params.id, params.reflectieId)),
    getReflection({ path: { id: params.reflectieId }, fetch }),
    listActionLines({ path: { id: params.id }, fetch }),
    entriesFor(params.reflectieId, fetch),
  ]);
  if (reflection.opgaveId !== params.id) {
    redirect(308, reflectionPath(params.slug, reflection.opgaveId, reflection.id));
  }
  return {
    ...version,
    reflection,
    reflectionEtag: etagOf(response),
    actionLines: actionLines.data.items,
    entries,
  };
});
