import { listMunicipalityProposals, type ProposalSort, type ProposalStatus } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { subjectsOf } from '$components/contributions/subjects';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** `?status=` in the address, as people read it, and what the API calls it. */
export const _STATUSES: Record<string, ProposalStatus> = {
  ingediend: 'submitted',
  'in-behandeling': 'under_review',
};

/** `?volgorde=` in the address: without it, the longest waiting first. */
export const _SORTS: Record<string, ProposalSort> = { oudste: 'createdAt', nieuwste: '-createdAt' };

/**
 * The review queue (staff only): the municipality's ideas across its opgaven that wait for an
 * answer, submitted ones by default, the longest waiting first; with the names of their opgaven.
 */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const status = url.searchParams.get('status') === 'in-behandeling' ? 'in-behandeling' : 'ingediend';
  const sort = url.searchParams.get('volgorde') === 'nieuwste' ? 'nieuwste' : 'oudste';
  const { data: page } = await listMunicipalityProposals({
    query: { municipality: params.slug, status: _STATUSES[status], sort: _SORTS[sort], limit: 20 },
    fetch,
  });
  const subjects = await subjectsOf(page.items, [], undefined, fetch);
  return { page, subjects, status, sort };
});
