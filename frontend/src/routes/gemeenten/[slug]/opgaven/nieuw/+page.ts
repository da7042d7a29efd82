import { listPolicyDomains } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** A new opgave (staff only): the policy domains to choose from. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const { data } = await listPolicyDomains({ path: { slug: params.slug }, fetch });
  return { domains: data.items };
});
