/**
 * Calls about comments (reacties): the conversation on an opgave or on one of its ideas, each
 * comment with its first three replies (the rest with `parent`); posting, replying, editing within
 * the window the API gives, deleting; a comment's earlier versions; and my own comments. A comment
 * is plain text: the site shows it as text, never as HTML.
 */
import { api, unwrap, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import { allPages } from './paging';
import type { components, operations } from './schema';

export type CommentRead = components['schemas']['CommentRead'];
export type ReplyRead = components['schemas']['ReplyRead'];
export type CommentPage = components['schemas']['CommentPage'];
export type CommentSort = components['schemas']['CommentSort'];
export type Stance = components['schemas']['Stance'];
type CommentBody = components['schemas']['CommentCreate'];
export type CommentCreate = WithDefaults<CommentBody, 'parentId' | 'stance'>;
export type CommentUpdate = components['schemas']['CommentUpdate'];
export type RevisionRead = components['schemas']['RevisionRead'];
export type ListCommentsQuery = NonNullable<operations['ListOpgaveComments']['parameters']['query']>;
export type ListMyCommentsQuery = NonNullable<operations['ListMyComments']['parameters']['query']>;

/** Where a conversation is: on an opgave itself, or on one of its ideas. */
export type CommentPlace = { kind: 'opgave'; id: string } | { kind: 'proposal'; id: string };

export const STANCES: readonly Stance[] = ['for', 'against', 'neutral'];

/** The most characters of a comment, as the API takes them. */
export const COMMENT_MAX_LENGTH = 5000;

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

/** The place a comment was made: its idea if it has one, else its opgave. */
export function placeOf(comment: Pick<CommentRead, 'opgaveId' | 'proposalId'>): CommentPlace {
  return comment.proposalId
    ? { kind: 'proposal', id: comment.proposalId }
    : { kind: 'opgave', id: comment.opgaveId };
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

/** One page of a conversation: the comments with their first replies, or (with `parent`) all replies. */
export async function listComments(
  place: CommentPlace,
  query: ListCommentsQuery = {},
  client: ApiClient = api,
): Promise<CommentPage> {
  const params = { path: { id: place.id }, query };
  return unwrap(
    place.kind === 'opgave'
      ? client.GET('/opgaven/{id}/comments', { params })
      : client.GET('/proposals/{id}/comments', { params }),
  );
}

/** Every reply to one comment, oldest first. */
export async function allReplies(
  place: CommentPlace,
  parentId: string,
  client: ApiClient = api,
): Promise<CommentRead[]> {
  return allPages((cursor) =>
    listComments(place, { parent: parentId, limit: 100, ...(cursor && { cursor }) }, client),
  );
}

/** A comment, or a reply (`parentId`, one level deep); 409 `not_commentable` on a hidden idea. */
export async function postComment(
  place: CommentPlace,
  body: CommentCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<CommentRead> {
  const options = {
    params: { path: { id: place.id } },
    body: body as CommentBody,
    headers: idempotencyHeader(idempotencyKey),
  };
  return unwrap(
    place.kind === 'opgave'
      ? client.POST('/opgaven/{id}/comments', options)
      : client.POST('/proposals/{id}/comments', options),
  );
}

/** One comment with its first replies, wherever it is. */
export async function getComment(id: string, client: ApiClient = api): Promise<CommentRead> {
  return unwrap(client.GET('/comments/{id}', { params: { path: { id } } }));
}

/** Change my comment, within its window (409 `edit_window_closed` after); the old text is kept. */
export async function updateComment(
  id: string,
  body: CommentUpdate,
  client: ApiClient = api,
): Promise<CommentRead> {
  return unwrap(client.PATCH('/comments/{id}', { params: { path: { id } }, body }));
}

/** Delete my comment. With replies, its place stays (`deleted`), so the replies keep their context. */
export async function deleteComment(id: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.DELETE('/comments/{id}', { params: { path: { id } } }));
}

/** The earlier versions of a comment, oldest first (its author and staff). */
export async function listCommentRevisions(id: string, client: ApiClient = api): Promise<RevisionRead[]> {
  return (await unwrap(client.GET('/comments/{id}/revisions', { params: { path: { id } } }))).items;
}

/** One page of my comments, newest first. */
export async function listMyComments(
  query: ListMyCommentsQuery = {},
  client: ApiClient = api,
): Promise<CommentPage> {
  return unwrap(client.GET('/me/comments', { params: { query } }));
}
