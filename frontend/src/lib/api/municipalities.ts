/** Calls about municipalities (gemeenten). */
import { api, unwrap, type ApiClient } from './client';
import type { components } from './schema';

export type MunicipalityRead = components['schemas']['MunicipalityRead'];
export type MunicipalityTheme = components['schemas']['MunicipalityTheme'];
export type BaseTheme = components['schemas']['BaseTheme'];

export type MunicipalityList = components['schemas']['MunicipalityPage'];

export interface ListMunicipalitiesQuery {
  q?: string;
  cursor?: string;
  limit?: number;
}

/** One page of municipalities, filtered on name. */
export async function listMunicipalities(
  query: ListMunicipalitiesQuery = {},
  client: ApiClient = api,
): Promise<MunicipalityList> {
  return unwrap(client.GET('/municipalities', { params: { query } }));
}

/** One municipality with its theme. */
export async function getMunicipality(slug: string, client: ApiClient = api): Promise<MunicipalityRead> {
  return unwrap(client.GET('/municipalities/{slug}', { params: { path: { slug } } }));
}

/** Every municipality, for a choice list: page after page, up to a bound that no list reaches. */
export async function allMunicipalities(client: ApiClient = api, maxPages = 20): Promise<MunicipalityRead[]> {
  const all: MunicipalityRead[] = [];
  let cursor: string | undefined;
  for (let pageNumber = 0; pageNumber < maxPages; pageNumber++) {
    const page = await listMunicipalities({ limit: 100, ...(cursor && { cursor }) }, client);
    all.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return all;
}
