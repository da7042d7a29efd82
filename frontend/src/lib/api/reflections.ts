/**
 * Calls about reflection moments (reflectiemomenten): staff plan one, the team (and invited
 * residents) write per prompt while it is open, the procesregisseur or a beheerder closes it with
 * conclusions and follow-up actions, and its public summary is published. Outside the team only
 * published moments are seen. Every POST carries an Idempotency-Key; a change sends the ETag.
 */
import { api, unwrap, unwrapResponse, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import { allPages } from './paging';
import type { components } from './schema';

export type ReflectionRead = components['schemas']['ReflectionRead'];
export type ReflectionStatus = components['schemas']['ReflectionStatus'];
type ReflectionBody = components['schemas']['ReflectionCreate'];
export type ReflectionCreate = WithDefaults<
  ReflectionBody,
  'phase' | 'prompts' | 'proposalIds' | 'residentsInvited'
>;
export type ReflectionUpdate = components['schemas']['ReflectionUpdate'];
export type ReflectionEntryRead = components['schemas']['EntryRead'];
export type ReflectionEntryCreate = components['schemas']['EntryCreate'];
type ClosureBody = components['schemas']['ClosureCreate'];
type FollowUpBody = components['schemas']['FollowUpCreate'];
export type FollowUpCreate = WithDefaults<FollowUpBody, 'actionLineId'>;
export type ClosureCreate = Omit<WithDefaults<ClosureBody, 'summary' | 'publish' | 'actions'>, 'actions'> & {
  actions?: FollowUpCreate[];
};
export type FollowUpKind = components['schemas']['FollowUpKind'];
export type FollowUpRead = components['schemas']['FollowUpRead'];

/** The prompts a moment has unless staff choose others: the API's own, in Dutch. */
export const DEFAULT_PROMPTS: readonly string[] = [
  'Wat ging goed?',
  'Wat ging niet goed?',
  'Wat veranderen we?',
];

/** What a follow-up action can become, in the order a form offers them. */
export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = ['task', 'formulation', 'action_line', 'note'];

/** A moment as it is now, with the ETag a change must send back as `If-Match`. */
export interface ReflectionVersion {
  reflection: ReflectionRead;
  etag: string;
}

/** Every moment of an opgave the reader may see, newest first. */
export async function allReflections(opgaveId: string, client: ApiClient = api): Promise<ReflectionRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/opgaven/{id}/reflections', {
        params: { path: { id: opgaveId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

export async function getReflection(id: string, client: ApiClient = api): Promise<ReflectionVersion> {
  const { data, response } = await unwrapResponse(
    client.GET('/reflections/{id}', { params: { path: { id } } }),
  );
  return { reflection: data, etag: response.headers.get('ETag') ?? '' };
}

/** Plan a moment (staff); without prompts it asks what went well, what did not, and what we change. */
export async function planReflection(
  opgaveId: string,
  body: ReflectionCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ReflectionRead> {
  return unwrap(
    client.POST('/opgaven/{id}/reflections', {
      params: { path: { id: opgaveId } },
      body: body as ReflectionBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Change or publish a moment (staff), guarded by the ETag last seen; publishing needs it closed. */
export async function updateReflection(
  id: string,
  body: ReflectionUpdate,
  etag: string,
  client: ApiClient = api,
): Promise<ReflectionVersion> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/reflections/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
  return { reflection: data, etag: response.headers.get('ETag') ?? '' };
}

/** Everything written in a moment, per prompt, oldest first (the team, staff, invited residents). */
export async function allEntries(id: string, client: ApiClient = api): Promise<ReflectionEntryRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/reflections/{id}/entries', {
        params: { path: { id }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/** Write at one prompt while the moment is open (409 `reflection_closed` after). */
export async function writeEntry(
  id: string,
  body: ReflectionEntryCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ReflectionEntryRead> {
  return unwrap(
    client.POST('/reflections/{id}/entries', {
      params: { path: { id } },
      body,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Close a moment with conclusions and follow-up (the procesregisseur or a beheerder). */
export async function closeReflection(
  id: string,
  body: ClosureCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ReflectionVersion> {
  const { data, response } = await unwrapResponse(
    client.POST('/reflections/{id}/closure', {
      params: { path: { id } },
      body: body as ClosureBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
  return { reflection: data, etag: response.headers.get('ETag') ?? '' };
}

/** The entries grouped by the prompt they answer, one list per prompt (also an empty one). */
export function entriesByPrompt(
  prompts: readonly string[],
  entries: readonly ReflectionEntryRead[],
): ReflectionEntryRead[][] {
  const groups = prompts.map((): ReflectionEntryRead[] => []);
  for (const entry of entries) groups[entry.promptIndex]?.push(entry);
  return groups;
}
