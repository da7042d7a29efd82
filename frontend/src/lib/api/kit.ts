/**
 * From an API failure to SvelteKit's error page: the status and code travel in `App.Error`, and the
 * page picks the text in the reader's language when it renders (so a language switch follows).
 */
import { error } from '@sveltejs/kit';
import { ApiError } from './problem';

export function failLoad(cause: unknown): never {
  if (cause instanceof ApiError) {
    const { problem } = cause;
    // No status means no response at all: to a person that is "not available right now".
    const status = problem.status >= 400 && problem.status <= 599 ? problem.status : 503;
    error(status, {
      message: problem.detail || problem.title,
      code: problem.code,
      requestId: problem.requestId,
    });
  }
  throw cause;
}

/**
 * A load function whose API failures become the error page (`failLoad`); a redirect or an `error`
 * of its own passes as it is. For loads with nothing to say about a failure.
 */
export function loadOrFail<Event, Result>(
  load: (event: Event) => Promise<Result>,
): (event: Event) => Promise<Result> {
  return async (event) => {
    try {
      return await load(event);
    } catch (cause) {
      failLoad(cause);
    }
  };
}
