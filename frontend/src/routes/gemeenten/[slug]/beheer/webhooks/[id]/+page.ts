import { etagOf, getWebhookSubscription, listWebhookDeliveries } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** One webhook (with its ETag, to end it) and its delivery log, newest first. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const [subscription, { data: deliveries }] = await Promise.all([
      getWebhookSubscription({ path: { id: params.id }, fetch }),
      listWebhookDeliveries({ path: { id: params.id }, query: { limit: 50 }, fetch }),
    ]);
    return { subscription: subscription.data, etag: etagOf(subscription.response), deliveries };
  } catch (cause) {
    failLoad(cause);
  }
};
