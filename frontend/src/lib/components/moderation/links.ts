/**
 * Where moderated content is on the site: an idea's page, or a comment's place (`#reactie-…`) on
 * its idea, task or opgave; a poll answer's poll. The short addresses lead on to the page under its municipality.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { ModeratedContent } from '$lib/api';
import { commentAnchor } from '$lib/domain/comments';

export function contentHref(
  content: Pick<ModeratedContent, 'type' | 'id' | 'opgaveId' | 'proposalId' | 'taskId' | 'pollId'>,
): ResolvedPathname {
  if (content.type === 'poll_answer' && content.pollId)
    return resolve('/peilingen/[id=uuid]', { id: content.pollId });
  if (content.type === 'proposal') return resolve('/ideeen/[id=uuid]', { id: content.id });
  const hash = `#${commentAnchor(content.id)}`;
  const place = content.proposalId
    ? resolve('/ideeen/[id=uuid]', { id: content.proposalId })
    : content.taskId
      ? resolve('/taken/[id=uuid]', { id: content.taskId })
      : resolve('/opgaven/[id=uuid]', { id: content.opgaveId });
  return `${place}${hash}` as ResolvedPathname;
}
