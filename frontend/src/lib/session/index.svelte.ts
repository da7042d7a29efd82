/**
 * Who is signed in, for the whole site. The session itself is an HttpOnly cookie that no script
 * can read; what the site keeps is the account (to show the name) and the session's CSRF token,
 * in memory only: never in localStorage, where a script could find it long after. A new page load
 * asks `GET /me` again (the root layout does), which hands out the token once more.
 *
 * The API client reads the token here for every write, and tells this store when the API says
 * the session is gone (a 401), so the header stops saying someone is signed in.
 */
import type { MeRead, RoleName } from '$lib/api';

export type { MeRead };

/** Roles that run a municipality's opgaven: its staff. */
const STAFF_ROLES: readonly RoleName[] = ['medewerker', 'beheerder'];

/** `unknown` until the first `GET /me` has answered (or could not be asked). */
export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

export class Session {
  #status = $state<SessionStatus>('unknown');
  #account = $state<MeRead | null>(null);
  // Not state: nothing renders it, and it should not travel into anything that does.
  #csrfToken: string | null = null;

  get status(): SessionStatus {
    return this.#status;
  }

  get signedIn(): boolean {
    return this.#status === 'signed-in';
  }

  /** The signed-in account, or null. */
  get account(): MeRead | null {
    return this.#account;
  }

  /** The signed-in person's role in a municipality (by slug), or null. */
  roleIn(slug: string): RoleName | null {
    return this.#account?.roles.find((assignment) => assignment.municipality.slug === slug)?.role ?? null;
  }

  /**
   * Staff (medewerker or beheerder) of this municipality: they see its drafts and run its opgaven.
   * The site only shows or hides controls with this; the API decides.
   */
  isStaffIn(slug: string): boolean {
    const role = this.roleIn(slug);
    return role !== null && STAFF_ROLES.includes(role);
  }

  /** What writes with the session cookie send as `X-CSRF-Token`. */
  get csrfToken(): string | null {
    return this.#csrfToken;
  }

  /** Signed in: after `POST /sessions`, or a `GET /me` that answered. */
  begin(account: MeRead, csrfToken: string | null): void {
    this.#csrfToken = csrfToken;
    this.#account = { ...account, csrfToken: null };
    this.#status = 'signed-in';
  }

  /** The account changed (a new name, a verified address); the session and its token stay. */
  update(account: MeRead): void {
    if (this.#status !== 'signed-in') return;
    this.#account = { ...account, csrfToken: null };
  }

  /** The session is gone: signed out, expired, replaced by a password reset, or the account deleted. */
  end(): void {
    this.#csrfToken = null;
    this.#account = null;
    this.#status = 'signed-out';
  }
}

/** The one session of this browser tab. */
export const session = new Session();
