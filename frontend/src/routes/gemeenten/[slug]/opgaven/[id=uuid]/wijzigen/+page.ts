import { etagOf, getOpgave, listPolicyDomains } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** Changing an opgave (staff only): the opgave as it is now, with its ETag, and the domains. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const [{ data: opgave, response }, domains] = await Promise.all([
    getOpgave({ path: { id: params.id }, fetch }),
    listPolicyDomains({ path: { slug: params.slug }, fetch }),
  ]);
  return { opgave, etag: etagOf(response), domains: domains.data.items };
});
