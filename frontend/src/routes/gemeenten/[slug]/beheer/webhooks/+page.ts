import { listWebhookSubscriptions } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** The municipality's webhook subscriptions. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const { data: subscriptions } = await listWebhookSubscriptions({
      query: { municipality: params.slug, limit: 50 },
      fetch,
    });
    return { subscriptions };
  } catch (cause) {
    failLoad(cause);
  }
};
