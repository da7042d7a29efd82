/**
 * Addresses of co-creation pages that carry more than a path: a part of a page (`#…`) or where a
 * form starts (`?taak=`). Everything else links with `resolve` directly.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** The budget view at the requests of one budget: where staff decide. */
export function budgetRequestsHref(slug: string, opgaveId: string, budgetId: string): ResolvedPathname {
  const page = resolve('/gemeenten/[slug]/opgaven/[id=uuid]/budget', { slug, id: opgaveId });
  return `${page}#aanvragen-${budgetId}` as ResolvedPathname;
}

/** An organisation's workspace at its budget request form, starting with the task (`?taak=`). */
export function requestBudgetHref(organisationId: string, taskId: string): ResolvedPathname {
  const page = resolve('/werkruimte/[id=uuid]', { id: organisationId });
  return `${page}?${new URLSearchParams({ taak: taskId })}#budget-aanvragen` as ResolvedPathname;
}
