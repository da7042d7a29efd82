import { describe, expect, it } from 'vitest';
import { formatMonth } from '$lib/i18n/format';
import { monthBars } from './figures';

const month = (m: string, ideas: number) => ({
  month: m,
  people: 0,
  ideas,
  supports: 0,
  comments: 0,
  answers: 0,
  grantedCents: 0,
});

describe('monthBars', () => {
  it('draws the highest month full length and the others in proportion', () => {
    const bars = monthBars([month('2026-10', 2), month('2026-11', 8), month('2026-12', 0)], 'ideas');
    expect(bars.map((b) => b.width)).toEqual(['25%', '100%', '0%']);
    expect(bars.map((b) => b.value)).toEqual([2, 8, 0]);
  });

  it('draws nothing when every month is empty', () => {
    expect(monthBars([month('2026-11', 0)], 'ideas')[0]!.width).toBe('0%');
  });
});

describe('formatMonth', () => {
  it('names the month and the year', () => {
    expect(formatMonth('2026-02', 'nl')).toMatch(/feb.*2026/);
  });
});
