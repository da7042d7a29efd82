import { listAuditEvents } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** The newest lines of the municipality's audit log. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const { data: events } = await listAuditEvents({
    query: { municipality: params.slug, limit: 50 },
    fetch,
  });
  return { events };
});
