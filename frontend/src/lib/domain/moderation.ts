/** What the site knows about moderation: the reasons to report, and where a report goes. */
import {
  reportComment,
  reportProposal,
  ReportReason,
  type ApiClient,
  type ContentType,
  type ModerationReportCreate,
} from '$lib/api';
import { inOrder, isOneOf } from './enums';

/** The reasons to report something, in the order the form offers them ('other' last). */
export const REPORT_REASONS = inOrder(ReportReason, [
  'offensive',
  'spam',
  'personal_data',
  'off_topic',
  'other',
]);

export const isReportReason = (value: unknown): value is ReportReason => isOneOf(REPORT_REASONS, value);

/** Report an idea or a comment. */
export function reportContent(
  target: { type: ContentType; id: string },
  body: ModerationReportCreate,
  headers: Record<string, string>,
  client?: ApiClient,
) {
  const options = { path: { id: target.id }, body, headers, ...(client && { client }) };
  return target.type === 'comment' ? reportComment(options) : reportProposal(options);
}
