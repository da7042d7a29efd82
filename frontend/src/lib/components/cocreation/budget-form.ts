/**
 * The budget form's values, and how they become the API's bodies: for opening a budget (blank
 * fields left out, so the API names what is required) and for changing one (every field sent, so
 * clearing the description or the action line clears it). Amounts are not here: they change only
 * through contributions and decisions.
 */
import {
  formErrors,
  withoutBlanks,
  type BudgetCreate,
  type BudgetRead,
  type BudgetUpdate,
  type FieldSpec,
  type FormErrors,
  type Problem,
} from '$lib/api';
import type { Messages } from '$lib/i18n/index.svelte';

export interface BudgetFormValues {
  title: string;
  description: string;
  /** '' for none: the budget is for the whole opgave. */
  actionLineId: string;
}

export function emptyBudgetValues(): BudgetFormValues {
  return { title: '', description: '', actionLineId: '' };
}

export function budgetValuesOf(budget: BudgetRead): BudgetFormValues {
  return {
    title: budget.title,
    description: budget.description,
    actionLineId: budget.actionLine?.id ?? '',
  };
}

export function createBudgetBody(values: BudgetFormValues): BudgetCreate {
  return withoutBlanks({
    title: values.title.trim(),
    description: values.description.trim(),
    actionLineId: values.actionLineId,
  }) as BudgetCreate;
}

export function updateBudgetBody(values: BudgetFormValues): BudgetUpdate {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    actionLineId: values.actionLineId || null,
  };
}

/** The form's fields, in order: labels, ids and the contract's limits, for the messages. */
export function budgetFields(t: Messages): Record<string, FieldSpec> {
  const f = t.budgetForm;
  return {
    title: { label: f.name, id: 'budget-naam', minLength: 3, maxLength: 200, description: f.nameDescription },
    description: {
      label: f.description,
      id: 'budget-omschrijving',
      maxLength: 5000,
      description: f.descriptionDescription,
    },
    actionLineId: { label: f.actionLine, id: 'budget-actielijn' },
  };
}

export function budgetFormErrors(problem: Problem | null | undefined, t: Messages): FormErrors {
  return formErrors(problem, t, budgetFields(t));
}
