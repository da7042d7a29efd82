import { listMunicipalityInvitations, listRoleAssignments } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** Who has a role in the municipality, and the invitations sent (the console's layout guards it). */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const [{ data: roles }, { data: invitations }] = await Promise.all([
    listRoleAssignments({ path: { slug: params.slug }, query: { limit: 50 }, fetch }),
    listMunicipalityInvitations({ path: { slug: params.slug }, query: { limit: 50 }, fetch }),
  ]);
  return { roles, invitations };
});
