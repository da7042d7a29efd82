import { ApiError, listMunicipalities, type Problem } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/**
 * The list of municipalities. Invalid input (a search that is too long, a stale cursor) is not an
 * error page: the form shows the API's invalidParams next to the field.
 */
export const load: PageLoad = async ({ url, fetch }) => {
  const q = url.searchParams.get('q') ?? '';
  const cursor = url.searchParams.get('cursor') ?? '';
  try {
    const { data: list } = await listMunicipalities({
      query: { ...(q && { q }), ...(cursor && { cursor }) },
      fetch,
    });
    return { q, cursor, list, problem: null };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 400) {
      return { q, cursor, list: null, problem: cause.problem as Problem };
    }
    failLoad(cause);
  }
};
