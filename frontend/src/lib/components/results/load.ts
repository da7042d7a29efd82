/**
 * What every results page loads first: the opgave, in its own municipality. A page under another
 * municipality's address moves to the opgave's own (as the opgave's page does).
 */
import { redirect } from '@sveltejs/kit';
import type { ResolvedPathname } from '$app/types';
import { etagOf, getOpgave, type OpgaveRead } from '$lib/api';

/** An opgave as it is now, with the ETag a change must send back as `If-Match`. */
export interface OpgaveVersion {
  opgave: OpgaveRead;
  etag: string;
}

export async function opgaveAt(
  params: { slug: string; id: string },
  fetch: typeof globalThis.fetch,
  here: (slug: string) => ResolvedPathname,
): Promise<OpgaveVersion> {
  const { data: opgave, response } = await getOpgave({ path: { id: params.id }, fetch });
  const slug = opgave.municipality.slug;
  if (slug !== params.slug) redirect(308, here(slug));
  return { opgave, etag: etagOf(response) };
}
