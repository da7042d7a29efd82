/**
 * The one place that configures the API client. The functions that call the API are generated
 * from openapi/openapi.json, one per operationId (`./generated/sdk.gen.ts`, `npm run
 * generate:api`); every one of them goes through the client set up here, so a page never sets a
 * header, a base URL or an error shape itself:
 *
 * - the base URL (the API's `servers[0].url`, same origin as the site) and the session cookie
 *   (`credentials: 'same-origin'`);
 * - `Accept-Language`, for the texts the API writes itself;
 * - the signed-in person's CSRF token on every write (the API refuses a cookie-authenticated write
 *   without it), from `$lib/session`;
 * - an `Idempotency-Key` on every POST: a form's own (`Submission`, the same key while its values
 *   are the same), or else a new one;
 * - a 401 ends the session in `$lib/session` (except a failed sign-in, which says nothing about one);
 * - every failure, a response or none at all, is thrown as an `ApiError` with one `Problem`. An
 *   aborted request (a navigation superseded by another) is thrown as it is.
 */
import { i18n } from '$lib/i18n/index.svelte';
import { session } from '$lib/session/index.svelte';
import { createClient, createConfig, type Client } from './generated/client';
import { client as generatedClient } from './generated/client.gen';
import { ApiError, networkProblem, toProblem } from './problem';

/** Same origin as the site: the API's `servers[0].url`. */
export const API_BASE_URL = '/api/v1';
export const CSRF_HEADER = 'X-CSRF-Token';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type ApiClient = Client;

/** The part of the session store the client needs (see `$lib/session`). */
export interface SessionCredentials {
  readonly csrfToken: string | null;
  /** The API said the session is gone. */
  end(): void;
}

export interface ClientOptions {
  /** Absolute in tests (jsdom has no origin to resolve against); relative in the browser. */
  baseUrl?: string;
  /** The fetch to use; the client always hands it a Request. Unset: `globalThis.fetch`, per request. */
  fetch?: (request: Request) => Promise<Response>;
  /** Where the CSRF token comes from and whom to tell that the session is gone; tests pass their own. */
  session?: SessionCredentials;
}

/** A new random key (a UUID: visible ASCII, well under the API's 200 characters). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Set up a client: the configuration and the interceptors every call goes through. */
function configure(client: Client, options: ClientOptions = {}): Client {
  const credentials = options.session ?? session;
  client.setConfig({
    baseUrl: options.baseUrl ?? API_BASE_URL,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json' },
    throwOnError: true,
    ...(options.fetch && { fetch: options.fetch as typeof fetch }),
  });
  client.interceptors.request.use((request) => {
    request.headers.set('Accept-Language', i18n.locale === 'nl' ? 'nl' : `${i18n.locale}, nl;q=0.5`);
    const token = credentials.csrfToken;
    if (token && !SAFE_METHODS.has(request.method)) request.headers.set(CSRF_HEADER, token);
    if (request.method === 'POST' && !request.headers.has(IDEMPOTENCY_HEADER)) {
      request.headers.set(IDEMPOTENCY_HEADER, newIdempotencyKey());
    }
    return request;
  });
  client.interceptors.response.use((response, request, options) => {
    // A failed sign-in is a 401 too, but says nothing about a session that might exist.
    const signingIn = request.method === 'POST' && options.url === '/sessions';
    if (response.status === 401 && !signingIn) credentials.end();
    return response;
  });
  client.interceptors.error.use((error, response) => {
    if (isAbort(error)) return error;
    // No response: the network failed (offline, DNS, connection refused).
    return new ApiError(response ? toProblem(error, response) : networkProblem());
  });
  return client;
}

/** The client every generated function uses unless given another. */
export const api: ApiClient = configure(generatedClient);

/** Another client set up the same way: for tests, with their own fetch, base URL and session. */
export function newApiClient(options: ClientOptions = {}): ApiClient {
  return configure(createClient(createConfig()), options);
}

/** The `ETag` of a single resource, which a change sends back as `If-Match`. */
export function etagOf(response: Response): string {
  return response.headers.get('ETag') ?? '';
}
