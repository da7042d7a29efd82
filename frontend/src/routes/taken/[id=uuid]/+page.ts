import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { apiFor, getOpgave, getTask } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** `/taken/{id}`, as other places link to a task: to its page under its opgave, in its municipality. */
export const load: PageLoad = async ({ params, fetch }) => {
  let to: { slug: string; id: string };
  try {
    const client = apiFor(fetch);
    const { task } = await getTask(params.id, client);
    const { opgave } = await getOpgave(task.opgaveId, client);
    to = { slug: opgave.municipality.slug, id: opgave.id };
  } catch (cause) {
    failLoad(cause);
  }
  redirect(
    308,
    resolve('/gemeenten/[slug]/opgaven/[id=uuid]/taken/[taakId=uuid]', { ...to, taakId: params.id }),
  );
};
