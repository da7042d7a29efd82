/**
 * What a choice on a ballot amounts to, as the page says it while a person chooses: what is left
 * of the amount (knapsack) or how many ideas are chosen (approval), and whether it goes over.
 */
import type { BallotRead } from '$lib/api';

export interface ChoiceState {
  spentCents: number;
  /** Negative when the choice costs more than the amount. */
  leftCents: number;
  count: number;
  over: boolean;
}

export function choiceState(
  ballot: Pick<BallotRead, 'method' | 'amountCents' | 'maxChoices' | 'options'>,
  chosen: string[],
): ChoiceState {
  const picked = ballot.options.filter((option) => chosen.includes(option.id));
  const spentCents = picked.reduce((sum, option) => sum + option.costCents, 0);
  const leftCents = ballot.amountCents - spentCents;
  const count = picked.length;
  const over = ballot.method === 'knapsack' ? leftCents < 0 : count > (ballot.maxChoices ?? 0);
  return { spentCents, leftCents, count, over };
}
