/** The addresses of an opgave's polls: the list, preparing one, and one poll. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

export function pollsPath(slug: string, id: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/peilingen', { slug, id });
}

export function newPollPath(slug: string, id: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/peilingen/nieuw', { slug, id });
}

export function pollPath(slug: string, id: string, peilingId: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/peilingen/[peilingId=uuid]', { slug, id, peilingId });
}
