/**
 * How many of the signed-in person's notifications are unread, for the header. Asked when a page
 * loads and again on navigation when the last answer is older than a minute (one small request:
 * the count comes with any page of notifications); the notifications page sets it whenever it
 * knows better. Signed out, there is no count.
 */
import { listMyNotifications, type ApiClient } from '$lib/api';
import { session } from './index.svelte';

/** How long a count is good enough while someone moves between pages. */
export const UNREAD_MAX_AGE_MS = 60_000;

export class UnreadNotifications {
  #count = $state<number | null>(null);
  #checkedAt = 0;

  /** The number of unread notifications, or null when unknown (or signed out). */
  get count(): number | null {
    return session.signedIn ? this.#count : null;
  }

  /** What a page learned from the API itself. */
  set(count: number): void {
    this.#count = Math.max(0, count);
    this.#checkedAt = Date.now();
  }

  /** Ask the API, unless the count is younger than `maxAge` ms. Never fails: the header can wait. */
  async refresh(maxAge = 0, client?: ApiClient): Promise<void> {
    if (!session.signedIn) {
      this.#count = null;
      this.#checkedAt = 0;
      return;
    }
    if (this.#count !== null && Date.now() - this.#checkedAt < maxAge) return;
    this.#checkedAt = Date.now();
    try {
      const query = { unread: true, limit: 1 };
      this.#count = (await listMyNotifications({ query, ...(client && { client }) })).data.unreadCount;
    } catch {
      // A failed count only means the header shows none for now.
    }
  }
}

/** The one count of this browser tab. */
export const unreadNotifications = new UnreadNotifications();
