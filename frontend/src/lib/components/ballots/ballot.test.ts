import { describe, expect, it } from 'vitest';
import { choiceState } from './ballot';

const options = [
  { id: 'a', costCents: 300_000 },
  { id: 'b', costCents: 250_000 },
  { id: 'c', costCents: 100_000 },
] as never;

describe('choiceState', () => {
  it('says what is left of the amount, and when a choice goes over', () => {
    const ballot = { method: 'knapsack' as const, amountCents: 500_000, maxChoices: null, options };
    expect(choiceState(ballot, ['a', 'c'])).toEqual({
      spentCents: 400_000,
      leftCents: 100_000,
      count: 2,
      over: false,
    });
    expect(choiceState(ballot, ['a', 'b']).over).toBe(true);
    expect(choiceState(ballot, ['a', 'b']).leftCents).toBe(-50_000);
  });

  it('counts the ideas of an approval ballot against its maximum', () => {
    const ballot = { method: 'approval' as const, amountCents: 500_000, maxChoices: 2, options };
    expect(choiceState(ballot, ['a', 'b']).over).toBe(false);
    expect(choiceState(ballot, ['a', 'b', 'c']).over).toBe(true);
  });
});
