/**
 * Calls about my notifications (meldingen): a page of them, newest first, with how many are
 * unread; marking one read or unread; marking all read up to the moment I saw the list; and the
 * path on the site each one is about. Also my choice of mail: at once, a daily digest, or never.
 */
import { session } from '$lib/session/index.svelte';
import { api, unwrap, unwrapResponse, type ApiClient } from './client';
import type { MyAccount } from './account';
import { idempotencyHeader } from './idempotency';
import type { components, operations } from './schema';

export type NotificationRead = components['schemas']['NotificationRead'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type NotificationKind = components['schemas']['NotificationKind'];
export type MailChoice = components['schemas']['MailChoice'];
export type ListMyNotificationsQuery = NonNullable<operations['ListMyNotifications']['parameters']['query']>;

/** The mail choices, in the order the form offers them. */
export const MAIL_CHOICES: readonly MailChoice[] = ['immediately', 'daily', 'never'];

export function isMailChoice(value: unknown): value is MailChoice {
  return typeof value === 'string' && (MAIL_CHOICES as readonly string[]).includes(value);
}

/** One page of my notifications, newest first; `unread: true` for only the unread ones. */
export async function listMyNotifications(
  query: ListMyNotificationsQuery = {},
  client: ApiClient = api,
): Promise<NotificationPage> {
  return unwrap(client.GET('/me/notifications', { params: { query } }));
}

/** How many of my notifications are unread (one small request: the count comes with any page). */
export async function unreadNotificationCount(client: ApiClient = api): Promise<number> {
  const page = await listMyNotifications({ unread: true, limit: 1 }, client);
  return page.unreadCount;
}

/** Mark one notification read (or unread again). */
export async function markNotification(
  id: string,
  read: boolean,
  client: ApiClient = api,
): Promise<NotificationRead> {
  return unwrap(client.PATCH('/notifications/{id}', { params: { path: { id } }, body: { read } }));
}

/**
 * Mark all read that came in up to `upTo` (the newest I saw), so one that arrived after I looked
 * stays unread. Answers how many changed.
 */
export async function markAllNotificationsRead(
  upTo: string | undefined,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<number> {
  const marked = await unwrap(
    client.POST('/me/notifications/read-markers', {
      body: upTo ? { upTo } : {},
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
  return marked.marked;
}

/**
 * The path on this site a notification leads to: only a path of our own (`/…`, not `//…` nor a
 * scheme), whatever the API stored, so a link can never lead elsewhere.
 */
export function notificationPath(link: string): string | null {
  return /^\/(?![/\\])[^\s]*$/.test(link) ? link : null;
}

/** When I want notifications by mail, guarded by the ETag of my account as I saw it. */
export async function setMailChoice(
  emailNotifications: MailChoice,
  etag: string,
  client: ApiClient = api,
): Promise<MyAccount> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/me', { params: { header: { 'If-Match': etag } }, body: { emailNotifications } }),
  );
  session.update(data);
  return { account: data, etag: response.headers.get('ETag') ?? '' };
}
