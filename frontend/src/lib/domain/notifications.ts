/** What the site knows about notifications: the mail choices, and where one may lead. */
import { MailChoice } from '$lib/api';
import { inOrder, isOneOf } from './enums';

/** The mail choices, in the order the form offers them. */
export const MAIL_CHOICES = inOrder(MailChoice, ['immediately', 'daily', 'never']);

export const isMailChoice = (value: unknown): value is MailChoice => isOneOf(MAIL_CHOICES, value);

/**
 * The path on this site a notification leads to: only a path of our own (`/…`, not `//…` nor a
 * scheme), whatever the API stored, so a link can never lead elsewhere.
 */
export function notificationPath(link: string): string | null {
  return /^\/(?![/\\])[^\s]*$/.test(link) ? link : null;
}
