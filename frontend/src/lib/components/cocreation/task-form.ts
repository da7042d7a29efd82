/**
 * The task form's values, and how they become the API's bodies: for planning a task (blank fields
 * left out, so the API names what is required) and for changing one (every field sent, so
 * clearing one clears it).
 *
 * The two numbers (hours, places) are whole numbers. Whatever was typed, the form sends one: the
 * number it read, or 0 when it read none, which the API refuses (both are at least 1) together
 * with whatever else is wrong. The field's message then says what the person typed wrong, as an
 * amount field does (`amount.ts`). A blank estimate is no estimate; blank places are refused.
 */
// Skills are typed as areas are: separated by commas.
import { areaList as commaList } from '../opgaven/opgave-form';
import {
  formErrors,
  withoutBlanks,
  type FieldSpec,
  type FormErrors,
  type Problem,
  type TaskCreate,
  type TaskRead,
  type TaskUpdate,
} from '$lib/api';
import type { Messages } from '$lib/i18n/index.svelte';
import { fieldProblem, sayInstead } from './form-messages';

export interface TaskFormValues {
  title: string;
  description: string;
  /** '' for none: the task is for the whole opgave. */
  actionLineId: string;
  effortHours: string;
  dueDate: string;
  capacity: string;
  /** Separated by commas. */
  skills: string;
  proposalIds: string[];
}

/** A new task: one place, unless staff say more. */
export function emptyTaskValues(proposalIds: string[] = []): TaskFormValues {
  return {
    title: '',
    description: '',
    actionLineId: '',
    effortHours: '',
    dueDate: '',
    capacity: '1',
    skills: '',
    proposalIds,
  };
}

export function taskValuesOf(task: TaskRead): TaskFormValues {
  return {
    title: task.title,
    description: task.description,
    actionLineId: task.actionLine?.id ?? '',
    effortHours: task.effortHours === null ? '' : String(task.effortHours),
    dueDate: task.dueDate ?? '',
    capacity: String(task.capacity),
    skills: task.skills.join(', '),
    proposalIds: task.proposals.map((proposal) => proposal.id),
  };
}

/** The number typed (" 40 " → 40), null when blank, 0 (refused by the API) for anything else. */
export function wholeNumberForBody(typed: string): number | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : 0;
}

export function createTaskBody(values: TaskFormValues): TaskCreate {
  const effortHours = wholeNumberForBody(values.effortHours);
  return {
    ...withoutBlanks({
      title: values.title.trim(),
      description: values.description.trim(),
      dueDate: values.dueDate,
      actionLineId: values.actionLineId,
    }),
    ...(effortHours !== null && { effortHours }),
    capacity: wholeNumberForBody(values.capacity) ?? 0,
    skills: commaList(values.skills),
    proposalIds: values.proposalIds,
  } as TaskCreate;
}

export function updateTaskBody(values: TaskFormValues): TaskUpdate {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    actionLineId: values.actionLineId || null,
    effortHours: wholeNumberForBody(values.effortHours),
    dueDate: values.dueDate || null,
    capacity: wholeNumberForBody(values.capacity) ?? 0,
    skills: commaList(values.skills),
    proposalIds: values.proposalIds,
  };
}

/** The form's fields, in order: labels, ids and the contract's limits, for the messages. */
export function taskFields(t: Messages): Record<string, FieldSpec> {
  const f = t.taskForm;
  return {
    title: {
      label: f.title,
      id: 'taak-titel',
      minLength: 3,
      maxLength: 200,
      description: f.titleDescription,
    },
    description: {
      label: f.description,
      id: 'taak-omschrijving',
      maxLength: 10000,
      description: f.descriptionDescription,
    },
    actionLineId: { label: f.actionLine, id: 'taak-actielijn' },
    effortHours: {
      label: f.effortHours,
      id: 'taak-uren',
      min: 1,
      max: 100000,
      description: f.effortHoursDescription,
    },
    dueDate: { label: f.dueDate, id: 'taak-klaar-op' },
    capacity: { label: f.capacity, id: 'taak-plekken', min: 1, max: 50 },
    skills: { label: f.skills, id: 'taak-vaardigheden', maxLength: 60, description: f.skillsDescription },
    proposalIds: { label: f.proposals, id: 'taak-ideeen', description: f.proposalsDescription },
  };
}

/** The message for a whole-number field, from the API's code and what was typed. */
function wholeNumberMessage(typed: string, label: string, t: Messages): string | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return t.errors.field.required!({ label, reason: '' });
  if (!/^\d+$/.test(trimmed)) return t.taskForm.wholeNumber(label);
  return undefined;
}

/**
 * `formErrors` for the task form: the numbers' messages about what was typed, and fewer places than
 * organisations taking the task on (a 409, `capacity_below_claims`) said at the places' field.
 */
export function taskFormErrors(
  problem: Problem | null | undefined,
  t: Messages,
  values: TaskFormValues,
): FormErrors {
  const fields = taskFields(t);
  const shown = problem?.code === 'capacity_below_claims' ? fieldProblem('capacity', problem.code) : problem;
  let errors = formErrors(shown, t, fields);
  errors = sayInstead(errors, 'capacity', (code) =>
    code === 'capacity_below_claims'
      ? t.errors.problem.capacity_below_claims
      : wholeNumberMessage(values.capacity, fields.capacity!.label, t),
  );
  return sayInstead(errors, 'effortHours', () =>
    wholeNumberMessage(values.effortHours, fields.effortHours!.label, t),
  );
}

export interface IdeaChoice {
  id: string;
  title: string;
}

/**
 * The ideas a task may come from: the opgave's, but not those their authors withdrew or the
 * moderation hid, unless the task already names one (then it stays, so saving does not drop it unasked). The ideas the task
 * names that the list did not load come last.
 */
export function ideaChoices(
  ideas: readonly { id: string; title: string; status: string; hidden?: boolean }[],
  linked: readonly { id: string; title: string }[] = [],
): IdeaChoice[] {
  const named = new Set(linked.map((idea) => idea.id));
  const shown = ideas
    .filter((idea) => (idea.status !== 'withdrawn' && !idea.hidden) || named.has(idea.id))
    .map(({ id, title }) => ({ id, title }));
  const loaded = new Set(shown.map((idea) => idea.id));
  return [...shown, ...linked.filter((idea) => !loaded.has(idea.id)).map(({ id, title }) => ({ id, title }))];
}
