import { listPolicyDomains } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** The municipality's policy domains, by name. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const { data: domains } = await listPolicyDomains({ path: { slug: params.slug }, fetch });
  return { domains: domains.items };
});
