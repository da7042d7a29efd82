/**
 * Calls about moderation: reporting an idea or a comment (anyone signed in), the municipality's
 * queue of reported content and deciding on it (hide with a public reason, restore, dismiss), a
 * decision as its author sees it and objecting to it once, the objections (bezwaren) staff
 * resolve, and who a beheerder blocked from posting in the municipality. Every POST carries an
 * Idempotency-Key.
 */
import { api, unwrap, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import type { components, operations } from './schema';

export type ContentType = components['schemas']['ContentType'];
export type ReportReason = components['schemas']['ReportReason'];
export type ReportStatus = components['schemas']['ReportStatus'];
export type ModerationAction = components['schemas']['ModerationAction'];
export type AppealOutcome = components['schemas']['AppealOutcome'];
export type ModeratedContent = components['schemas']['ModeratedContent'];
type ReportBody = components['schemas']['ModerationReportCreate'];
export type ModerationReportCreate = WithDefaults<ReportBody, 'explanation'>;
export type ModerationReportRead = components['schemas']['ModerationReportRead'];
export type ReportedItemRead = components['schemas']['ReportedItemRead'];
export type ReportedItemPage = components['schemas']['ReportedItemPage'];
type DecisionBody = components['schemas']['ModerationDecisionCreate'];
export type ModerationDecisionCreate = WithDefaults<DecisionBody, 'publicReason'>;
export type ModerationDecisionRead = components['schemas']['ModerationDecisionRead'];
export type ModerationAppealCreate = components['schemas']['ModerationAppealCreate'];
export type ModerationAppealRead = components['schemas']['ModerationAppealRead'];
export type ModerationAppealPage = components['schemas']['ModerationAppealPage'];
export type ModerationAppealUpdate = components['schemas']['ModerationAppealUpdate'];
export type PostingBlockCreate = components['schemas']['PostingBlockCreate'];
export type PostingBlockRead = components['schemas']['PostingBlockRead'];
export type PostingBlockPage = components['schemas']['PostingBlockPage'];
export type ListReportsQuery = NonNullable<operations['ListModerationReports']['parameters']['query']>;
export type ListAppealsQuery = NonNullable<operations['ListModerationAppeals']['parameters']['query']>;

/** The reasons to report something, in the order the form offers them ('other' last). */
export const REPORT_REASONS: readonly ReportReason[] = [
  'offensive',
  'spam',
  'personal_data',
  'off_topic',
  'other',
];

export function isReportReason(value: unknown): value is ReportReason {
  return typeof value === 'string' && (REPORT_REASONS as readonly string[]).includes(value);
}

/** Report an idea or a comment; 409 `already_reported` (mine is still open) or `already_hidden`. */
export async function reportContent(
  type: ContentType,
  id: string,
  body: ModerationReportCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ModerationReportRead> {
  const options = {
    params: { path: { id } },
    body: body as ReportBody,
    headers: idempotencyHeader(idempotencyKey),
  };
  return unwrap(
    type === 'comment'
      ? client.POST('/comments/{id}/reports', options)
      : client.POST('/proposals/{id}/reports', options),
  );
}

/** One page of a municipality's reported content: open (oldest first) or resolved (latest first). */
export async function listReportedItems(
  municipality: string,
  query: Omit<ListReportsQuery, 'municipality'> = {},
  client: ApiClient = api,
): Promise<ReportedItemPage> {
  return unwrap(client.GET('/moderation-reports', { params: { query: { ...query, municipality } } }));
}

/** Hide (with a public reason), restore, or dismiss the reports; the author is told. */
export async function decide(
  body: ModerationDecisionCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ModerationDecisionRead> {
  return unwrap(
    client.POST('/moderation-decisions', {
      body: body as DecisionBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** A decision, as its author (or staff) sees it: what, why, and whether an objection is possible. */
export async function getDecision(id: string, client: ApiClient = api): Promise<ModerationDecisionRead> {
  return unwrap(client.GET('/moderation-decisions/{id}', { params: { path: { id } } }));
}

/** Object to a decision about my content, once (409 `already_appealed`, `not_appealable`). */
export async function appealDecision(
  id: string,
  body: ModerationAppealCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ModerationAppealRead> {
  return unwrap(
    client.POST('/moderation-decisions/{id}/appeals', {
      params: { path: { id } },
      body,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** One page of a municipality's objections: open (oldest first) or resolved (latest first). */
export async function listAppeals(
  municipality: string,
  query: Omit<ListAppealsQuery, 'municipality'> = {},
  client: ApiClient = api,
): Promise<ModerationAppealPage> {
  return unwrap(client.GET('/moderation-appeals', { params: { query: { ...query, municipality } } }));
}

/** Resolve an objection: the decision stands (`upheld`) or the content returns (`overturned`). */
export async function resolveAppeal(
  id: string,
  body: ModerationAppealUpdate,
  client: ApiClient = api,
): Promise<ModerationAppealRead> {
  return unwrap(client.PATCH('/moderation-appeals/{id}', { params: { path: { id } }, body }));
}

/** One page of who is blocked from posting in the municipality (beheerders), newest first. */
export async function listPostingBlocks(
  slug: string,
  query: { cursor?: string; limit?: number } = {},
  client: ApiClient = api,
): Promise<PostingBlockPage> {
  return unwrap(client.GET('/municipalities/{slug}/posting-blocks', { params: { path: { slug }, query } }));
}

/** Block someone (by e-mail address) from posting in the municipality, with a reason they see. */
export async function blockPosting(
  slug: string,
  body: PostingBlockCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<PostingBlockRead> {
  return unwrap(
    client.POST('/municipalities/{slug}/posting-blocks', {
      params: { path: { slug } },
      body,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Lift a block: the person may post again. */
export async function liftPostingBlock(id: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.DELETE('/posting-blocks/{id}', { params: { path: { id } } }));
}
