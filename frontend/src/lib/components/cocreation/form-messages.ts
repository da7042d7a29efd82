/**
 * Small pieces for the co-creation forms' messages: a problem a form finds itself (nothing chosen
 * where the API cannot be asked without a choice), and a field's message in the form's own words.
 */
import { messagesByField, type FormErrors, type Problem } from '$lib/api';

/** A problem about one field, shaped as the API's, so the form shows it as it shows the API's. */
export function fieldProblem(name: string, code = 'required'): Problem {
  return {
    type: 'about:blank',
    title: '',
    status: 400,
    detail: '',
    instance: '',
    code: 'invalid_input',
    requestId: '',
    invalidParams: [{ name, code, reason: '' }],
  };
}

/** The form's errors with `name`'s messages said by `say` (keeping the API's where it has none). */
export function sayInstead(
  errors: FormErrors,
  name: string,
  say: (code: string, current: string) => string | undefined,
): FormErrors {
  if (!errors.messages.some((message) => message.name === name)) return errors;
  const messages = errors.messages.map((message) =>
    message.name === name
      ? { ...message, message: say(message.code, message.message) ?? message.message }
      : message,
  );
  return { ...errors, messages, byField: messagesByField(messages) };
}
