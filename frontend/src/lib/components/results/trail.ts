/**
 * The trail of an idea for its page. The trail is more of the same story, not the story itself:
 * when it cannot be read, the idea's page still shows (without it), and every other failure of
 * the page's load still shows as one.
 */
import { ApiError, getProposalTrail, type TrailRead } from '$lib/api';

export async function trailOf(proposalId: string, fetch: typeof globalThis.fetch): Promise<TrailRead | null> {
  try {
    return (await getProposalTrail({ path: { id: proposalId }, fetch })).data;
  } catch (cause) {
    if (cause instanceof ApiError && cause.status >= 400 && cause.status < 500) return null;
    throw cause;
  }
}

/** Whether anything became of the idea yet: an answer, a task, or a reflection that discussed it. */
export function hasTrail(trail: TrailRead): boolean {
  return Boolean(trail.response) || trail.tasks.length > 0 || trail.reflections.length > 0;
}
