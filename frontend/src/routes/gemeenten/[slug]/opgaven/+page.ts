import { ApiError, listOpgaven, listPolicyDomains, type Problem } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { filtersFrom, filtersQuery } from '$lib/components/opgaven/filters';
import type { PageLoadEvent } from './$types';

/**
 * A municipality's opgaven: the first page for the search and filters in the address, and the
 * policy domains to filter on. Staff of the municipality also get its drafts (the API decides).
 * Invalid input (a search that is too long, an unknown phase) shows at its field, not as an error page.
 */
export const load = loadOrFail(async ({ params, url, fetch }: PageLoadEvent) => {
  const filters = filtersFrom(url.searchParams);
  const [domains, result] = await Promise.all([
    listPolicyDomains({ path: { slug: params.slug }, fetch }),
    listOpgaven({ query: { ...filtersQuery(filters, params.slug), limit: 20 }, fetch }).then(
      ({ data: list }) => ({ list, problem: null }),
      (cause: unknown) => {
        if (cause instanceof ApiError && cause.status === 400) {
          return { list: null, problem: cause.problem as Problem };
        }
        throw cause;
      },
    ),
  ]);
  return { filters, domains: domains.data.items, ...result };
});
