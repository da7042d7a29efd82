/** Calls about partner organisations: societal organisations and entrepreneurs of a municipality. */
import { api, unwrap, type ApiClient } from './client';
import type { components } from './schema';

export type OrganisationRead = components['schemas']['OrganisationRead'];
export type OrganisationRef = components['schemas']['OrganisationRef'];

/** One organisation; public, like its name on the opgaven it works on. */
export async function getOrganisation(id: string, client: ApiClient = api): Promise<OrganisationRead> {
  return unwrap(client.GET('/organisations/{id}', { params: { path: { id } } }));
}
