/**
 * Figures as people type them: "6,5", "6.5", "1.250,5", "-3". A form sends what it could read
 * and leaves out what it could not, so the API names every other problem in the same answer; the
 * field it could not read is then told it holds no number (not that it is empty).
 */
import type { Problem } from '$lib/api';

/** NOT_A_NUMBER is what `parseDecimal` gives for text that is no number; blank is `undefined`. */
export const NOT_A_NUMBER = Symbol('not a number');

export function parseDecimal(text: string): number | undefined | typeof NOT_A_NUMBER {
  const trimmed = text.trim().replace(/\s/g, '').replace(/^−/, '-');
  if (trimmed === '') return undefined;
  // With a comma, the comma is the decimal sign and points group thousands (Dutch); without one, a
  // point is the decimal sign.
  const normal = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normal)) return NOT_A_NUMBER;
  return Number(normal);
}

/**
 * The API's answer, with the fields the form could not read as numbers (and so left out) marked
 * `not_a_number` instead of `required`; when the API named nothing about them, they are added.
 */
export function withUnreadNumbers(problem: Problem, unread: readonly string[]): Problem {
  if (unread.length === 0) return problem;
  const others = (problem.invalidParams ?? []).filter((param) => !unread.includes(param.name));
  return {
    ...problem,
    invalidParams: [
      ...unread.map((name) => ({ name, code: 'not_a_number', reason: 'Dit is geen getal.' })),
      ...others,
    ],
  };
}

/** A problem the form found itself: these fields hold no number. */
export function unreadNumbersProblem(unread: readonly string[]): Problem {
  return withUnreadNumbers(
    {
      type: 'about:blank',
      title: 'Niet alles is goed ingevuld.',
      status: 400,
      detail: '',
      instance: '',
      code: 'invalid_input',
      requestId: '',
    },
    unread,
  );
}
