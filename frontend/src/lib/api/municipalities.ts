/** Calls about municipalities (gemeenten). */
import { api, unwrap, type ApiClient } from './client';
import type { components } from './schema';

export type MunicipalityRead = components['schemas']['MunicipalityRead'];
export type MunicipalityTheme = components['schemas']['MunicipalityTheme'];
export type BaseTheme = components['schemas']['BaseTheme'];

export interface MunicipalityList {
  items: MunicipalityRead[];
  nextCursor: string | null;
}

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
  const page = await unwrap(client.GET('/municipalities', { params: { query } }));
  // The spec does not yet say what the items are (its generic page lost the item type, so they
  // are generated as `Record<string, never>`); they are MunicipalityRead, as the API returns them.
  return { items: page.items as unknown as MunicipalityRead[], nextCursor: page.nextCursor };
}

/** One municipality with its theme. */
export async function getMunicipality(slug: string, client: ApiClient = api): Promise<MunicipalityRead> {
  return unwrap(client.GET('/municipalities/{slug}', { params: { path: { slug } } }));
}
