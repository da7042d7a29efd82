/**
 * The pieces of an indicator's chart, apart from how it is drawn: where the baseline, the target
 * and each measurement sit, and what the progress is in words. Time runs left to right from the
 * earliest to the latest date the indicator knows (its baseline, its target date, its
 * measurements); values run bottom to top between the lowest and highest of them, so the baseline
 * and target lines always fit. Across, positions are percentages of the chart's width (the SVG
 * takes the width of the page and keeps its text at the page's size); down, they are pixels.
 */
import type { Point, IndicatorRead } from '$lib/api';
import type { Messages } from '$lib/i18n/index.svelte';

/** The chart's height in pixels; the lines sit between PLOT_TOP and PLOT_BOTTOM. */
export const CHART_HEIGHT = 240;
/** Room above the plot for the label of the upper line. */
export const PLOT_TOP = 32;
/** Room below the plot for the label of the lower line and the dates. */
export const PLOT_BOTTOM = 176;
/** Where the dates are written, under the plot. */
export const DATE_Y = 228;
/** The plot's left and right edges, in percent of the width: room for the markers at either end. */
export const X_START = 2;
export const X_END = 98;

export interface ChartPoint {
  /** Percent of the chart's width. */
  x: number;
  /** Pixels from the top. */
  y: number;
  value: number;
  date: string;
}

export interface IndicatorChart {
  baseline: ChartPoint;
  target: ChartPoint;
  measurements: ChartPoint[];
  /** The line through the measurements, starting at the baseline, in the order of their dates. */
  line: ChartPoint[];
  /** Which reference line is higher on the screen: its label goes above it, the other's below. */
  upper: 'baseline' | 'target';
  /** The first and last date on the time axis. */
  firstDate: string;
  lastDate: string;
}

const DAY = 86_400_000;

function dayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Where everything of an indicator sits on the chart. */
export function indicatorChart(
  indicator: Pick<IndicatorRead, 'baselineValue' | 'baselineDate' | 'targetValue' | 'targetDate' | 'series'>,
): IndicatorChart {
  const { baselineValue, baselineDate, targetValue, targetDate, series } = indicator;
  const dates = [baselineDate, targetDate, ...series.map((point) => point.measuredOn)];
  const days = dates.map(dayOf);
  const firstDay = Math.min(...days);
  const lastDay = Math.max(...days);
  const values = [baselineValue, targetValue, ...series.map((point) => point.value)];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high === low) {
    // One value only: draw it in the middle.
    low -= 1;
    high += 1;
  }
  const x = (date: string) =>
    lastDay === firstDay
      ? (X_START + X_END) / 2
      : round(X_START + ((X_END - X_START) * (dayOf(date) - firstDay)) / (lastDay - firstDay));
  const y = (value: number) => round(PLOT_BOTTOM - ((PLOT_BOTTOM - PLOT_TOP) * (value - low)) / (high - low));
  const at = (value: number, date: string): ChartPoint => ({ x: x(date), y: y(value), value, date });

  const baseline = at(baselineValue, baselineDate);
  const target = at(targetValue, targetDate);
  const measurements = series.map((point: Point) => at(point.value, point.measuredOn));
  const line = [baseline, ...measurements].sort((a, b) => dayOf(a.date) - dayOf(b.date));
  const first = days.indexOf(firstDay);
  const last = days.indexOf(lastDay);
  return {
    baseline,
    target,
    measurements,
    line,
    upper: target.y <= baseline.y ? 'target' : 'baseline',
    firstDate: dates[first]!,
    lastDate: dates[last]!,
  };
}

/** The segments of a line through points, for drawing with `<line>` (a polyline takes no percentages). */
export function segments(points: readonly ChartPoint[]): { from: ChartPoint; to: ChartPoint }[] {
  return points.slice(1).map((to, index) => ({ from: points[index]!, to }));
}

export type ProgressState = { kind: 'none' } | { kind: 'towards' | 'reached' | 'away'; percent: number };

/**
 * How far an indicator came, from the API's `progressPercent` (0 at the baseline, 100 at the
 * target, whichever way is better): not measured yet, on its way, there, or further away than at
 * the start. Rounded to whole percent, as people say it.
 */
export function progressState(progressPercent: number | null | undefined): ProgressState {
  if (progressPercent === null || progressPercent === undefined || Number.isNaN(progressPercent))
    return { kind: 'none' };
  const percent = Math.round(progressPercent);
  if (percent >= 100) return { kind: 'reached', percent };
  if (percent < 0) return { kind: 'away', percent };
  return { kind: 'towards', percent };
}

/** The progress in words: "52% van nulmeting naar streefwaarde". */
export function progressText(progressPercent: number | null | undefined, t: Messages): string {
  const state = progressState(progressPercent);
  return state.kind === 'none' ? t.indicator.progress.none : t.indicator.progress[state.kind](state.percent);
}
