import { listModerationAppeals } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** The value of `?status=` for objections resolved already; without it, the open ones. */
export const _RESOLVED = 'afgehandeld';

/** The municipality's objections (staff only): open ones, oldest first, or resolved ones. */
export const load = loadOrFail(async ({ params, url, fetch, parent }: PageLoadEvent) => {
  await parent();
  requireStaff(params.slug, url);
  const resolved = url.searchParams.get('status') === _RESOLVED;
  const { data: page } = await listModerationAppeals({
    query: { municipality: params.slug, status: resolved ? 'resolved' : 'open', limit: 20 },
    fetch,
  });
  return { page, resolved };
});
