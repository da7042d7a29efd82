import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { allPages, etagOf, getTask, listActionLines, listProposals } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { opgaveAt } from '$components/results/load';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/**
 * Changing a task (staff): the task as it is now, with its ETag, and the opgave's action lines and
 * ideas to choose from. A task of another opgave is not found here.
 */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const path = { id: params.id };
  const [version, { data: task, response }, actionLines, ideas] = await Promise.all([
    opgaveAt(params, fetch, (slug) =>
      resolve('/gemeenten/[slug]/opgaven/[id=uuid]/taken/[taakId=uuid]/wijzigen', {
        slug,
        id: params.id,
        taakId: params.taakId,
      }),
    ),
    getTask({ path: { id: params.taakId }, fetch }),
    listActionLines({ path, fetch }),
    allPages((query) => listProposals({ path, query, fetch }), 5),
  ]);
  if (task.opgaveId !== params.id) error(404, { message: 'Not found', code: 'not_found' });
  return {
    opgave: version.opgave,
    task,
    etag: etagOf(response),
    actionLines: actionLines.data.items,
    ideas,
  };
});
