/** Calls about municipalities (gemeenten). */
import { api, API_BASE_URL, unwrap, type ApiClient } from './client';
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

export type PolicyDomain = components['schemas']['DomainRead'];

/** The municipality's policy domains (beleidsdomeinen), for filtering and tagging opgaven. */
export async function listDomains(slug: string, client: ApiClient = api): Promise<PolicyDomain[]> {
  const list = await unwrap(client.GET('/municipalities/{slug}/domains', { params: { path: { slug } } }));
  return list.items;
}

/**
 * Where the staff sign-in button leads: the API starts the sign-in at the municipality's identity
 * provider and, afterwards, sends the browser to `returnTo` (a path on this site). A plain link,
 * not a call: the browser itself goes to the provider and back.
 */
export function staffSignInHref(slug: string, returnTo: string): string {
  return `${API_BASE_URL}/municipalities/${encodeURIComponent(slug)}/staff-sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}
