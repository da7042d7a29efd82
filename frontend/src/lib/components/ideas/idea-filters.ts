/**
 * The ideas on an opgave's page are searched and filtered through the address, in Dutch
 * (`?q=koffie&status=adopted&actielijn=…&volgorde=-supportCount`), so a search can be shared and
 * gone back to. Values go to the API as they are: it says what is wrong with them, at the field.
 */
import {
  ApiError,
  listProposals,
  type ListProposalsData,
  type Problem,
  type ProposalPage,
  type ProposalSort,
  type ProposalStatus,
} from '$lib/api';

export interface IdeaFilters {
  q: string;
  status: string;
  actionLine: string;
  wijk: string;
  sort: string;
}

/** The address's parameter per filter. */
export const IDEA_FILTER_PARAMS: Record<keyof IdeaFilters, string> = {
  q: 'q',
  status: 'status',
  actionLine: 'actielijn',
  wijk: 'wijk',
  sort: 'volgorde',
};

const KEYS = Object.keys(IDEA_FILTER_PARAMS) as (keyof IdeaFilters)[];

export const NO_IDEA_FILTERS: IdeaFilters = { q: '', status: '', actionLine: '', wijk: '', sort: '' };

export function ideaFiltersFrom(params: URLSearchParams): IdeaFilters {
  const filters = { ...NO_IDEA_FILTERS };
  for (const key of KEYS) filters[key] = params.get(IDEA_FILTER_PARAMS[key]) ?? '';
  return filters;
}

/** The search part of the address: only what is set, so the plain page has none. */
export function ideaFiltersSearch(filters: IdeaFilters): string {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key].trim();
    if (value) search.set(IDEA_FILTER_PARAMS[key], value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function hasIdeaFilters(filters: IdeaFilters): boolean {
  return KEYS.some((key) => filters[key].trim() !== '');
}

/** The API's query for these filters, with a page size and (for "load more") a cursor. */
export function ideaFiltersQuery(
  filters: IdeaFilters,
  cursor?: string,
  limit = 20,
): NonNullable<ListProposalsData['query']> {
  const q = filters.q.trim();
  return {
    ...(q && { q }),
    ...(filters.status && { status: filters.status as ProposalStatus }),
    ...(filters.actionLine && { actionLine: filters.actionLine }),
    ...(filters.wijk && { wijk: filters.wijk }),
    ...(filters.sort && { sort: filters.sort as ProposalSort }),
    ...(cursor && { cursor }),
    limit,
  };
}

/** What a page's load found for the filters in its address: the first page, or the API's problem. */
export interface IdeaListing {
  filters: IdeaFilters;
  list: ProposalPage | null;
  problem: Problem | null;
}

/**
 * The first page of an opgave's ideas for `filters`. Invalid input (a search that is too long, an
 * unknown status) comes back as the problem to show at its field, not as an error page.
 */
export async function ideaListing(
  opgaveId: string,
  filters: IdeaFilters,
  fetch?: typeof globalThis.fetch,
): Promise<IdeaListing> {
  try {
    const { data: list } = await listProposals({
      path: { id: opgaveId },
      query: ideaFiltersQuery(filters),
      ...(fetch && { fetch }),
    });
    return { filters, list, problem: null };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 400)
      return { filters, list: null, problem: cause.problem };
    throw cause;
  }
}
