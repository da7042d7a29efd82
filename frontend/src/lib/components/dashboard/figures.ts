/**
 * The dashboard's figures: which ones there are, how each is shown, and the bars of a chart of one
 * of them over the months. Pure functions, tested alone.
 */
import type { ParticipationFigures } from '$lib/api';

/** The figures the dashboard shows, in the order of its tables. */
export const MEASURES = [
  'people',
  'ideas',
  'supports',
  'comments',
  'answers',
  'medianAnswerDays',
  'tasks',
  'tasksDone',
  'claims',
  'contributedCents',
  'grantedCents',
] as const satisfies readonly (keyof ParticipationFigures)[];

export type Measure = (typeof MEASURES)[number];

/** The figures that can be drawn over the months (counts and money; a median is not summed). */
export const CHARTED = ['people', 'ideas', 'supports', 'comments', 'answers', 'grantedCents'] as const;
export type Charted = (typeof CHARTED)[number];

export interface MonthBar {
  month: string;
  value: number;
  /** The bar's length, as a percentage of the longest. */
  width: string;
}

/** One bar per month, the longest bar the highest value; a value of 0 draws no bar. */
export function monthBars(
  months: readonly ({ month: string } & Pick<ParticipationFigures, Charted>)[],
  measure: Charted,
): MonthBar[] {
  const highest = Math.max(0, ...months.map((m) => m[measure]));
  return months.map((m) => ({
    month: m.month,
    value: m[measure],
    width: m[measure] > 0 ? `${Math.max((m[measure] / highest) * 100, 0.5)}%` : '0%',
  }));
}
