/**
 * What the site knows about ideas (proposals): the order of their statuses, the sorts it offers,
 * what staff may answer from a status, and what their author may still do.
 */
import {
  listSimilarProposals,
  ProposalStatus,
  type ApiClient,
  type ProposalRead,
  type ProposalSort,
  type SimilarProposal,
} from '$lib/api';
import { inOrder, isOneOf } from './enums';

/** The statuses in the order an idea goes through them; withdrawn is the author's own way out. */
export const PROPOSAL_STATUSES = inOrder(ProposalStatus, [
  'submitted',
  'under_review',
  'adopted',
  'declined',
  'withdrawn',
]);

/**
 * The sort orders the site offers, the default first: those of the API's (`ProposalSort`) that a
 * person chooses between; oldest first is not among them.
 */
export const PROPOSAL_SORTS: readonly ProposalSort[] = [
  '-createdAt',
  '-supportCount',
  '-commentCount',
  '-trendingCount',
];

/** The most the API searches for similar ideas: what someone wrote so far, cut to this length. */
export const SIMILAR_TEXT_MAX = 2000;

/** The shortest text worth asking about: a word of three letters is the least the API compares. */
export const SIMILAR_TEXT_MIN = 3;

/**
 * At most five existing ideas like the text someone is writing, most alike first. The text is cut
 * to what the API compares; a request that is no longer wanted is aborted with `signal`.
 */
export async function similarIdeas(
  opgaveId: string,
  text: string,
  signal?: AbortSignal,
  client?: ApiClient,
): Promise<SimilarProposal[]> {
  const { data } = await listSimilarProposals({
    path: { id: opgaveId },
    query: { text: text.slice(0, SIMILAR_TEXT_MAX) },
    ...(signal && { signal }),
    ...(client && { client }),
  });
  return data.items;
}

export const isProposalStatus = (value: unknown): value is ProposalStatus =>
  isOneOf(PROPOSAL_STATUSES, value);
export const isProposalSort = (value: unknown): value is ProposalSort => isOneOf(PROPOSAL_SORTS, value);

/**
 * The answers staff may give from a status, as the API allows them: an idea is taken under review
 * (or declined at once), then adopted or declined. An answered idea may get a new text with the
 * same status; a withdrawn one is not answered.
 */
export function answersFrom(status: ProposalStatus): ProposalStatus[] {
  switch (status) {
    case 'submitted':
      return ['under_review', 'declined'];
    case 'under_review':
      return ['under_review', 'adopted', 'declined'];
    case 'adopted':
    case 'declined':
      return [status];
    default:
      return [];
  }
}

/** Its author may still change it: until the municipality takes it under review. */
export function isEditable(proposal: Pick<ProposalRead, 'status'>): boolean {
  return proposal.status === 'submitted';
}

/** Its author may still withdraw it: until it is answered. */
export function isWithdrawable(proposal: Pick<ProposalRead, 'status'>): boolean {
  return proposal.status === 'submitted' || proposal.status === 'under_review';
}

/** Support can be given (or taken back) on ideas that are still alive and shown. */
export function isSupportable(proposal: Pick<ProposalRead, 'status' | 'hidden'>): boolean {
  return !proposal.hidden && ['submitted', 'under_review', 'adopted'].includes(proposal.status);
}
