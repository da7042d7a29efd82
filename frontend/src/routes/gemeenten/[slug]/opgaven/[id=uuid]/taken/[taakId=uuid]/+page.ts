import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { allPages, etagOf, getOpgave, getTask, listProgressUpdates, listTeamMembers } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** What `invalidate` names to load the task again after a change on its page. */
export const _TASK_DEPENDENCY = 'samenspel:task';

/**
 * One task with everything its page shows: the task (and its ETag, for staff's changes), its
 * opgave (title, municipality), the team (who may take it on or take it over), and the progress
 * updates of every running claim. A task of another opgave or municipality moves to its own address.
 */
export const load = loadOrFail(async ({ params, fetch, depends }: PageLoadEvent) => {
  depends(_TASK_DEPENDENCY);
  const path = { id: params.id };
  const [{ data: task, response }, { data: opgave }, members] = await Promise.all([
    getTask({ path: { id: params.taakId }, fetch }),
    getOpgave({ path, fetch }),
    allPages((query) => listTeamMembers({ path, query, fetch })),
  ]);
  if (task.opgaveId !== params.id) redirect(308, resolve('/taken/[id=uuid]', { id: task.id }));
  const slug = opgave.municipality.slug;
  if (slug !== params.slug) {
    redirect(
      308,
      resolve('/gemeenten/[slug]/opgaven/[id=uuid]/taken/[taakId=uuid]', {
        slug,
        id: params.id,
        taakId: task.id,
      }),
    );
  }
  const updates = await Promise.all(
    task.claims.map(({ id }) => allPages((query) => listProgressUpdates({ path: { id }, query, fetch }))),
  );
  const progress = Object.fromEntries(task.claims.map((claim, index) => [claim.id, updates[index] ?? []]));
  return { task, etag: etagOf(response), opgave, members, progress };
});
