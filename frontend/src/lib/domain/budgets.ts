/** What an opgave's budgets add up to. Amounts are whole euro cents. */
import type { BudgetRead } from '$lib/api';

/** What an opgave's budgets add up to, for a summary. */
export interface BudgetTotals {
  totalCents: number;
  grantedCents: number;
  availableCents: number;
  requestedCents: number;
}

export function budgetTotals(budgets: readonly BudgetRead[]): BudgetTotals {
  return budgets.reduce<BudgetTotals>(
    (sum, budget) => ({
      totalCents: sum.totalCents + budget.totalCents,
      grantedCents: sum.grantedCents + budget.grantedCents,
      availableCents: sum.availableCents + budget.availableCents,
      requestedCents: sum.requestedCents + budget.requestedCents,
    }),
    { totalCents: 0, grantedCents: 0, availableCents: 0, requestedCents: 0 },
  );
}
