/**
 * The one place that turns a `Problem` into text for people. The API's `code`s are stable and
 * translated here; an unknown code falls back to the API's own (Dutch) `reason` or `detail`.
 */
import type { Messages } from '$lib/i18n/index.svelte';
import type { Problem } from './problem';

/** What a form tells about one of its fields, so messages can name it and its limits. */
export interface FieldSpec {
  label: string;
  /** The id of the input, for the error summary's link. Defaults to the field name. */
  id?: string;
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
}

export interface FieldMessage {
  /** The parameter or field name the API used (`q`, `title`, `items[0].name`). */
  name: string;
  code: string;
  message: string;
  /** The input to link to from the error summary; absent when the form has no such field. */
  fieldId?: string;
}

/** One sentence for the problem as a whole. */
export function problemMessage(problem: Problem, t: Messages): string {
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
    const spec = Object.hasOwn(fields, param.name) ? fields[param.name] : undefined;
    const label = spec?.label ?? param.name;
    const translate = Object.hasOwn(t.errors.field, param.code) ? t.errors.field[param.code] : undefined;
    const message = translate
      ? translate({ ...spec, label, reason: param.reason })
      : `${label}: ${param.reason}`;
    const entry: FieldMessage = { name: param.name, code: param.code, message };
    if (spec) entry.fieldId = spec.id ?? param.name;
    return entry;
  });
}

/** The first message per field name: what the field itself shows under its label. */
export function messagesByField(messages: FieldMessage[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { name, message } of messages) byField[name] ??= message;
  return byField;
}
