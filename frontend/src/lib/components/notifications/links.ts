/**
 * Where a notification leads on this site. The API stores a path (`/ideeen/…#reactie-…`,
 * `/opgaven/…`, `/taken/…`); only a path of our own becomes a link, and the ones the site knows go through
 * `resolve`, so they follow the site's base path (an idea, an opgave, a task). A moderation decision also leads to the page
 * where its author reads it and may object.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { NotificationRead } from '$lib/api';
import { notificationPath } from '$lib/domain/notifications';

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const IDEA = new RegExp(`^/ideeen/${UUID}(#[\\w-]*)?$`, 'i');
const OPGAVE = new RegExp(`^/opgaven/${UUID}(#[\\w-]*)?$`, 'i');
const TASK = new RegExp(`^/taken/${UUID}(#[\\w-]*)?$`, 'i');

/** The link of what a notification is about, or null when it names no page of ours. */
export function notificationHref(link: string): ResolvedPathname | null {
  const path = notificationPath(link);
  if (!path) return null;
  const idea = path.match(IDEA);
  if (idea)
    return `${resolve('/ideeen/[id=uuid]', { id: idea[1]!.toLowerCase() })}${idea[2] ?? ''}` as ResolvedPathname;
  const opgave = path.match(OPGAVE);
  if (opgave)
    return `${resolve('/opgaven/[id=uuid]', { id: opgave[1]!.toLowerCase() })}${opgave[2] ?? ''}` as ResolvedPathname;
  const task = path.match(TASK);
  if (task)
    return `${resolve('/taken/[id=uuid]', { id: task[1]!.toLowerCase() })}${task[2] ?? ''}` as ResolvedPathname;
  // Another page of ours (checked above: a path, not elsewhere), that this version may not know.
  return path as ResolvedPathname;
}

/** The page of the decision a moderation notification is about, where its author may object. */
export function decisionHref(
  notification: Pick<NotificationRead, 'kind' | 'objectType' | 'objectId'>,
): ResolvedPathname | null {
  if (notification.objectType !== 'moderation_decision' || !notification.objectId) return null;
  return resolve('/mijn-account/besluiten/[id=uuid]', { id: notification.objectId });
}
