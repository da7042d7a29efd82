/**
 * The one place that turns a `Problem` into text for people. The API's `code`s are stable and
 * translated here; an unknown code falls back to the API's own (Dutch) `reason` or `detail`.
 */
import type { Messages } from '$lib/i18n/index.svelte';
import { ApiError, type Problem } from './problem';

/** What a form tells about one of its fields, so messages can name it and its limits. */
export interface FieldSpec {
  label: string;
  /** The id of the input, for the error summary's link. Defaults to the field name. */
  id?: string;
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  /** An example of the right form (`naam@voorbeeld.nl`), for messages about the form of a value. */
  example?: string;
  /** What the field shows below its label (how to fill it in); the field components read it. */
  description?: string;
}

export interface FieldMessage {
  /** The parameter or field name the API used (`q`, `title`, `items[0].name`). */
  name: string;
  code: string;
  message: string;
  /** The input to link to from the error summary; absent when the form has no such field. */
  fieldId?: string;
  /** The form's field this is about, when the API named an item of it (`domains[0]` → `domains`). */
  field?: string;
}

/** One sentence for the problem as a whole. */
export function problemMessage(problem: Problem, t: Messages): string {
  // Too many attempts: say how long to wait, from Retry-After.
  if (problem.status === 429 && problem.retryAfter !== undefined)
    return t.errors.retryAfter(problem.retryAfter);
  const known = t.errors.problem[problem.code];
  if (known) return known;
  if (problem.status >= 500) return t.errors.status.server;
  if (problem.status === 404) return t.errors.problem.not_found ?? t.errors.status.client;
  if (problem.status >= 400) return problem.detail || problem.title || t.errors.status.client;
  return t.errors.problem.network ?? t.errors.status.server;
}

/**
 * One message per entry in `invalidParams`, in the API's order, for the error summary and the
 * fields. Parameters the form does not show (a stale cursor, say) still get a message, unlinked.
 */
export function fieldMessages(
  problem: Problem,
  t: Messages,
  fields: Record<string, FieldSpec> = {},
): FieldMessage[] {
  return (problem.invalidParams ?? []).map((param) => {
    // An item of a list field (`domains[0]`, `area[2]`) is about that field.
    const item = param.name.replace(/\[\d+\]$/, '');
    const field = Object.hasOwn(fields, param.name)
      ? param.name
      : Object.hasOwn(fields, item)
        ? item
        : undefined;
    const spec = field === undefined ? undefined : fields[field];
    const label = spec?.label ?? param.name;
    const translate = Object.hasOwn(t.errors.field, param.code) ? t.errors.field[param.code] : undefined;
    const message = translate
      ? translate({ ...spec, label, reason: param.reason })
      : `${label}: ${param.reason}`;
    const entry: FieldMessage = { name: param.name, code: param.code, message };
    if (spec && field !== undefined) {
      entry.fieldId = spec.id ?? field;
      if (field !== param.name) entry.field = field;
    }
    return entry;
  });
}

/** The first message per field name: what the field itself shows under its label. */
export function messagesByField(messages: FieldMessage[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { name, field, message } of messages) byField[field ?? name] ??= message;
  return byField;
}

/** What a form shows for a problem: the summary's list and lead, and each field's message. */
export interface FormErrors {
  messages: FieldMessage[];
  /** The message about the form as a whole, when the problem is not about its fields. */
  lead: string | undefined;
  byField: Record<string, string>;
}

export const NO_FORM_ERRORS: FormErrors = { messages: [], lead: undefined, byField: {} };

/**
 * A problem as a form shows it: invalid input as messages at the fields (and in the summary, in
 * the order of the form's `fields`, then whatever the form does not show), anything else (a wrong
 * password, too many attempts, no network) as one sentence above them.
 */
export function formErrors(
  problem: Problem | null | undefined,
  t: Messages,
  fields: Record<string, FieldSpec> = {},
): FormErrors {
  if (!problem) return NO_FORM_ERRORS;
  const order = Object.keys(fields);
  const position = (message: FieldMessage) => {
    const name = message.field ?? message.name;
    return order.includes(name) ? order.indexOf(name) : order.length;
  };
  const messages = fieldMessages(problem, t, fields).sort((a, b) => position(a) - position(b));
  return {
    messages,
    lead: messages.length ? undefined : problemMessage(problem, t),
    byField: messagesByField(messages),
  };
}

/** The `Problem` of a failed call; anything that is not an API failure is a bug and goes on up. */
export function problemOf(cause: unknown): Problem {
  if (cause instanceof ApiError) return cause.problem;
  throw cause;
}

/**
 * A form's values with every blank field left out, so the API names each one as `required`
 * together with whatever else is wrong, in one answer, and the form needs no rules of its own.
 * (The API would take "" as a value, and then say it is too short or of the wrong form.)
 */
export function withoutBlanks<T extends object>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => !(typeof value === 'string' && value.trim() === '')),
  ) as T;
}
