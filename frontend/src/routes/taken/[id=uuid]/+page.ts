import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { getOpgave, getTask } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** `/taken/{id}`, as other places link to a task: to its page under its opgave, in its municipality. */
export const load: PageLoad = async ({ params, fetch }) => {
  let to: { slug: string; id: string };
  try {
    const { data: task } = await getTask({ path: { id: params.id }, fetch });
    const { data: opgave } = await getOpgave({ path: { id: task.opgaveId }, fetch });
    to = { slug: opgave.municipality.slug, id: opgave.id };
  } catch (cause) {
    failLoad(cause);
  }
  redirect(
    308,
    resolve('/gemeenten/[slug]/opgaven/[id=uuid]/taken/[taakId=uuid]', { ...to, taakId: params.id }),
  );
};
