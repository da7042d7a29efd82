/**
 * The one place that configures the API client. Pages and load functions call the API only
 * through `api` (or a client made here), typed by `schema.d.ts`, which is generated from
 * openapi/openapi.json: a wrong path, parameter or field is a type error in svelte-check.
 *
 * Every client made here sends the signed-in person's CSRF token with writes and notices when the
 * session is gone (`./csrf.ts`); the session cookie itself travels with every same-origin request.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { i18n } from '$lib/i18n/index.svelte';
import { session } from '$lib/session/index.svelte';
import { sessionMiddleware, type SessionCredentials } from './csrf';
import { ApiError, networkProblem, toProblem } from './problem';
import type { paths } from './schema';

/** Same origin as the site: the API's `servers[0].url`. */
export const API_BASE_URL = '/api/v1';

export type ApiClient = Client<paths>;

/** Tell the API which language the person reads, for the texts it writes itself. */
const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.locale === 'nl' ? 'nl' : `${i18n.locale}, nl;q=0.5`);
    return request;
  },
};

export interface ClientOptions {
  /** Absolute in tests (jsdom has no origin to resolve against); relative in the browser. */
  baseUrl?: string;
  /** The fetch to use; openapi-fetch always hands it a Request. */
  fetch?: (request: Request) => Promise<Response>;
  /** Where the CSRF token comes from and whom to tell that the session is gone; tests pass their own. */
  session?: SessionCredentials;
}

export function createApiClient(options: ClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? API_BASE_URL,
    // Looked up per request, so a test can replace globalThis.fetch after the client exists.
    fetch: (request: Request) => (options.fetch ?? globalThis.fetch)(request),
    headers: { Accept: 'application/json, application/problem+json' },
  });
  client.use(acceptLanguage, sessionMiddleware(options.session ?? session));
  return client;
}

/** The client every page uses outside load functions. */
export const api = createApiClient();

/** A client on a load function's `fetch`, as SvelteKit recommends inside `load`. */
export function apiFor(fetch: (request: Request) => Promise<Response>): ApiClient {
  return createApiClient({ fetch });
}

type Result<D> = { data?: D; error?: unknown; response: Response };

/**
 * The data of a successful call, or an `ApiError` with a `Problem` for anything else — also when
 * the network failed. Aborted requests (a navigation superseded by another) are re-thrown as is.
 *
 *     const page = await unwrap(api.GET('/municipalities', { params: { query: { q } } }));
 */
export async function unwrap<D>(request: Promise<Result<D>>): Promise<D> {
  return (await unwrapResponse(request)).data;
}

/** As `unwrap`, with the response too, for what only its headers say (an `ETag`). */
export async function unwrapResponse<D>(
  request: Promise<Result<D>>,
): Promise<{ data: D; response: Response }> {
  let result: Result<D>;
  try {
    result = await request;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(networkProblem());
  }
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(toProblem(result.error, result.response));
  }
  return { data: result.data as D, response: result.response };
}

/**
 * A request body as callers may send it: the fields the contract gives a default may be left out.
 * openapi-typescript types a field with a default as required (right for what the API answers,
 * too strict for what it is sent), so each module names the defaulted fields of its bodies here
 * and hands the body to the typed client as the generated type.
 */
export type WithDefaults<T, Defaulted extends keyof T> = Omit<T, Defaulted> & Partial<Pick<T, Defaulted>>;
