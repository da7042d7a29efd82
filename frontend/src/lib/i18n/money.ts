/**
 * Amounts as people type them, into the whole euro cents the API counts in, and back.
 *
 * People in the Netherlands write `1.250,50`, people elsewhere `1,250.50`; both are read the same
 * way whatever the site's language, so nobody's habit costs them a thousandfold: the separator
 * that comes last, followed by one or two digits, is the decimal one; a separator followed by
 * three digits groups thousands. A currency sign, spaces between groups of thousands and a
 * closing `,-` (`€ 250,-`) are allowed. Anything else (letters, a minus, three decimals) is not an
 * amount: the form says so rather than guessing.
 */
import type { Locale } from './index.svelte';

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Whole numbers in groups of three (`1.250.000`), with `separator` between the groups. */
function grouped(text: string, separator: string): string | null {
  const groups = text.split(separator);
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first) || rest.some((group) => !/^\d{3}$/.test(group))) return null;
  if (rest.length && first === '0') return null;
  return groups.join('');
}

function toCents(whole: string, fraction: string): number | null {
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Euro cents from what someone typed, or null when it is blank or not an amount. */
export function parseEuros(input: string): number | null {
  let text = input
    .trim()
    .replace(/^(€|eur\b|euro\b)\s*/i, '')
    .replace(/\s*(€|eur|euro)$/i, '')
    .replace(/[.,]-$/, '')
    .trim();
  // Spaces (also the no-break kinds) only between groups of thousands: `1 250 000`.
  text = text.replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?:\D|$))/g, '$1');
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;

  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot === -1 && lastComma === -1) return toCents(text, '');

  if (lastDot !== -1 && lastComma !== -1) {
    // Both: the one that comes last separates the cents.
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const at = text.lastIndexOf(decimal);
    const fraction = text.slice(at + 1);
    const whole = grouped(text.slice(0, at), thousands);
    if (whole === null || !/^\d{1,2}$/.test(fraction)) return null;
    return toCents(whole, fraction);
  }

  const separator = lastDot !== -1 ? '.' : ',';
  const parts = text.split(separator);
  if (parts.length > 2) {
    const whole = grouped(text, separator);
    return whole === null ? null : toCents(whole, '');
  }
  const [whole = '', fraction = ''] = parts;
  // One separator: three digits after it group thousands (`4.500`), one or two are cents (`4,5`).
  if (fraction.length === 3 && whole !== '0' && /^\d{1,3}$/.test(whole)) {
    return toCents(`${whole}${fraction}`, '');
  }
  if (!/^\d{1,2}$/.test(fraction)) return null;
  return toCents(whole, fraction);
}

/** Whether a typed amount is blank, so a form can tell "fill it in" from "that is not an amount". */
export function isBlankAmount(input: string): boolean {
  return input.trim() === '';
}

/**
 * An amount to put in an input, as the reader writes it and `parseEuros` reads it back:
 * `4.500` or `1.250,50` in Dutch, `4,500` or `1,250.50` in English; no currency sign.
 */
export function amountInput(cents: number, locale: Locale): string {
  const euros = cents / 100;
  return new Intl.NumberFormat(TAGS[locale], {
    minimumFractionDigits: Number.isInteger(euros) ? 0 : 2,
    maximumFractionDigits: 2,
    useGrouping: true,
  }).format(euros);
}

/** The share of `part` in `whole` as a whole percentage, for text beside a chart (0 when nothing). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.round((part / whole) * 100);
}
