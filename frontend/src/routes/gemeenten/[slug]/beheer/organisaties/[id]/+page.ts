import { getOrganisation, listOrganisationMembers } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** One organisation and its members. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const [{ data: organisation }, { data: members }] = await Promise.all([
      getOrganisation({ path: { id: params.id }, fetch }),
      listOrganisationMembers({ path: { id: params.id }, query: { limit: 50 }, fetch }),
    ]);
    return { organisation, members };
  } catch (cause) {
    failLoad(cause);
  }
};
