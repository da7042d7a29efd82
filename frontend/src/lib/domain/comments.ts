/**
 * What the site knows about comments (reacties): where a conversation is (on an opgave or on one of
 * its ideas), the stances, a comment's anchor on its page, and whether its author may still change
 * it. A comment is plain text: the site shows it as text, never as HTML.
 */
import {
  commentOnOpgave,
  commentOnProposal,
  listOpgaveComments,
  listProposalComments,
  Stance,
  type ApiClient,
  type CommentCreate,
  type CommentRead,
  type ListOpgaveCommentsData,
  type ReplyRead,
} from '$lib/api';
import { inOrder, isOneOf } from './enums';

/** Where a conversation is: on an opgave itself, or on one of its ideas. */
export type CommentPlace = { kind: 'opgave'; id: string } | { kind: 'proposal'; id: string };

export const STANCES = inOrder(Stance, ['for', 'against', 'neutral']);

/** The most characters of a comment, as the API takes them. */
export const COMMENT_MAX_LENGTH = 5000;

export const isStance = (value: unknown): value is Stance => isOneOf(STANCES, value);

/** The place a comment was made: its idea if it has one, else its opgave. */
export function placeOf(comment: Pick<CommentRead, 'opgaveId' | 'proposalId'>): CommentPlace {
  return comment.proposalId
    ? { kind: 'proposal', id: comment.proposalId }
    : { kind: 'opgave', id: comment.opgaveId };
}

/** One page of the conversation at `place` (with `parent`: all replies to one comment). */
export function listCommentsAt(
  place: CommentPlace,
  query: ListOpgaveCommentsData['query'] = {},
  client?: ApiClient,
) {
  const options = { path: { id: place.id }, query, ...(client && { client }) };
  return place.kind === 'opgave' ? listOpgaveComments(options) : listProposalComments(options);
}

/** A comment, or a reply (`parentId`, one level deep), at `place`. */
export function commentAt(
  place: CommentPlace,
  body: CommentCreate,
  headers: Record<string, string>,
  client?: ApiClient,
) {
  const options = { path: { id: place.id }, body, headers, ...(client && { client }) };
  return place.kind === 'opgave' ? commentOnOpgave(options) : commentOnProposal(options);
}

/** The comment's own anchor on its page, as notifications and mails link to it. */
export function commentAnchor(id: string): string {
  return `reactie-${id}`;
}

/** The comment id in an address's fragment (`#reactie-…`), or null. */
export function commentIdOf(hash: string): string | null {
  return hash.match(/^#reactie-([0-9a-f-]{36})$/i)?.[1] ?? null;
}

/**
 * The author may still change it: before `editableUntil` (the API checks again), if it is theirs
 * and neither deleted nor hidden.
 */
export function isEditableBy(
  comment: Pick<ReplyRead, 'author' | 'deleted' | 'hidden' | 'editableUntil'>,
  accountId: string | null | undefined,
  now: number = Date.now(),
): boolean {
  return (
    Boolean(accountId) &&
    comment.author?.id === accountId &&
    !comment.deleted &&
    !comment.hidden &&
    Date.parse(comment.editableUntil) > now
  );
}
