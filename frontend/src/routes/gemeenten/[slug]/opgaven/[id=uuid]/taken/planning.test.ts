/**
 * Staff planning the work of an opgave: a task planned and changed (with its ETag, a 412 said
 * plainly, too few places said at the field), a budget opened, changed (the same way as a task) and
 * the municipality's money put in; the ways there only for staff of the municipality.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  toProblem,
  type ActionLineRead,
  type BudgetRead,
  type MeRead,
  type OpgaveRead,
  type ProposalRead,
  type TaskRead,
} from '$lib/api';
import { session } from '$lib/session/index.svelte';
import { answer, versioned } from '$lib/testing/answers';
import { budget as aBudget, task as aTask } from '$lib/testing/cocreation';
import BudgetPage from '../budget/+page.svelte';
import EditBudget from '../budget/[budgetId=uuid]/wijzigen/+page.svelte';
import NewBudget from '../budget/nieuw/+page.svelte';
import TaskPage from './[taakId=uuid]/+page.svelte';
import EditTask from './[taakId=uuid]/wijzigen/+page.svelte';
import NewTask from './nieuw/+page.svelte';
import { municipality, utrecht } from '$lib/testing/places';

const mocks = vi.hoisted(() => ({
  goto: vi.fn(),
  page: { url: new URL('http://localhost/'), state: {} as App.PageState },
  createTask: vi.fn(),
  updateTask: vi.fn(),
  getTask: vi.fn(),
  createBudget: vi.fn(),
  updateBudget: vi.fn(),
  getBudget: vi.fn(),
  contribute: vi.fn(),
}));
vi.mock('$app/navigation', () => ({ goto: mocks.goto, invalidate: vi.fn() }));
vi.mock('$app/state', () => ({ page: mocks.page }));
vi.mock('$lib/api', async (original) => ({
  ...(await original<typeof import('$lib/api')>()),
  createTask: mocks.createTask,
  updateTask: mocks.updateTask,
  getTask: mocks.getTask,
  createBudget: mocks.createBudget,
  updateBudget: mocks.updateBudget,
  getBudget: mocks.getBudget,
  contribute: mocks.contribute,
}));

afterEach(() => {
  session.end();
  mocks.page.state = {};
  vi.clearAllMocks();
});

const OPGAVE = '11111111-1111-4111-8111-111111111111';
const TASK = '33333333-3333-4333-8333-333333333333';
const opgave = {
  id: OPGAVE,
  title: 'Van bijstand naar werk, samen',
  municipality: utrecht,
  phase: 'executing',
} as OpgaveRead;
const lines: ActionLineRead[] = [
  { id: 'l1', opgaveId: OPGAVE, position: 1, title: 'Creëren passende banen', goal: '' },
  { id: 'l2', opgaveId: OPGAVE, position: 2, title: 'Meer maatwerk', goal: '' },
];
const ideas = [
  { id: 'p1', title: 'Kinderopvang op de dag van het gesprek', status: 'under_review' },
  { id: 'p2', title: 'Een idee dat werd ingetrokken', status: 'withdrawn' },
] as ProposalRead[];

function task(fields: Partial<TaskRead> = {}): TaskRead {
  return aTask({
    id: TASK,
    opgaveId: OPGAVE,
    actionLine: { id: 'l2', title: 'Meer maatwerk' },
    title: 'Kinderopvang op sollicitatiedagen',
    effortHours: 40,
    capacity: 2,
    claimedCount: 2,
    placesLeft: 0,
    skills: ['kinderopvang'],
    proposals: [{ id: 'p1', title: 'Kinderopvang op de dag van het gesprek', status: 'under_review' }],
    ...fields,
  });
}

function budget(fields: Partial<BudgetRead> = {}): BudgetRead {
  return aBudget({ opgaveId: OPGAVE, title: 'Budget kinderopvang', ...fields });
}

function person(role: 'inwoner' | 'medewerker', slug = 'utrecht'): MeRead {
  return {
    id: role,
    email: `${role}@example.org`,
    displayName: role,
    emailVerified: true,
    emailNotifications: 'immediately',
    language: 'nl',
    roles: [{ municipality: { ...utrecht, slug }, role }],
    organisations: [],
    csrfToken: null,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

const taskPath = `/gemeenten/utrecht/opgaven/${OPGAVE}/taken/${TASK}`;
const summary = () => screen.getByRole('region', { name: /Controleer het volgende/ });
const PLACES = 'Hoeveel organisaties kunnen de taak oppakken?';

describe('planning a task', () => {
  function renderNew(startWith: string[] = []) {
    return render(NewTask, {
      props: { data: { municipality, opgave, etag: '"1"', actionLines: lines, ideas, startWith } } as never,
    });
  }

  it('sends what was filled in, with the idea it came from, and goes to the new task', async () => {
    const user = userEvent.setup();
    mocks.createTask.mockResolvedValue(answer(task({ title: 'Kinderopvang op sollicitatiedagen' })));
    renderNew(['p1']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Taak plannen');
    // Withdrawn ideas are not offered; the idea it starts from is ticked.
    expect(screen.queryByRole('checkbox', { name: /ingetrokken/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Kinderopvang op de dag van het gesprek' })).toBeChecked();
    expect(screen.getByLabelText(PLACES)).toHaveValue('1');

    await user.type(screen.getByLabelText('Titel'), 'Kinderopvang op sollicitatiedagen');
    await user.selectOptions(screen.getByLabelText('Actielijn'), 'Meer maatwerk');
    await user.type(screen.getByLabelText(/Geschatte inzet in uren/), '40');
    await user.clear(screen.getByLabelText(PLACES));
    await user.type(screen.getByLabelText(PLACES), '2');
    await user.type(screen.getByLabelText(/Vraagt om/), 'kinderopvang, werk');
    await user.click(screen.getByRole('button', { name: 'Taak plannen' }));

    expect(mocks.createTask).toHaveBeenCalledWith({
      path: { id: OPGAVE },
      body: {
        title: 'Kinderopvang op sollicitatiedagen',
        actionLineId: 'l2',
        effortHours: 40,
        capacity: 2,
        skills: ['kinderopvang', 'werk'],
        proposalIds: ['p1'],
      },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(mocks.goto).toHaveBeenCalledWith(taskPath, {
      state: { taskPlanned: 'Kinderopvang op sollicitatiedagen' },
    });
  });

  it('shows the API’s messages at the fields, in a summary that takes focus', async () => {
    const user = userEvent.setup();
    mocks.createTask.mockRejectedValue(
      new ApiError(
        toProblem({
          status: 400,
          code: 'invalid_input',
          invalidParams: [
            { name: 'title', code: 'required', reason: 'Verplicht.' },
            { name: 'capacity', code: 'out_of_range', reason: 'Moet minstens 1 zijn.' },
          ],
        }),
      ),
    );
    renderNew();
    await user.clear(screen.getByLabelText(PLACES));
    await user.type(screen.getByLabelText(PLACES), 'twee');
    await user.click(screen.getByRole('button', { name: 'Taak plannen' }));
    expect(mocks.createTask.mock.calls[0]![0].body).toMatchObject({ capacity: 0 });
    expect(summary()).toHaveFocus();
    expect(summary()).toHaveTextContent('Vul het veld ‘Titel’ in.');
    expect(summary()).toHaveTextContent(`Vul bij ‘${PLACES}’ een heel getal in, zoals 2.`);
    expect(screen.getByLabelText(PLACES)).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toMatch(/^Fout: Taak plannen/);
    expect(mocks.goto).not.toHaveBeenCalled();
    // The message speaks of what was sent, until the form is sent again.
    await user.clear(screen.getByLabelText(PLACES));
    await user.type(screen.getByLabelText(PLACES), '2');
    expect(summary()).toHaveTextContent(`Vul bij ‘${PLACES}’ een heel getal in, zoals 2.`);
  });
});

describe('changing a task', () => {
  function renderEdit() {
    return render(EditTask, {
      props: {
        data: { municipality, opgave, task: task(), etag: '"1"', actionLines: lines, ideas },
      } as never,
    });
  }

  it('sends every field with the ETag it loaded, and goes back to the task', async () => {
    const user = userEvent.setup();
    mocks.updateTask.mockResolvedValue(versioned(task(), '"2"'));
    renderEdit();
    expect(screen.getByLabelText(PLACES)).toHaveAccessibleDescription(
      /Er pakken nu 2 organisaties deze taak op; minder plekken dan dat kan niet\.$/,
    );
    await user.clear(screen.getByLabelText(PLACES));
    await user.type(screen.getByLabelText(PLACES), '3');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(mocks.updateTask).toHaveBeenCalledWith({
      path: { id: TASK },
      body: {
        title: 'Kinderopvang op sollicitatiedagen',
        description: '',
        actionLineId: 'l2',
        effortHours: 40,
        dueDate: null,
        capacity: 3,
        skills: ['kinderopvang'],
        proposalIds: ['p1'],
      },
      headers: { 'If-Match': '"1"' },
    });
    expect(mocks.goto).toHaveBeenCalledWith(taskPath, { state: { taskSaved: true } });
  });

  it('says at the places’ field when more organisations take the task on', async () => {
    const user = userEvent.setup();
    mocks.updateTask.mockRejectedValue(
      new ApiError(toProblem({ status: 409, code: 'capacity_below_claims', detail: 'Er hebben al 2 …' })),
    );
    renderEdit();
    await user.clear(screen.getByLabelText(PLACES));
    await user.type(screen.getByLabelText(PLACES), '1');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(summary()).toHaveFocus();
    const link = within(summary()).getByRole('link', {
      name: 'Er pakken al meer organisaties deze taak op dan de nieuwe capaciteit toelaat.',
    });
    expect(link).toHaveAttribute('href', '#taak-plekken');
    expect(screen.getByLabelText(PLACES)).toHaveAttribute('aria-invalid', 'true');
  });

  it('says plainly when someone changed it meanwhile, and loads the newest version when asked', async () => {
    const user = userEvent.setup();
    mocks.updateTask.mockRejectedValueOnce(
      new ApiError(toProblem({ status: 412, code: 'precondition_failed' })),
    );
    mocks.getTask.mockResolvedValue(versioned(task({ title: 'Kinderopvang bij elk gesprek' }), '"3"'));
    renderEdit();
    await user.clear(screen.getByLabelText('Titel'));
    await user.type(screen.getByLabelText('Titel'), 'Mijn titel');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const stale = screen.getByRole('region', { name: 'Intussen gewijzigd' });
    expect(stale).toHaveFocus();
    expect(stale).toHaveTextContent('Iemand anders heeft deze taak gewijzigd');
    // What was typed stays until the person chooses otherwise.
    expect(screen.getByLabelText('Titel')).toHaveValue('Mijn titel');

    // Saving again is on purpose: with the new ETag.
    mocks.updateTask.mockResolvedValueOnce(versioned(task(), '"4"'));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(mocks.updateTask.mock.calls[1]![0].headers).toEqual({ 'If-Match': '"3"' });

    mocks.updateTask.mockRejectedValueOnce(
      new ApiError(toProblem({ status: 412, code: 'precondition_failed' })),
    );
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(screen.getByLabelText('Titel')).toHaveValue('Kinderopvang bij elk gesprek');
    expect(
      screen.getByText('Het formulier toont nu de nieuwste versie van de taak.').closest('section'),
    ).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Intussen gewijzigd' })).toBeNull();
  });
});

describe('the way to changing a task', () => {
  function renderTask() {
    return render(TaskPage, {
      props: {
        data: { municipality, opgave, task: task(), etag: '"1"', members: [], progress: {} },
      } as never,
    });
  }

  it('is there for staff of the municipality, with the task just planned confirmed', () => {
    session.begin(person('medewerker'), 'csrf');
    mocks.page.state = { taskPlanned: 'Kinderopvang op sollicitatiedagen' };
    renderTask();
    expect(
      screen.getByText(
        'De taak ‘Kinderopvang op sollicitatiedagen’ staat in het plan. Partnerorganisaties in het team kunnen haar nu oppakken.',
      ),
    ).toBeVisible();
    const staff = screen.getByRole('region', { name: 'Voor de gemeente' });
    expect(within(staff).getByRole('link', { name: 'Taak wijzigen' })).toHaveAttribute(
      'href',
      `${taskPath}/wijzigen`,
    );
  });

  it('is not there for anyone else, staff of another municipality neither', () => {
    session.begin(person('medewerker', 'putten'), 'csrf');
    renderTask();
    expect(screen.queryByRole('link', { name: 'Taak wijzigen' })).toBeNull();
  });
});

describe('opening a budget and putting money in', () => {
  it('opens a budget for an action line and goes to the budget view', async () => {
    const user = userEvent.setup();
    mocks.createBudget.mockResolvedValue(answer(budget({ id: 'nieuw', title: 'Budget kinderopvang' })));
    render(NewBudget, {
      props: { data: { municipality, opgave, etag: '"1"', actionLines: lines } } as never,
    });
    await user.type(screen.getByLabelText('Naam van het budget'), 'Budget kinderopvang');
    await user.type(screen.getByLabelText(/Omschrijving/), 'Opvang op sollicitatiedagen.');
    await user.selectOptions(screen.getByLabelText('Voor de actielijn'), 'l2');
    await user.click(screen.getByRole('button', { name: 'Budget openen' }));
    expect(mocks.createBudget).toHaveBeenCalledWith({
      path: { id: OPGAVE },
      body: { title: 'Budget kinderopvang', description: 'Opvang op sollicitatiedagen.', actionLineId: 'l2' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(mocks.goto).toHaveBeenCalledWith(`/gemeenten/utrecht/opgaven/${OPGAVE}/budget`, {
      state: { budgetOpened: { id: 'nieuw', title: 'Budget kinderopvang' } },
    });
  });

  function renderBudgets() {
    const budgets = [budget({ id: 'oud', title: 'Werkbudget' }), budget({ id: 'nieuw' })].map((shown) => ({
      budget: shown,
      claims: [],
      ledger: [],
      contributions: [],
    }));
    return render(BudgetPage, { props: { data: { municipality, opgave, budgets } } as never });
  }

  it('offers staff to open one, and to put the municipality’s money in the one just opened', () => {
    session.begin(person('medewerker'), 'csrf');
    mocks.page.state = { budgetOpened: { id: 'nieuw', title: 'Budget kinderopvang' } };
    renderBudgets();
    const staff = screen.getByRole('region', { name: 'Voor de gemeente' });
    expect(staff).toHaveTextContent('Het budget ‘Budget kinderopvang’ is geopend.');
    expect(within(staff).getByRole('link', { name: 'Budget openen' })).toHaveAttribute(
      'href',
      `/gemeenten/utrecht/opgaven/${OPGAVE}/budget/nieuw`,
    );
    const pledge = within(staff).getByRole('form', { name: 'Geld van de gemeente inleggen' });
    expect(within(pledge).getByLabelText('Budget')).toHaveValue('nieuw');
  });

  it('offers staff to change each budget, and confirms a change', () => {
    session.begin(person('medewerker'), 'csrf');
    mocks.page.state = { budgetSaved: 'Werkbudget 2027' };
    renderBudgets();
    expect(screen.getByRole('region', { name: 'Voor de gemeente' })).toHaveTextContent(
      'De wijzigingen in het budget ‘Werkbudget 2027’ zijn opgeslagen.',
    );
    const old = screen.getByRole('region', { name: 'Werkbudget' });
    expect(within(old).getByRole('link', { name: 'Budget wijzigen: Werkbudget' })).toHaveAttribute(
      'href',
      `/gemeenten/utrecht/opgaven/${OPGAVE}/budget/oud/wijzigen`,
    );
    expect(screen.getAllByRole('link', { name: /^Budget wijzigen/ })).toHaveLength(2);
  });

  it('offers nobody else either', () => {
    session.begin(person('inwoner'), 'csrf');
    renderBudgets();
    expect(screen.queryByRole('region', { name: 'Voor de gemeente' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Budget openen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bijdrage toezeggen' })).toBeNull();
    expect(screen.queryByRole('link', { name: /^Budget wijzigen/ })).toBeNull();
  });
});

describe('changing a budget', () => {
  const budgetPath = `/gemeenten/utrecht/opgaven/${OPGAVE}/budget`;

  function renderEdit() {
    return render(EditBudget, {
      props: {
        data: {
          municipality,
          opgave,
          budget: budget({ actionLine: { id: 'l2', title: 'Meer maatwerk' }, description: 'Opvang.' }),
          etag: '"1"',
          actionLines: lines,
        },
      } as never,
    });
  }

  it('sends every field with the ETag it loaded, and goes back to the budget view', async () => {
    const user = userEvent.setup();
    mocks.updateBudget.mockResolvedValue(versioned(budget({ title: 'Budget opvang' }), '"2"'));
    renderEdit();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Budget wijzigen');
    expect(screen.getByLabelText('Voor de actielijn')).toHaveValue('l2');
    await user.clear(screen.getByLabelText('Naam van het budget'));
    await user.type(screen.getByLabelText('Naam van het budget'), 'Budget opvang');
    await user.selectOptions(screen.getByLabelText('Voor de actielijn'), '');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(mocks.updateBudget).toHaveBeenCalledWith({
      path: { id: 'b' },
      body: { title: 'Budget opvang', description: 'Opvang.', actionLineId: null },
      headers: { 'If-Match': '"1"' },
    });
    expect(mocks.goto).toHaveBeenCalledWith(budgetPath, { state: { budgetSaved: 'Budget opvang' } });
  });

  it('shows the API’s messages at the fields, in a summary that takes focus', async () => {
    const user = userEvent.setup();
    mocks.updateBudget.mockRejectedValue(
      new ApiError(
        toProblem({
          status: 400,
          code: 'invalid_input',
          invalidParams: [{ name: 'title', code: 'too_short', reason: 'Te kort.' }],
        }),
      ),
    );
    renderEdit();
    await user.clear(screen.getByLabelText('Naam van het budget'));
    await user.type(screen.getByLabelText('Naam van het budget'), 'B');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(summary()).toHaveFocus();
    expect(within(summary()).getByRole('link')).toHaveAttribute('href', '#budget-naam');
    expect(screen.getByLabelText('Naam van het budget')).toHaveAttribute('aria-invalid', 'true');
    expect(document.title).toMatch(/^Fout: Budget wijzigen/);
    expect(mocks.goto).not.toHaveBeenCalled();
  });

  it('says plainly when someone changed it meanwhile, and loads the newest version when asked', async () => {
    const user = userEvent.setup();
    mocks.updateBudget.mockRejectedValueOnce(
      new ApiError(toProblem({ status: 412, code: 'precondition_failed' })),
    );
    mocks.getBudget.mockResolvedValue(versioned(budget({ title: 'Budget van de buurt' }), '"3"'));
    renderEdit();
    await user.clear(screen.getByLabelText('Naam van het budget'));
    await user.type(screen.getByLabelText('Naam van het budget'), 'Mijn budget');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const stale = screen.getByRole('region', { name: 'Intussen gewijzigd' });
    expect(stale).toHaveFocus();
    expect(stale).toHaveTextContent('Iemand anders heeft dit budget gewijzigd');
    expect(within(stale).getByRole('link', { name: /Bekijk het budget zoals het nu is/ })).toHaveAttribute(
      'href',
      `${budgetPath}#budget-b`,
    );
    // What was typed stays until the person chooses otherwise.
    expect(screen.getByLabelText('Naam van het budget')).toHaveValue('Mijn budget');
    expect(screen.getByLabelText(/Omschrijving/)).toHaveValue('Opvang.');

    // Saving again is on purpose: with the new ETag.
    mocks.updateBudget.mockResolvedValueOnce(versioned(budget({ title: 'Mijn budget' }), '"4"'));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(mocks.updateBudget.mock.calls[1]![0].headers).toEqual({ 'If-Match': '"3"' });

    mocks.updateBudget.mockRejectedValueOnce(
      new ApiError(toProblem({ status: 412, code: 'precondition_failed' })),
    );
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(screen.getByLabelText('Naam van het budget')).toHaveValue('Budget van de buurt');
    expect(screen.getByLabelText('Voor de actielijn')).toHaveValue('');
    expect(
      screen.getByText('Het formulier toont nu de nieuwste versie van het budget.').closest('section'),
    ).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Intussen gewijzigd' })).toBeNull();
  });
});
