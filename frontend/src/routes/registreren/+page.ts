import { allPages, listMunicipalities } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import type { PageLoadEvent } from './$types';

/**
 * The municipalities to choose from. Coming from a municipality's page (`?gemeente=utrecht`), that
 * one is chosen already, and the page keeps its name and theme in the shell.
 */
export const load = loadOrFail(async ({ url, fetch }: PageLoadEvent) => {
  const slug = url.searchParams.get('gemeente') ?? '';
  const municipalities = await allPages((query) => listMunicipalities({ query, fetch }), 20);
  const municipality = municipalities.find((item) => item.slug === slug);
  return { municipalities, preset: municipality?.slug ?? '', ...(municipality && { municipality }) };
});
