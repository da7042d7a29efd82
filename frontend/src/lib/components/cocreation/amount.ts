/**
 * An amount field in a form: what it sends, and what it says when the API refuses it.
 *
 * Whatever was typed, the form sends a number: the amount it read, or 0 when it read none. Every
 * amount the API takes is at least one cent, so 0 is refused together with whatever else is wrong,
 * in one answer, and never taken for "the default" (a grant without an amount grants all that was
 * asked). The field's message then says what the person typed wrong, not what the API received.
 */
import { formErrors, type FieldSpec, type FormErrors, type Problem } from '$lib/api';
import type { Messages } from '$lib/i18n/index.svelte';
import { isBlankAmount, parseEuros } from '$lib/i18n/money';
import { sayInstead } from './form-messages';

/** The cents to send for what was typed: the amount, or 0 for none. */
export function amountForBody(typed: string): number {
  return parseEuros(typed) ?? 0;
}

/** The message for the amount field, from the API's code and what was typed. */
export function amountMessage(code: string, typed: string, label: string, t: Messages): string | undefined {
  if (isBlankAmount(typed)) return t.money.required(label);
  const cents = parseEuros(typed);
  if (cents === null) return t.money.invalid(label);
  if (code === 'out_of_range' || code === 'required') {
    return cents < 1 ? t.money.tooSmall(label) : t.money.tooLarge(label);
  }
  if (code === 'too_large') return t.money.moreThanAsked(label);
  return undefined;
}

/** `formErrors`, with the amount field's messages about what was typed (`name` is its API name). */
export function amountFormErrors(
  problem: Problem | null | undefined,
  t: Messages,
  fields: Record<string, FieldSpec>,
  typed: string,
  name = 'amountCents',
): FormErrors {
  const label = fields[name]?.label ?? name;
  return sayInstead(formErrors(problem, t, fields), name, (code) => amountMessage(code, typed, label, t));
}
