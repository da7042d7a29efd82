import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NO_FORM_ERRORS, toProblem, type BudgetRead, type TaskRead } from '$lib/api';
import { i18n } from '$lib/i18n/index.svelte';
import { answer } from '$lib/testing/answers';
import { budget, task as aTask } from '$lib/testing/cocreation';
import type { BudgetChoice } from './budget-choices';
import { budgetValuesOf, createBudgetBody, emptyBudgetValues, updateBudgetBody } from './budget-form';
import ContributionForm from './ContributionForm.svelte';
import {
  createTaskBody,
  emptyTaskValues,
  ideaChoices,
  taskFormErrors,
  taskValuesOf,
  updateTaskBody,
  wholeNumberForBody,
} from './task-form';

const api = vi.hoisted(() => ({ contribute: vi.fn() }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

afterEach(() => {
  i18n.locale = 'nl';
  vi.clearAllMocks();
});

/** Amounts as Intl writes them: a no-break space after the euro sign. */
const nb = (text: string) => text.replace(/€ /g, '€\u00a0');

function task(fields: Partial<TaskRead> = {}): TaskRead {
  return aTask({
    actionLine: { id: 'l2', title: 'Meer maatwerk' },
    title: 'Kinderopvang op sollicitatiedagen',
    description: 'Een plek voor de kinderen.',
    effortHours: 40,
    dueDate: '2026-12-01',
    capacity: 2,
    claimedCount: 1,
    skills: ['kinderopvang', 'werk'],
    proposals: [{ id: 'p1', title: 'Kinderopvang op de dag van het gesprek', status: 'adopted' }],
    ...fields,
  });
}

describe('the task form’s values', () => {
  it('reads whole numbers only: blank is none, anything else 0, which the API refuses', () => {
    expect(wholeNumberForBody(' 40 ')).toBe(40);
    expect(wholeNumberForBody('')).toBeNull();
    expect(wholeNumberForBody('2,5')).toBe(0);
    expect(wholeNumberForBody('twee')).toBe(0);
    expect(wholeNumberForBody('-3')).toBe(0);
  });

  it('plans with blanks left out, one place unless said otherwise, skills split at commas', () => {
    const values = { ...emptyTaskValues(['p1']), title: '  Jobcoaches  ', skills: 'jobcoaching, werk ,' };
    expect(createTaskBody(values)).toEqual({
      title: 'Jobcoaches',
      capacity: 1,
      skills: ['jobcoaching', 'werk'],
      proposalIds: ['p1'],
    });
    expect(
      createTaskBody({
        ...values,
        actionLineId: 'l1',
        effortHours: '120',
        dueDate: '2026-12-01',
        capacity: '2',
        description: ' Twee coaches. ',
      }),
    ).toMatchObject({
      actionLineId: 'l1',
      effortHours: 120,
      dueDate: '2026-12-01',
      capacity: 2,
      description: 'Twee coaches.',
    });
  });

  it('changes with every field sent, so clearing one clears it', () => {
    const values = taskValuesOf(task());
    expect(values).toEqual({
      title: 'Kinderopvang op sollicitatiedagen',
      description: 'Een plek voor de kinderen.',
      actionLineId: 'l2',
      effortHours: '40',
      dueDate: '2026-12-01',
      capacity: '2',
      skills: 'kinderopvang, werk',
      proposalIds: ['p1'],
    });
    expect(updateTaskBody({ ...values, actionLineId: '', effortHours: '', dueDate: '' })).toEqual({
      title: 'Kinderopvang op sollicitatiedagen',
      description: 'Een plek voor de kinderen.',
      actionLineId: null,
      effortHours: null,
      dueDate: null,
      capacity: 2,
      skills: ['kinderopvang', 'werk'],
      proposalIds: ['p1'],
    });
  });

  it('offers the opgave’s ideas but withdrawn and hidden ones, keeping those the task already names', () => {
    const ideas = [
      { id: 'a', title: 'A', status: 'submitted' },
      { id: 'b', title: 'B', status: 'withdrawn' },
      { id: 'c', title: 'C', status: 'withdrawn' },
      { id: 'e', title: 'E', status: 'submitted', hidden: true },
    ];
    expect(ideaChoices(ideas)).toEqual([{ id: 'a', title: 'A' }]);
    expect(
      ideaChoices(ideas, [
        { id: 'c', title: 'C' },
        { id: 'd', title: 'D' },
      ]).map((idea) => idea.id),
    ).toEqual(['a', 'c', 'd']);
  });

  it('says what was typed wrong in a number, and too few places at the places’ field', () => {
    const values = { ...emptyTaskValues(), effortHours: 'veel', capacity: '' };
    const refused = toProblem({
      status: 400,
      code: 'invalid_input',
      invalidParams: [
        { name: 'effortHours', code: 'out_of_range', reason: 'Moet minstens 1 zijn.' },
        { name: 'capacity', code: 'out_of_range', reason: 'Moet minstens 1 zijn.' },
        { name: 'title', code: 'required', reason: 'Verplicht.' },
      ],
    });
    expect(taskFormErrors(refused, i18n.t, values).byField).toEqual({
      title: 'Vul het veld ‘Titel’ in.',
      effortHours: 'Vul bij ‘Geschatte inzet in uren’ een heel getal in, zoals 2.',
      capacity: 'Vul het veld ‘Hoeveel organisaties kunnen de taak oppakken?’ in.',
    });
    const tooMany = taskFormErrors(refused, i18n.t, { ...values, effortHours: '0', capacity: '60' });
    expect(tooMany.byField.effortHours).toBe('Geschatte inzet in uren moet tussen 1 en 100000 liggen.');
    expect(tooMany.byField.capacity).toBe(
      'Hoeveel organisaties kunnen de taak oppakken? moet tussen 1 en 50 liggen.',
    );

    const below = toProblem({ status: 409, code: 'capacity_below_claims', detail: 'Er hebben al 2 …' });
    const errors = taskFormErrors(below, i18n.t, { ...values, capacity: '1' });
    expect(errors.lead).toBeUndefined();
    expect(errors.messages).toEqual([
      expect.objectContaining({
        name: 'capacity',
        fieldId: 'taak-plekken',
        message: 'Er pakken al meer organisaties deze taak op dan de nieuwe capaciteit toelaat.',
      }),
    ]);
    expect(taskFormErrors(null, i18n.t, values)).toBe(NO_FORM_ERRORS);
  });
});

describe('the budget form’s values', () => {
  it('opens with blanks left out, and changes with every field sent, so clearing one clears it', () => {
    expect(createBudgetBody({ ...emptyBudgetValues(), title: ' Werkbudget 2026 ' })).toEqual({
      title: 'Werkbudget 2026',
    });
    const budget = {
      title: 'Werkbudget 2026',
      description: 'Voor de coaches.',
      actionLine: { id: 'l2', title: 'Meer maatwerk' },
    } as BudgetRead;
    const values = budgetValuesOf(budget);
    expect(values).toEqual({ title: 'Werkbudget 2026', description: 'Voor de coaches.', actionLineId: 'l2' });
    expect(updateBudgetBody({ ...values, description: ' ', actionLineId: '' })).toEqual({
      title: 'Werkbudget 2026',
      description: '',
      actionLineId: null,
    });
  });
});

describe('pledging money', () => {
  const choice = (id: string, title: string): BudgetChoice => ({
    budget: budget({ id, title }),
    opgave: { id: 'o', title: 'Bijstand', slug: 'utrecht' },
  });

  it('puts in the municipality’s own money without an organisation, in cents', async () => {
    const user = userEvent.setup();
    api.contribute.mockResolvedValue(
      answer({
        id: 'c',
        budgetId: 'b2',
        funder: { organisation: null, name: 'Gemeente Utrecht', amountCents: 1_000_000 },
        note: '',
        pledgedBy: null,
        createdAt: '',
      }),
    );
    const onchanged = vi.fn();
    render(ContributionForm, {
      choices: [choice('b1', 'Werkbudget'), choice('b2', 'Kinderopvang')],
      initialBudgetId: 'b2',
      onchanged,
    });
    // One opgave: its budgets by their own names.
    expect(screen.getByRole('option', { name: 'Kinderopvang' })).toBeInTheDocument();
    expect(screen.getByLabelText('Budget')).toHaveValue('b2');
    await user.type(screen.getByLabelText('Bedrag in euro’s'), '10.000');
    await user.type(screen.getByLabelText(/Toelichting/), 'Uit het armoedebudget.');
    await user.click(screen.getByRole('button', { name: 'Bijdrage toezeggen' }));
    expect(api.contribute).toHaveBeenCalledWith({
      path: { id: 'b2' },
      body: { amountCents: 1_000_000, note: 'Uit het armoedebudget.' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalledWith(
      nb('De inleg van de gemeente van € 10.000 in ‘Kinderopvang’ staat in het kasboek.'),
    );
  });

  it('still pledges for an organisation, naming the opgave where budgets are of several', async () => {
    const user = userEvent.setup();
    api.contribute.mockRejectedValue(
      new ApiError(
        toProblem({
          status: 400,
          code: 'invalid_input',
          invalidParams: [{ name: 'amountCents', code: 'out_of_range', reason: 'Moet minstens 1 zijn.' }],
        }),
      ),
    );
    const other: BudgetChoice = {
      ...choice('b3', 'Buurtbudget'),
      opgave: { id: 'p', title: 'Putten', slug: 'putten' },
    };
    render(ContributionForm, { organisationId: 'werkgevers', choices: [choice('b1', 'Werkbudget'), other] });
    expect(screen.getByRole('option', { name: 'Buurtbudget (Putten)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Budget'), 'b1');
    await user.type(screen.getByLabelText('Bedrag in euro’s'), '0');
    await user.click(screen.getByRole('button', { name: 'Bijdrage toezeggen' }));
    expect(api.contribute.mock.calls[0]![0].body).toEqual({ organisationId: 'werkgevers', amountCents: 0 });
    expect(screen.getByLabelText('Bedrag in euro’s')).toHaveAttribute('aria-invalid', 'true');
  });
});
