import { listPolicyDomains } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's policy domains, by name. */
export const load: PageLoad = loadOrFail(async ({ params, fetch, parent }) => {
  await parent();
  const { data: domains } = await listPolicyDomains({ path: { slug: params.slug }, fetch });
  return { domains: domains.items };
});
