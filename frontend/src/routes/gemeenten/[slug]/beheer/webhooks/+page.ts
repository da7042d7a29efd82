import { listWebhookSubscriptions } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/** The municipality's webhook subscriptions. */
export const load = loadOrFail(async ({ params, fetch, parent }: PageLoadEvent) => {
  await parent();
  const { data: subscriptions } = await listWebhookSubscriptions({
    query: { municipality: params.slug, limit: 50 },
    fetch,
  });
  return { subscriptions };
});
