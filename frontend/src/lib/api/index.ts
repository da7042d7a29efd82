/**
 * The API, as the site uses it. Import from `$lib/api`, never from `./generated`: importing this
 * module sets up the client (`./client.ts`) before any call is made.
 *
 * - one function per operation, named after its operationId (`listOpgaven`, `createTask`), and
 *   the types and enums of the contract: generated from openapi/openapi.json (`npm run generate:api`);
 * - the one place that configures them (`./client.ts`), and the ETag of a response (`etagOf`);
 * - one shape for every failure (`ApiError` with a `Problem`) and its texts for people (`./messages.ts`);
 * - every page of a list shown whole (`allPages`).
 *
 * What the site knows beyond the contract (the order of the phases, who may still change an idea)
 * is in `$lib/domain`; a form's submission in `$lib/forms`.
 */
export * from './generated/sdk.gen';
export * from './generated/types.gen';
export {
  api,
  API_BASE_URL,
  CSRF_HEADER,
  etagOf,
  IDEMPOTENCY_HEADER,
  newApiClient,
  newIdempotencyKey,
  type ApiClient,
  type ClientOptions,
  type SessionCredentials,
} from './client';
export {
  ApiError,
  networkProblem,
  toProblem,
  NETWORK_CODE,
  retryAfterSeconds,
  type InvalidParam,
  type Problem,
} from './problem';
export {
  fieldMessages,
  formErrors,
  messagesByField,
  NO_FORM_ERRORS,
  problemMessage,
  problemOf,
  withoutBlanks,
  type FieldMessage,
  type FieldSpec,
  type FormErrors,
} from './messages';
export { SubmissionKey } from './idempotency';
export { allPages, type Paged, type PageQuery } from './paging';
