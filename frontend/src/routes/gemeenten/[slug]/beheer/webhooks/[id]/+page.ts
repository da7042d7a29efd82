import { etagOf, getWebhookSubscription, listOpgaven, listWebhookDeliveries } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/**
 * One webhook (with its ETag, to change, pause or end it), its delivery log, newest first, and the
 * municipality's opgaven to narrow it to one.
 */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    const [subscription, { data: deliveries }, { data: opgaven }] = await Promise.all([
      getWebhookSubscription({ path: { id: params.id }, fetch }),
      listWebhookDeliveries({ path: { id: params.id }, query: { limit: 50 }, fetch }),
      listOpgaven({ query: { municipality: params.slug, limit: 100 }, fetch }),
    ]);
    return {
      subscription: subscription.data,
      etag: etagOf(subscription.response),
      deliveries,
      opgaven: opgaven.items.map(({ id, title }) => ({ id, title })),
    };
  } catch (cause) {
    failLoad(cause);
  }
};
