import { getOrganisation, listOrganisationMembers } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** One organisation and its members. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const [{ data: organisation }, { data: members }] = await Promise.all([
    getOrganisation({ path: { id: params.id }, fetch }),
    listOrganisationMembers({ path: { id: params.id }, query: { limit: 50 }, fetch }),
  ]);
  return { organisation, members };
});
