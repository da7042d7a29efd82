/**
 * Calls about proposals (ideeën): an opgave's ideas, filtered, searched and sorted; similar ideas
 * while someone writes; one idea with its ETag; submitting, changing and withdrawing one (its
 * author); the municipality's answer (staff); support; and my own ideas. Every POST carries an
 * Idempotency-Key; a change or withdrawal sends the ETag it saw as If-Match.
 */
import { api, unwrap, unwrapResponse, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import type { components, operations } from './schema';

export type ProposalRead = components['schemas']['ProposalRead'];
export type ProposalPage = components['schemas']['ProposalPage'];
export type ProposalStatus = components['schemas']['ProposalStatus'];
export type ProposalSort = components['schemas']['ProposalSort'];
export type ProposalLocation = components['schemas']['Location'];
export type SimilarProposal = components['schemas']['SimilarProposal'];
export type SupportState = components['schemas']['SupportState'];
export type MunicipalityResponse = components['schemas']['MunicipalityResponse'];
type ProposalCreateBody = components['schemas']['ProposalCreate'];
export type ProposalCreate = WithDefaults<ProposalCreateBody, 'actionLineId' | 'location' | 'organisationId'>;
export type ProposalUpdate = components['schemas']['ProposalUpdate'];
type ResponseBody = components['schemas']['ResponseCreate'];
export type ResponseCreate = WithDefaults<ResponseBody, 'text'>;
export type ListProposalsQuery = NonNullable<operations['ListProposals']['parameters']['query']>;
export type ListMyProposalsQuery = NonNullable<operations['ListMyProposals']['parameters']['query']>;
export type ListMunicipalityProposalsQuery = NonNullable<
  operations['ListMunicipalityProposals']['parameters']['query']
>;

/** The statuses in the order an idea goes through them; withdrawn is the author's own way out. */
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'submitted',
  'under_review',
  'adopted',
  'declined',
  'withdrawn',
];

/** The sort orders the API allows, the default first. */
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

export function isProposalStatus(value: unknown): value is ProposalStatus {
  return typeof value === 'string' && (PROPOSAL_STATUSES as readonly string[]).includes(value);
}

export function isProposalSort(value: unknown): value is ProposalSort {
  return typeof value === 'string' && (PROPOSAL_SORTS as readonly string[]).includes(value);
}

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

/** An idea as it is now, with the ETag a change must send back as `If-Match`. */
export interface ProposalVersion {
  proposal: ProposalRead;
  etag: string;
}

/** One page of an opgave's ideas. */
export async function listProposals(
  opgaveId: string,
  query: ListProposalsQuery = {},
  client: ApiClient = api,
): Promise<ProposalPage> {
  return unwrap(client.GET('/opgaven/{id}/proposals', { params: { path: { id: opgaveId }, query } }));
}

/**
 * At most five existing ideas like the text someone is writing, most alike first. The text is cut
 * to what the API compares; a request that is no longer wanted is aborted with `signal`.
 */
export async function listSimilarProposals(
  opgaveId: string,
  text: string,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<SimilarProposal[]> {
  const found = await unwrap(
    client.GET('/opgaven/{id}/proposals/similar', {
      params: { path: { id: opgaveId }, query: { text: text.slice(0, SIMILAR_TEXT_MAX) } },
      ...(signal && { signal }),
    }),
  );
  return found.items;
}

/** One idea. A hidden one shows only its reason to anyone but its author and staff. */
export async function getProposal(id: string, client: ApiClient = api): Promise<ProposalVersion> {
  const { data, response } = await unwrapResponse(
    client.GET('/proposals/{id}', { params: { path: { id } } }),
  );
  return { proposal: data, etag: response.headers.get('ETag') ?? '' };
}

/** A new idea; 409 `phase_closed` when the opgave's phase takes none, 429 when posting too much. */
export async function submitProposal(
  opgaveId: string,
  body: ProposalCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ProposalVersion> {
  const { data, response } = await unwrapResponse(
    client.POST('/opgaven/{id}/proposals', {
      params: { path: { id: opgaveId } },
      body: body as ProposalCreateBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
  return { proposal: data, etag: response.headers.get('ETag') ?? '' };
}

/** Change my idea (until it is under review: 409 `not_editable`), guarded by the ETag last seen. */
export async function updateProposal(
  id: string,
  body: ProposalUpdate,
  etag: string,
  client: ApiClient = api,
): Promise<ProposalVersion> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/proposals/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
  return { proposal: data, etag: response.headers.get('ETag') ?? '' };
}

/** Withdraw my idea (until it is answered: 409 `already_answered`). */
export async function withdrawProposal(
  id: string,
  etag: string,
  client: ApiClient = api,
): Promise<ProposalVersion> {
  return updateProposal(id, { status: 'withdrawn' }, etag, client);
}

/** The municipality's public answer with a status (staff); declining needs a reason. */
export async function respondToProposal(
  id: string,
  body: ResponseCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ProposalRead> {
  return unwrap(
    client.POST('/proposals/{id}/responses', {
      params: { path: { id } },
      body: body as ResponseBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Support an idea, or take the support back. Both are idempotent: the answer is the state after. */
export async function setSupport(
  id: string,
  support: boolean,
  client: ApiClient = api,
): Promise<SupportState> {
  const options = { params: { path: { id } } };
  return unwrap(
    support
      ? client.PUT('/proposals/{id}/support', options)
      : client.DELETE('/proposals/{id}/support', options),
  );
}

/** One page of the ideas I submitted, newest first, with their status and answer. */
export async function listMyProposals(
  query: ListMyProposalsQuery = {},
  client: ApiClient = api,
): Promise<ProposalPage> {
  return unwrap(client.GET('/me/proposals', { params: { query } }));
}

/**
 * One page of a municipality's ideas across its opgaven (staff: the review queue), by default the
 * longest waiting first.
 */
export async function listMunicipalityProposals(
  municipality: string,
  query: Omit<ListMunicipalityProposalsQuery, 'municipality'> = {},
  client: ApiClient = api,
): Promise<ProposalPage> {
  return unwrap(client.GET('/proposals', { params: { query: { ...query, municipality } } }));
}
