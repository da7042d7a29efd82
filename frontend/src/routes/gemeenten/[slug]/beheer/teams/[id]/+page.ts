import { allPages, getOpgave, listOrganisations, listTeamMembers } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** An opgave, its whole team, and the municipality's organisations to add from. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const [{ data: opgave }, members, organisations] = await Promise.all([
    getOpgave({ path: { id: params.id }, fetch }),
    allPages((query) => listTeamMembers({ path: { id: params.id }, query, fetch })),
    allPages((query) => listOrganisations({ query: { ...query, municipality: params.slug }, fetch })),
  ]);
  return { opgave, members, organisations };
});
