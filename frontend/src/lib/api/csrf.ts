/**
 * What the client does for a signed-in person: every write carries the session's CSRF token (the
 * API refuses a cookie-authenticated write without it), and a 401 means the session is gone, so
 * the site stops showing someone as signed in. The browser adds the same-origin `Origin` itself.
 */
import type { Middleware } from 'openapi-fetch';

export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The part of the session store the client needs (see `$lib/session`). */
export interface SessionCredentials {
  readonly csrfToken: string | null;
  /** The API said the session is gone. */
  end(): void;
}

export function sessionMiddleware(credentials: SessionCredentials): Middleware {
  return {
    onRequest({ request }) {
      const token = credentials.csrfToken;
      if (token && !SAFE_METHODS.has(request.method)) request.headers.set(CSRF_HEADER, token);
      return request;
    },
    onResponse({ request, response, schemaPath }) {
      // A failed sign-in is a 401 too, but says nothing about a session that might exist.
      const signingIn = request.method === 'POST' && schemaPath === '/sessions';
      if (response.status === 401 && !signingIn) credentials.end();
      return response;
    },
  };
}
