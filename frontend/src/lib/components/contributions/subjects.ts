/**
 * What my ideas and comments are about, by name: my list of contributions says "bij de opgave …"
 * and "bij het idee …", and links to their pages, which live under the opgave's municipality. The
 * API's lists give only ids, so the names are looked up once per opgave and idea (a page of twenty
 * contributions is about a handful of them), and one that cannot be read is left nameless.
 */
import { getOpgave, getProposal, type CommentRead, type ProposalRead } from '$lib/api';

export interface OpgaveSubject {
  title: string;
  slug: string;
}

export interface Subjects {
  opgaven: Record<string, OpgaveSubject>;
  ideas: Record<string, string>;
}

export const NO_SUBJECTS: Subjects = { opgaven: {}, ideas: {} };

/** The names of what `proposals` and `comments` are about that `known` does not have yet. */
export async function subjectsOf(
  proposals: Pick<ProposalRead, 'id' | 'opgaveId' | 'title'>[],
  comments: Pick<CommentRead, 'opgaveId' | 'proposalId'>[],
  known: Subjects = NO_SUBJECTS,
  fetch?: typeof globalThis.fetch,
): Promise<Subjects> {
  const via = fetch ? { fetch } : {};
  const ideas: Record<string, string> = { ...known.ideas };
  for (const proposal of proposals) ideas[proposal.id] = proposal.title;
  const opgaveIds = new Set([...proposals, ...comments].map((item) => item.opgaveId));
  const ideaIds = new Set(comments.flatMap((comment) => (comment.proposalId ? [comment.proposalId] : [])));
  const missingOpgaven = [...opgaveIds].filter((id) => !known.opgaven[id]);
  const missingIdeas = [...ideaIds].filter((id) => !ideas[id]);
  const [opgaven, titles] = await Promise.all([
    Promise.all(missingOpgaven.map((id) => getOpgave({ path: { id }, ...via }).catch(() => null))),
    Promise.all(missingIdeas.map((id) => getProposal({ path: { id }, ...via }).catch(() => null))),
  ]);
  const found: Record<string, OpgaveSubject> = { ...known.opgaven };
  for (const opgave of opgaven) {
    if (opgave) found[opgave.data.id] = { title: opgave.data.title, slug: opgave.data.municipality.slug };
  }
  for (const idea of titles) if (idea) ideas[idea.data.id] = idea.data.title;
  return { opgaven: found, ideas };
}
