/**
 * A real API client (`newApiClient`, with all its interceptors) whose fetch answers with the
 * responses a test gives, in order, and remembers what it was asked.
 */
import { vi } from 'vitest';
import { newApiClient } from '$lib/api';

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export function clientAnswering(...responses: Response[]) {
  const fetch = vi.fn(async (request: Request) => {
    void request;
    return responses.shift() ?? new Response(null, { status: 204 });
  });
  return { client: newApiClient({ baseUrl: 'http://samenspel.test/api/v1', fetch }), fetch };
}

/** The request the client sent as its `index`th call. */
export const requestOf = (fetch: ReturnType<typeof clientAnswering>['fetch'], index = 0) =>
  fetch.mock.calls[index]![0];
