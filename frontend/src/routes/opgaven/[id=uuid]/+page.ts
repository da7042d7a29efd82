import { resolve } from '$app/paths';
import { getOpgave } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/**
 * `/opgaven/{id}`, as other places link to an opgave (and `#reactie-{id}` to a comment in its
 * conversation): where its page is, in its municipality. The page goes on there.
 */
export const load = loadOrFail(async ({ params, fetch }: PageLoadEvent) => {
  const { data: opgave } = await getOpgave({ path: { id: params.id }, fetch });
  return {
    to: resolve('/gemeenten/[slug]/opgaven/[id=uuid]', { slug: opgave.municipality.slug, id: params.id }),
  };
});
