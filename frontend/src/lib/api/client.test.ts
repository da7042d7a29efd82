import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/index.svelte';
import { newApiClient } from './client';
import { getMunicipality, listMunicipalities } from './generated/sdk.gen';
import { ApiError, toProblem } from './problem';

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

// The client needs an absolute base URL outside a browser.
function clientAnswering(response: Response | Error | DOMException) {
  const fetch = vi.fn(async (request: Request) => {
    void request;
    if (response instanceof Error || response instanceof DOMException) throw response;
    return response;
  });
  return { client: newApiClient({ baseUrl: 'http://samenspel.test/api/v1', fetch }), fetch };
}

afterEach(() => {
  i18n.locale = 'nl';
});

describe('the API client', () => {
  it('calls the typed path with the query and returns the data', async () => {
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null }));
    const { data: list } = await listMunicipalities({ query: { q: 'utr' }, client });
    expect(list).toEqual({ items: [], nextCursor: null });
    const request = fetch.mock.calls[0]![0];
    expect(request.url).toBe('http://samenspel.test/api/v1/municipalities?q=utr');
  });

  it('tells the API which language the reader reads', async () => {
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null }));
    i18n.locale = 'en';
    await listMunicipalities({ client });
    expect(fetch.mock.calls[0]![0].headers.get('Accept-Language')).toBe('en, nl;q=0.5');
  });

  it('turns problem+json into an ApiError with the whole problem', async () => {
    const problem = {
      type: 'urn:nl:samenspel:problem:not_found',
      title: 'Niet gevonden',
      status: 404,
      detail: "Er is geen gemeente met slug 'nope'.",
      instance: '/api/v1/municipalities/nope',
      code: 'not_found',
      requestId: 'abc',
    };
    const { client } = clientAnswering(json(problem, 404, 'application/problem+json'));
    const error = await getMunicipality({ path: { slug: 'nope' }, client }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual(problem);
    expect((error as ApiError).status).toBe(404);
  });

  it('turns a failed network into a problem too', async () => {
    const { client } = clientAnswering(new TypeError('Failed to fetch'));
    const error = await getMunicipality({ path: { slug: 'utrecht' }, client }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('network');
    expect((error as ApiError).status).toBe(0);
  });

  it('lets an aborted request stay an abort', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const { client } = clientAnswering(abort);
    await expect(getMunicipality({ path: { slug: 'utrecht' }, client })).rejects.toBe(abort);
  });
});

describe('toProblem', () => {
  it('fills in what a non-problem error lacks', () => {
    const response = new Response('', { status: 503, statusText: 'Service Unavailable' });
    response.headers.set('X-Request-Id', 'r-1');
    expect(toProblem(undefined, response)).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: '',
      instance: '',
      code: 'http_503',
      requestId: 'r-1',
    });
  });

  it('keeps only well-formed invalidParams fields', () => {
    const problem = toProblem(
      {
        status: 400,
        code: 'invalid_input',
        invalidParams: [{ name: 'q', code: 'too_long', reason: 'x', extra: 1 }, 7],
      },
      new Response('', { status: 400 }),
    );
    expect(problem.invalidParams).toEqual([{ name: 'q', code: 'too_long', reason: 'x' }]);
  });
});
