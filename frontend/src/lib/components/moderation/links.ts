/**
 * Where moderated content is on the site: an idea's page, or a comment's place (`#reactie-…`) on
 * its idea or opgave. The short addresses lead on to the page under its municipality.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { commentAnchor, type ModeratedContent } from '$lib/api';

export function contentHref(
  content: Pick<ModeratedContent, 'type' | 'id' | 'opgaveId' | 'proposalId'>,
): ResolvedPathname {
  if (content.type === 'proposal') return resolve('/ideeen/[id=uuid]', { id: content.id });
  const hash = `#${commentAnchor(content.id)}`;
  const place = content.proposalId
    ? resolve('/ideeen/[id=uuid]', { id: content.proposalId })
    : resolve('/opgaven/[id=uuid]', { id: content.opgaveId });
  return `${place}${hash}` as ResolvedPathname;
}
