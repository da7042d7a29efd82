import { listModerationReports } from '$lib/api';
import { loadOrFail } from '$lib/api/kit';
import { requireStaff } from '$lib/session/guard';
import type { PageLoadEvent } from './$types';

/** What `invalidate` names to load the queue again. */
export const _REPORTS_DEPENDENCY = 'samenspel:moderation-reports';

/** The value of `?status=` for what was decided already; without it, what is still open. */
export const _RESOLVED = 'afgehandeld';

/** The municipality's moderation queue (staff only): open reports, oldest first, or resolved ones. */
export const load = loadOrFail(async ({ params, url, fetch, parent, depends }: PageLoadEvent) => {
  depends(_REPORTS_DEPENDENCY);
  await parent();
  requireStaff(params.slug, url);
  const resolved = url.searchParams.get('status') === _RESOLVED;
  const { data: page } = await listModerationReports({
    query: { municipality: params.slug, status: resolved ? 'resolved' : 'open', limit: 20 },
    fetch,
  });
  return { page, resolved };
});
