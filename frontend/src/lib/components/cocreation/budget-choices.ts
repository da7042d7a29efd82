/**
 * The budgets a partner's forms offer: each with the opgave it belongs to, and which one to start
 * with when the person came from a task ("budget aanvragen voor deze taak").
 */
import type { BudgetRead, TaskRead } from '$lib/api';

export interface BudgetChoice {
  budget: BudgetRead;
  opgave: { id: string; title: string; slug: string };
}

/**
 * The budget to start with for a task: the one for the task's action line, else one for the whole
 * opgave, else any of the opgave's; '' when the task is not one of these opgaven'.
 */
export function budgetForTask(choices: readonly BudgetChoice[], task: TaskRead | undefined): string {
  if (!task) return '';
  const own = choices.filter((choice) => choice.budget.opgaveId === task.opgaveId);
  const line = task.actionLine?.id;
  const pick =
    own.find((choice) => line && choice.budget.actionLine?.id === line) ??
    own.find((choice) => !choice.budget.actionLine) ??
    own[0];
  return pick?.budget.id ?? '';
}

/**
 * The tasks a request on a budget can be for: those of the budget's opgave, the organisation's own
 * (running claims) first, then the others in the plan's order; closed tasks last.
 */
export function tasksForBudget(
  choice: BudgetChoice | undefined,
  tasks: readonly TaskRead[],
  organisationId: string,
): TaskRead[] {
  if (!choice) return [];
  const rank = (task: TaskRead) => {
    if (task.claims.some((claim) => claim.organisation.id === organisationId)) return 0;
    return task.status === 'done' || task.status === 'cancelled' ? 2 : 1;
  };
  return tasks
    .filter((task) => task.opgaveId === choice.budget.opgaveId)
    .map((task, index) => ({ task, index }))
    .sort((a, b) => rank(a.task) - rank(b.task) || a.index - b.index)
    .map(({ task }) => task);
}
