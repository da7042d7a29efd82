/**
 * The pieces of a budget's chart, apart from how it is drawn: which bars, how long each is, where
 * each row sits. Every bar is named by its own text beside it, so nothing depends on colour, and
 * the same figures go into the table that follows the chart.
 */
import type { BudgetTotals } from '$lib/domain/budgets';
import { percentOf } from '$lib/i18n/money';

export type BarKind = 'contributed' | 'granted' | 'available' | 'requested';

/** The bars in the order they are read: what went in, what went out, what is left, what is asked. */
export const BAR_KINDS: readonly BarKind[] = ['contributed', 'granted', 'available', 'requested'];

export interface Bar {
  kind: BarKind;
  cents: number;
  /** Length as a share of the longest bar, 0–1. */
  fraction: number;
  /** The same as an SVG length (`62.5%`); a bar with money in it is never too thin to see. */
  width: string;
  /** Share of what was contributed, in whole percent (the contributed bar itself: 100, or 0 when empty). */
  percentOfContributed: number;
}

/** The thinnest a bar with any money in it is drawn, in percent of the chart's width. */
export const MIN_VISIBLE_PERCENT = 0.5;

export function budgetBars(totals: BudgetTotals): Bar[] {
  const cents: Record<BarKind, number> = {
    contributed: totals.totalCents,
    granted: totals.grantedCents,
    available: totals.availableCents,
    requested: totals.requestedCents,
  };
  // What is asked can exceed what is left (not what is in the pot): the scale takes the longest.
  const longest = Math.max(...Object.values(cents), 0);
  return BAR_KINDS.map((kind) => {
    const amount = Math.max(cents[kind], 0);
    const fraction = longest > 0 ? amount / longest : 0;
    const percent = amount > 0 ? Math.max(fraction * 100, MIN_VISIBLE_PERCENT) : 0;
    return {
      kind,
      cents: amount,
      fraction,
      width: `${Number(percent.toFixed(1))}%`,
      percentOfContributed: percentOf(amount, totals.totalCents),
    };
  });
}

/** Where a row of the chart sits: its text line, and its bar under it. In pixels, top to bottom. */
export interface RowLayout {
  textY: number;
  barY: number;
  barHeight: number;
}

export const ROW_HEIGHT = 56;
const TEXT_BASELINE = 20;
const BAR_OFFSET = 28;
const BAR_HEIGHT = 18;

export function rowLayout(index: number): RowLayout {
  const top = index * ROW_HEIGHT;
  return { textY: top + TEXT_BASELINE, barY: top + BAR_OFFSET, barHeight: BAR_HEIGHT };
}

/** The height the chart needs for `rows` rows. */
export function chartHeight(rows: number): number {
  return Math.max(rows, 1) * ROW_HEIGHT;
}
