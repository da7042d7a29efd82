import { error, redirect } from '@sveltejs/kit';
import {
  ApiError,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  type WebhookDeliveryRead,
  type WebhookSubscriptionRead,
} from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { session } from '$lib/session/index.svelte';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

export interface Subscription {
  subscription: WebhookSubscriptionRead;
  /** The newest deliveries first: the delivery log's first page. */
  deliveries: WebhookDeliveryRead[];
}

export interface Municipality {
  slug: string;
  name: string;
  subscriptions: Subscription[];
}

/**
 * The webhooks of the municipalities where I am beheerder, each with its latest deliveries.
 * Signed out, the way to sign in and back; beheerder nowhere, a plain "no access".
 */
export const load: PageLoad = async ({ parent, url, fetch }) => {
  await parent();
  if (!session.signedIn || !session.account) redirect(303, signInHref(url));
  const mine = session.account.roles.filter((r) => r.role === 'beheerder').map((r) => r.municipality);
  if (mine.length === 0) error(403, { message: 'Forbidden', code: 'forbidden' });
  try {
    const municipalities: Municipality[] = [];
    for (const { slug, name } of mine) {
      const { data } = await listWebhookSubscriptions({ query: { municipality: slug, limit: 20 }, fetch });
      const subscriptions: Subscription[] = [];
      for (const subscription of data.items) {
        const { data: log } = await listWebhookDeliveries({
          path: { id: subscription.id },
          query: { limit: 20 },
          fetch,
        });
        subscriptions.push({ subscription, deliveries: log.items });
      }
      municipalities.push({ slug, name, subscriptions });
    }
    return { municipalities };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 401) redirect(303, signInHref(url));
    failLoad(cause);
  }
};
