import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { apiFor, getOpgave } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** `/opgaven/{id}`, as other places link to an opgave: to its page in its municipality. */
export const load: PageLoad = async ({ params, fetch }) => {
  let slug: string;
  try {
    slug = (await getOpgave(params.id, apiFor(fetch))).opgave.municipality.slug;
  } catch (cause) {
    failLoad(cause);
  }
  redirect(308, resolve('/gemeenten/[slug]/opgaven/[id=uuid]', { slug, id: params.id }));
};
