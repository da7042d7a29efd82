/**
 * A resolved path of the site with a query or a fragment added: the address of a view of a page
 * (`?status=afgehandeld`) or of a place on it (`#meldingen-per-email`).
 */
import type { ResolvedPathname } from '$app/types';

export function withQuery(path: ResolvedPathname, query: Record<string, string>): ResolvedPathname {
  const search = new URLSearchParams(query).toString();
  return (search ? `${path}?${search}` : path) as ResolvedPathname;
}

export function withHash(path: ResolvedPathname, fragment: string): ResolvedPathname {
  return `${path}#${fragment}` as ResolvedPathname;
}
