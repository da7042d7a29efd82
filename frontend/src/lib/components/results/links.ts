/**
 * The addresses of an opgave's results pages: its results, one indicator, its reflection moments
 * and one moment. Each lives under the opgave in its municipality.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

export function resultsPath(slug: string, id: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/resultaten', { slug, id });
}

export function newIndicatorPath(slug: string, id: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/resultaten/indicatoren/nieuw', { slug, id });
}

export function indicatorPath(slug: string, id: string, indicatorId: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/resultaten/indicatoren/[indicatorId=uuid]', {
    slug,
    id,
    indicatorId,
  });
}

export function reflectionsPath(slug: string, id: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/reflecties', { slug, id });
}

export function newReflectionPath(slug: string, id: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/reflecties/nieuw', { slug, id });
}

export function reflectionPath(slug: string, id: string, reflectieId: string): ResolvedPathname {
  return resolve('/gemeenten/[slug]/opgaven/[id=uuid]/reflecties/[reflectieId=uuid]', {
    slug,
    id,
    reflectieId,
  });
}
