import { ApiError, toProblem } from '$lib/api';
/**
 * What a generated API function answers, for tests that stand in for it (`vi.mock('$lib/api')`):
 * the data, and the response whose headers say what only they say (an `ETag`).
 */
export function answer<T>(data: T, headers: Record<string, string> = {}) {
  return {
    data,
    request: new Request('http://samenspel.test/api/v1'),
    response: new Response(null, { headers }),
  };
}

/** The same with the `ETag` a change must send back. */
export function versioned<T>(data: T, etag: string) {
  return answer(data, { ETag: etag });
}

/** What a generated API function throws when the API answers a problem. */
export function apiError(
  status: number,
  code: string,
  invalidParams?: { name: string; code: string; reason: string }[],
  detail = 'd',
): ApiError {
  return new ApiError(
    toProblem({ status, code, detail, title: 't', invalidParams }, new Response('', { status })),
  );
}
