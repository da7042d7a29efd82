import { listPolicyDomains } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's policy domains, by name. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const { data: domains } = await listPolicyDomains({ path: { slug: params.slug }, fetch });
    return { domains: domains.items };
  } catch (cause) {
    failLoad(cause);
  }
};
