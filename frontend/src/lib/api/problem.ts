/**
 * Errors from the API are RFC 9457 problem+json documents. Everything that can go wrong with a
 * request — a problem from the API, a proxy's HTML error page, no network at all — becomes one
 * `Problem`, carried by an `ApiError`, so pages handle exactly one shape.
 */
import type {
  InvalidParam as GeneratedInvalidParam,
  Problem as GeneratedProblem,
} from './generated/types.gen';

/**
 * The API's problem, plus what only the response headers say: how long to wait after a 429
 * (`Retry-After`), in seconds.
 */
export type Problem = GeneratedProblem & { retryAfter?: number };
export type InvalidParam = GeneratedInvalidParam;

/** The code of the problem we make ourselves when no response arrived at all. */
export const NETWORK_CODE = 'network';

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get invalidParams(): InvalidParam[] {
    return this.problem.invalidParams ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Retry-After` in seconds: a number of seconds or an HTTP date; absent or unreadable is undefined. */
export function retryAfterSeconds(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function invalidParamsOf(value: unknown): InvalidParam[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((item) => ({
    name: text(item.name),
    code: text(item.code),
    reason: text(item.reason),
  }));
}

/**
 * A `Problem` from whatever came back: the parsed body (problem+json or not) and the response.
 * Missing fields get empty values rather than `undefined`, so callers need no checks.
 */
export function toProblem(body: unknown, response?: Response): Problem {
  const status = response?.status ?? (isRecord(body) && typeof body.status === 'number' ? body.status : 0);
  const fields = isRecord(body) ? body : {};
  const problem: Problem = {
    type: text(fields.type) || 'about:blank',
    title: text(fields.title) || response?.statusText || '',
    status,
    detail: text(fields.detail),
    instance: text(fields.instance),
    code: text(fields.code) || (status ? `http_${status}` : NETWORK_CODE),
    requestId: text(fields.requestId) || response?.headers.get('x-request-id') || '',
  };
  const invalidParams = invalidParamsOf(fields.invalidParams);
  if (invalidParams) problem.invalidParams = invalidParams;
  const retryAfter = retryAfterSeconds(response?.headers.get('retry-after'));
  if (retryAfter !== undefined) problem.retryAfter = retryAfter;
  return problem;
}

/** The problem for a request that got no response (offline, DNS, connection refused). */
export function networkProblem(): Problem {
  return toProblem(undefined);
}
