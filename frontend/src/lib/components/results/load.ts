/**
 * What every results page loads first: the opgave, in its own municipality. A page under another
 * municipality's address moves to the opgave's own (as the opgave's page does).
 */
import { redirect } from '@sveltejs/kit';
import type { ResolvedPathname } from '$app/types';
import { getOpgave, type ApiClient, type OpgaveVersion } from '$lib/api';

export async function opgaveAt(
  params: { slug: string; id: string },
  client: ApiClient,
  here: (slug: string) => ResolvedPathname,
): Promise<OpgaveVersion> {
  const version = await getOpgave(params.id, client);
  const slug = version.opgave.municipality.slug;
  if (slug !== params.slug) redirect(308, here(slug));
  return version;
}
