/**
 * Dates and amounts as people read them, in the site's language. Dates are shown in Dutch time
 * (the platform is for Dutch municipalities), whatever the reader's own time zone.
 */
import type { Locale } from './index.svelte';

const TIME_ZONE = 'Europe/Amsterdam';
const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "1 maart 2024" from a date (`2024-03-01`) or a timestamp. */
export function formatDate(value: string, locale: Locale): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(TAGS[locale], {
    dateStyle: 'long',
    timeZone: dateOnly ? 'UTC' : TIME_ZONE,
  }).format(date);
}

/** "€ 1.250" from a number of euro cents; cents only where there are any. */
export function formatEuros(cents: number, locale: Locale): string {
  const euros = cents / 100;
  return new Intl.NumberFormat(TAGS[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(euros) ? 0 : 2,
  }).format(euros);
}

/** "28 november 2026 om 14:05": when something was written, to the minute, in Dutch time. */
export function formatDateTime(value: string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(TAGS[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** "14:05": a time today, in Dutch time. */
export function formatTime(value: string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(TAGS[locale], { timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}

/** "6,5" or "1.250": a figure as people read it, with at most two decimals, only where there are any. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2 }).format(value);
}

/** "nov. 2026" (or "Nov 2026"): a month given as "2026-11", as people read it. */
export function formatMonth(month: string, locale: Locale): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(TAGS[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (number ?? 1) - 1, 1)),
  );
}
