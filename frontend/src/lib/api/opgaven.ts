/**
 * Calls about opgaven: finding them, one opgave with its ETag, creating and changing one, moving
 * it through its phases, its timeline, and following it. Every POST carries an Idempotency-Key.
 */
import { api, unwrap, unwrapResponse, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import { allPages } from './paging';
import type { components, operations } from './schema';

export type OpgaveListItem = components['schemas']['OpgaveListItem'];
export type OpgaveRead = components['schemas']['OpgaveRead'];
export type OpgavePage = components['schemas']['OpgavePage'];
export type OpgaveCounts = components['schemas']['OpgaveCounts'];
type OpgaveCreateBody = components['schemas']['OpgaveCreate'];
export type OpgaveCreate = WithDefaults<
  OpgaveCreateBody,
  Exclude<keyof OpgaveCreateBody, 'municipality' | 'title'>
>;
export type OpgaveUpdate = components['schemas']['OpgaveUpdate'];
export type OpgaveSort = components['schemas']['OpgaveSort'];
export type Phase = components['schemas']['Phase'];
export type DomainRead = components['schemas']['DomainRead'];
export type PersonSummary = components['schemas']['PersonSummary'];
type PhaseTransitionBody = components['schemas']['PhaseTransitionCreate'];
export type PhaseTransitionCreate = WithDefaults<PhaseTransitionBody, 'reason'>;
export type PhaseTransitionRead = components['schemas']['PhaseTransitionRead'];
export type TimelineEvent = components['schemas']['TimelineEventRead'];
export type TimelinePage = components['schemas']['TimelinePage'];
export type ListOpgavenQuery = NonNullable<operations['ListOpgaven']['parameters']['query']>;

/** The phases in their order: an opgave moves one step at a time. */
export const PHASES: readonly Phase[] = ['exploring', 'formulating', 'planning', 'executing', 'completed'];

/** The sort orders the API allows, the default first. */
export const OPGAVE_SORTS: readonly OpgaveSort[] = ['-createdAt', 'createdAt', 'title', '-supporterCount'];

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

export function isOpgaveSort(value: unknown): value is OpgaveSort {
  return typeof value === 'string' && (OPGAVE_SORTS as readonly string[]).includes(value);
}

/** The phase after `phase`, or null at the end. */
export function nextPhase(phase: Phase): Phase | null {
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

/** The phase before `phase`, or null at the start. */
export function previousPhase(phase: Phase): Phase | null {
  const index = PHASES.indexOf(phase);
  return index > 0 ? PHASES[index - 1]! : null;
}

/** An opgave as it is now, with the ETag a change must send back as `If-Match`. */
export interface OpgaveVersion {
  opgave: OpgaveRead;
  etag: string;
}

/** One page of opgaven: filtered, searched (Dutch full text), sorted. */
export async function listOpgaven(
  query: ListOpgavenQuery = {},
  client: ApiClient = api,
): Promise<OpgavePage> {
  return unwrap(client.GET('/opgaven', { params: { query } }));
}

/** One opgave; a draft is a 404 for everyone but its municipality's staff. */
export async function getOpgave(id: string, client: ApiClient = api): Promise<OpgaveVersion> {
  const { data, response } = await unwrapResponse(client.GET('/opgaven/{id}', { params: { path: { id } } }));
  return { opgave: data, etag: response.headers.get('ETag') ?? '' };
}

/** A new opgave (staff): it starts in the phase verkennen, as a draft unless `published`. */
export async function createOpgave(
  body: OpgaveCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<OpgaveVersion> {
  const { data, response } = await unwrapResponse(
    client.POST('/opgaven', { body: body as OpgaveCreateBody, headers: idempotencyHeader(idempotencyKey) }),
  );
  return { opgave: data, etag: response.headers.get('ETag') ?? '' };
}

/** Change an opgave, guarded by the ETag last seen (412 when it changed meanwhile). */
export async function updateOpgave(
  id: string,
  body: OpgaveUpdate,
  etag: string,
  client: ApiClient = api,
): Promise<OpgaveVersion> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/opgaven/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
  return { opgave: data, etag: response.headers.get('ETag') ?? '' };
}

/** One step forward, or one step back with a reason (the procesregisseur or a beheerder). */
export async function transitionPhase(
  id: string,
  body: PhaseTransitionCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<PhaseTransitionRead> {
  return unwrap(
    client.POST('/opgaven/{id}/phase-transitions', {
      params: { path: { id } },
      body: body as PhaseTransitionBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** One page of the timeline, oldest first. */
export async function getTimeline(
  id: string,
  query: { cursor?: string; limit?: number } = {},
  client: ApiClient = api,
): Promise<TimelinePage> {
  return unwrap(client.GET('/opgaven/{id}/timeline', { params: { path: { id }, query } }));
}

/** The whole timeline, oldest first. */
export async function fullTimeline(id: string, client: ApiClient = api): Promise<TimelineEvent[]> {
  return allPages((cursor) => getTimeline(id, { limit: 100, ...(cursor && { cursor }) }, client));
}

/** Follow an opgave (signed in); following twice is following. */
export async function followOpgave(id: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.PUT('/opgaven/{id}/following', { params: { path: { id } } }));
}

export async function unfollowOpgave(id: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.DELETE('/opgaven/{id}/following', { params: { path: { id } } }));
}
