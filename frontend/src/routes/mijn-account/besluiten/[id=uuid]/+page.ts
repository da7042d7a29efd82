import { redirect } from '@sveltejs/kit';
import { ApiError, getModerationDecision } from '$lib/api';
import { failLoad } from '$lib/api/kit';
import { requireSignedIn } from '$lib/session/guard';
import { signInHref } from '$lib/session/return-path';
import type { PageLoad } from './$types';

/** What `invalidate` names to load the decision again after an objection. */
export const _DECISION_DEPENDENCY = 'samenspel:decision';

/** A moderation decision about my content (signed in; its author or staff may read it). */
export const load: PageLoad = async ({ params, url, fetch, parent, depends }) => {
  depends(_DECISION_DEPENDENCY);
  await parent();
  requireSignedIn(url);
  try {
    return { decision: (await getModerationDecision({ path: { id: params.id }, fetch })).data };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 401) redirect(303, signInHref(url));
    failLoad(cause);
  }
};
