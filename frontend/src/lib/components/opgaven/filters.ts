/**
 * The opgaven list's search and filters live in the address, in Dutch (`?q=werk&fase=planning&
 * domein=jeugd&volgorde=title`), so a search can be shared, bookmarked and gone back to. Values go to
 * the API as they are: it says what is wrong with them, next to the field.
 */
import type { ListOpgavenData, OpgaveSort, Phase } from '$lib/api';

export interface OpgaveFilters {
  q: string;
  phase: string;
  domain: string;
  sort: string;
}

/** The address's parameter per filter. */
export const FILTER_PARAMS: Record<keyof OpgaveFilters, string> = {
  q: 'q',
  phase: 'fase',
  domain: 'domein',
  sort: 'volgorde',
};

const KEYS = Object.keys(FILTER_PARAMS) as (keyof OpgaveFilters)[];

export function filtersFrom(params: URLSearchParams): OpgaveFilters {
  const filters = { q: '', phase: '', domain: '', sort: '' };
  for (const key of KEYS) filters[key] = params.get(FILTER_PARAMS[key]) ?? '';
  return filters;
}

/** The search part of the list's address: only what is set, so the plain list has none. */
export function filtersSearch(filters: OpgaveFilters): string {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key].trim();
    if (value) search.set(FILTER_PARAMS[key], value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(filters: OpgaveFilters): boolean {
  return KEYS.some((key) => filters[key].trim() !== '');
}

/** The API's query for these filters in one municipality. */
export function filtersQuery(
  filters: OpgaveFilters,
  municipality: string,
  cursor?: string,
): NonNullable<ListOpgavenData['query']> {
  const q = filters.q.trim();
  return {
    municipality,
    ...(q && { q }),
    ...(filters.phase && { phase: filters.phase as Phase }),
    ...(filters.domain && { domain: filters.domain }),
    ...(filters.sort && { sort: filters.sort as OpgaveSort }),
    ...(cursor && { cursor }),
  };
}
