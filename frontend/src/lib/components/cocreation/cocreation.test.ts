import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  toProblem,
  type ActionLineRead,
  type BudgetClaimRead,
  type BudgetRead,
  type ClaimRead,
  type MeRead,
  type TeamMemberRead,
} from '$lib/api';
import { i18n } from '$lib/i18n/index.svelte';
import { answer, versioned } from '$lib/testing/answers';
import { budget as aBudget, task } from '$lib/testing/cocreation';
import { amountForBody, amountFormErrors, amountMessage } from './amount';
import BudgetChart from './BudgetChart.svelte';
import { budgetForTask, tasksForBudget, type BudgetChoice } from './budget-choices';
import BudgetRequestForm from './BudgetRequestForm.svelte';
import { BAR_KINDS, budgetBars, chartHeight, MIN_VISIBLE_PERCENT, ROW_HEIGHT, rowLayout } from './chart';
import ClaimItem from './ClaimItem.svelte';
import ClaimTaskForm from './ClaimTaskForm.svelte';
import DecideBudgetClaim from './DecideBudgetClaim.svelte';
import { fieldProblem, sayInstead } from './form-messages';
import { budgetRequestsHref, requestBudgetHref } from './links';
import OpgaveTasks from './OpgaveTasks.svelte';
import TaskStaffActions from './TaskStaffActions.svelte';
import {
  handOverCandidates,
  isMyClaim,
  myTeamOrganisations,
  organisationsFreeToClaim,
  tasksByLine,
  tasksToTake,
  teamOrganisations,
} from './tasks';

const api = vi.hoisted(() => ({
  claimTask: vi.fn(),
  decideBudgetClaim: vi.fn(),
  reportProgress: vi.fn(),
  requestBudget: vi.fn(),
  updateTask: vi.fn(),
}));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

afterEach(() => {
  i18n.locale = 'nl';
  vi.clearAllMocks();
});

const utrecht = { id: 'u', slug: 'utrecht', name: 'Utrecht' };
/** Amounts as Intl writes them: a no-break space after the euro sign. */
const nb = (text: string) => text.replace(/€ /g, '€\u00a0');
const lines: ActionLineRead[] = [
  { id: 'l1', opgaveId: 'o', position: 1, title: 'Creëren passende banen', goal: '' },
  { id: 'l2', opgaveId: 'o', position: 2, title: 'Meer maatwerk', goal: '' },
];

function claim(organisation: { id: string; name: string }, percent = 0): ClaimRead {
  return {
    id: `c-${organisation.id}`,
    taskId: 't',
    organisation,
    claimedBy: null,
    commitment: '',
    progressPercent: percent,
    releasedAt: null,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
  };
}

const werkgevers = { id: 'werkgevers', name: 'Werkgeversservicepunt' };
const schuldhulp = { id: 'schuldhulp', name: 'Schuldhulpmaatje' };
const ggz = { id: 'ggz', name: 'GGZ-wijkteam' };

function budget(fields: Partial<BudgetRead> = {}): BudgetRead {
  return aBudget({
    totalCents: 17_500_000,
    grantedCents: 3_000_000,
    availableCents: 14_500_000,
    requestedCents: 1_200_000,
    ...fields,
  });
}

function request(fields: Partial<BudgetClaimRead> = {}): BudgetClaimRead {
  return {
    id: 'r',
    budgetId: 'b',
    opgaveId: 'o',
    organisation: werkgevers,
    task: null,
    requestedBy: null,
    amountCents: 450_000,
    motivation: 'Jobcoaches voor de proefplaatsingen.',
    status: 'requested',
    grantedCents: null,
    legalBasis: null,
    decisionReason: null,
    decidedBy: null,
    decidedAt: null,
    withdrawalReason: null,
    withdrawnAt: null,
    createdAt: '2026-11-01T10:00:00Z',
    ...fields,
  };
}

const me = (organisations: { id: string; name: string }[]) =>
  ({ organisations: organisations.map((o) => ({ ...o, municipality: utrecht, isAdmin: false })) }) as MeRead;

describe('the budget chart', () => {
  it('draws what was put in, granted, left and asked, scaled to the longest bar', () => {
    const bars = budgetBars(budget());
    expect(bars.map((bar) => bar.kind)).toEqual(BAR_KINDS);
    expect(bars.map((bar) => bar.cents)).toEqual([17_500_000, 3_000_000, 14_500_000, 1_200_000]);
    expect(bars[0]).toMatchObject({ fraction: 1, width: '100%', percentOfContributed: 100 });
    expect(bars[1]).toMatchObject({ width: '17.1%', percentOfContributed: 17 });
    expect(bars[3]!.percentOfContributed).toBe(7);
  });

  it('keeps a little money visible, nothing invisible, and an empty budget empty', () => {
    const thin = budgetBars(
      budget({ totalCents: 100_000_000, grantedCents: 1, availableCents: 99_999_999, requestedCents: 0 }),
    );
    expect(thin[1]!.width).toBe(`${MIN_VISIBLE_PERCENT}%`);
    expect(thin[3]!.width).toBe('0%');
    const empty = budgetBars({ totalCents: 0, grantedCents: 0, availableCents: 0, requestedCents: 0 });
    expect(
      empty.every((bar) => bar.fraction === 0 && bar.width === '0%' && bar.percentOfContributed === 0),
    ).toBe(true);
  });

  it('scales to what is asked when that is more than what is left', () => {
    const bars = budgetBars(
      budget({ totalCents: 1000, grantedCents: 900, availableCents: 100, requestedCents: 2000 }),
    );
    expect(bars.find((bar) => bar.kind === 'requested')!.width).toBe('100%');
    expect(bars.find((bar) => bar.kind === 'contributed')!.width).toBe('50%');
  });

  it('lays rows out under each other, the text above its bar', () => {
    expect(rowLayout(0).textY).toBeLessThan(rowLayout(0).barY);
    expect(rowLayout(1).textY - rowLayout(0).textY).toBe(ROW_HEIGHT);
    expect(rowLayout(0).barY + rowLayout(0).barHeight).toBeLessThanOrEqual(ROW_HEIGHT);
    expect(chartHeight(4)).toBe(4 * ROW_HEIGHT);
    expect(chartHeight(0)).toBe(ROW_HEIGHT);
  });

  it('is an image named by its figures in words, followed by the same figures in a table', () => {
    render(BudgetChart, { title: 'Werkbudget', totals: budget(), idPrefix: 'b' });
    const image = screen.getByRole('img');
    expect(image).toHaveAccessibleName(
      nb(
        'Ingelegd: € 175.000; Toegekend: € 30.000; Nog te verdelen: € 145.000; Aangevraagd, nog niet besloten: € 12.000.',
      ),
    );
    expect(image).toHaveAccessibleDescription('Dezelfde cijfers staan in de tabel onder de grafiek.');
    // Every bar is named by its own text, so no meaning hangs on colour.
    expect(image.querySelectorAll('text')).toHaveLength(4);
    const table = screen.getByRole('table', { name: 'De cijfers van ‘Werkbudget’' });
    const granted = within(table).getByRole('row', { name: /Toegekend/ });
    expect(granted).toHaveTextContent('€ 30.000');
    expect(granted).toHaveTextContent('17%');
    expect(screen.getByRole('region', { name: 'De cijfers van ‘Werkbudget’' })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('follows the language', () => {
    i18n.locale = 'en';
    render(BudgetChart, { title: 'Work budget', totals: budget(), idPrefix: 'b' });
    expect(screen.getByRole('img')).toHaveAccessibleName(/^Put in: €175,000; Granted: €30,000;/);
  });
});

describe('tasks as people see them', () => {
  it('groups tasks per action line in the plan’s order, tasks without a line last', () => {
    const tasks = [
      task({ id: 'a', actionLine: { id: 'l2', title: 'Meer maatwerk' } }),
      task({ id: 'b' }),
      task({ id: 'c', actionLine: { id: 'l1', title: 'Creëren passende banen' } }),
      task({ id: 'd', actionLine: { id: 'lx', title: 'Een nieuwe lijn' } }),
      task({ id: 'e', actionLine: { id: 'l2', title: 'Meer maatwerk' } }),
    ];
    const groups = tasksByLine(tasks, lines);
    expect(groups.map((group) => group.line?.id ?? null)).toEqual(['l1', 'l2', 'lx', null]);
    expect(groups[1]!.tasks.map((t) => t.id)).toEqual(['a', 'e']);
    expect(tasksByLine([], lines)).toEqual([]);
  });

  it('knows who may act: the person’s organisations on the team, those not claiming yet', () => {
    const members = [
      { id: 'm1', status: 'active', organisation: werkgevers },
      { id: 'm2', status: 'invited', organisation: ggz },
      { id: 'm3', status: 'active', organisation: schuldhulp },
      { id: 'm4', status: 'active', person: { id: 'p', displayName: 'Sanne' }, organisation: null },
    ] as unknown as TeamMemberRead[];
    const team = teamOrganisations(members);
    expect(team.map((party) => party.id)).toEqual(['werkgevers', 'schuldhulp']);
    expect(myTeamOrganisations(me([ggz, schuldhulp]), team).map((party) => party.id)).toEqual(['schuldhulp']);
    expect(myTeamOrganisations(null, team)).toEqual([]);

    const taken = task({ claims: [claim(schuldhulp)] });
    expect(organisationsFreeToClaim(taken, team).map((party) => party.id)).toEqual(['werkgevers']);
    expect(handOverCandidates(taken, team).map((party) => party.id)).toEqual(['werkgevers']);
    expect(isMyClaim(taken.claims[0]!, me([schuldhulp]))).toBe(true);
    expect(isMyClaim(taken.claims[0]!, me([werkgevers]))).toBe(false);
  });

  it('offers a partner the tasks it can still take on', () => {
    const tasks = [
      task({ id: 'open' }),
      task({ id: 'full', placesLeft: 0, claimedCount: 1, claims: [claim(ggz)] }),
      task({ id: 'mine', capacity: 2, placesLeft: 1, claims: [claim(werkgevers)] }),
      task({ id: 'room', capacity: 3, placesLeft: 2, status: 'in_progress', claims: [claim(ggz)] }),
      task({ id: 'done', status: 'done' }),
      task({ id: 'cancelled', status: 'cancelled' }),
    ];
    expect(tasksToTake(tasks, 'werkgevers').map((t) => t.id)).toEqual(['open', 'room']);
  });

  it('shows on the opgave’s page who took each task on, and the places left', () => {
    render(OpgaveTasks, {
      slug: 'utrecht',
      opgaveId: 'o',
      actionLines: lines,
      tasks: [
        task({
          id: '11111111-1111-4111-8111-111111111111',
          title: 'Werkgevers benaderen',
          actionLine: { id: 'l1', title: 'Creëren passende banen' },
          capacity: 2,
          placesLeft: 1,
          claimedCount: 1,
          effortHours: 120,
          status: 'in_progress',
          claims: [claim(werkgevers, 60)],
        }),
        task({ id: '22222222-2222-4222-8222-222222222222', title: 'Startbijeenkomst', status: 'done' }),
      ],
    });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim())).toEqual([
      'Creëren passende banen',
      'Zonder actielijn',
    ]);
    const visits = screen.getByRole('link', { name: 'Werkgevers benaderen' });
    expect(visits).toHaveAttribute(
      'href',
      '/gemeenten/utrecht/opgaven/o/taken/11111111-1111-4111-8111-111111111111',
    );
    const item = visits.closest('li')!;
    expect(item).toHaveTextContent('In uitvoering');
    expect(item).toHaveTextContent('1 plek vrij · 120 uur');
    expect(item).toHaveTextContent('Opgepakt door: Werkgeversservicepunt (60% klaar)');
    const done = screen.getByRole('link', { name: 'Startbijeenkomst' }).closest('li')!;
    expect(done).toHaveTextContent('Klaar');
    expect(done).not.toHaveTextContent('plek');
    expect(done).not.toHaveTextContent('Nog door niemand');
  });
});

describe('amounts in forms', () => {
  const fields = { amountCents: { label: 'Bedrag in euro’s', id: 'bedrag' } };
  const refused = (code: string) =>
    toProblem({
      status: 400,
      code: 'invalid_input',
      invalidParams: [{ name: 'amountCents', code, reason: '' }],
    });

  it('sends the amount read, or 0, which the API refuses with the rest', () => {
    expect(amountForBody('2.500')).toBe(250_000);
    expect(amountForBody('veel')).toBe(0);
    expect(amountForBody('')).toBe(0);
  });

  it('says what was typed wrong, not what the API received', () => {
    const t = i18n.t;
    expect(amountMessage('out_of_range', '', 'Bedrag', t)).toBe('Vul het veld ‘Bedrag’ in.');
    expect(amountMessage('out_of_range', 'veel', 'Bedrag', t)).toBe(
      'Vul bij ‘Bedrag’ een bedrag in, zoals 4.500 of 1.250,50.',
    );
    expect(amountMessage('out_of_range', '0', 'Bedrag', t)).toBe(
      'Vul bij ‘Bedrag’ een bedrag van meer dan € 0 in.',
    );
    expect(amountMessage('out_of_range', '9.999.999.999', 'Bedrag', t)).toBe(
      'Het bedrag bij ‘Bedrag’ is te hoog.',
    );
    expect(amountMessage('too_large', '5.000', 'Bedrag', t)).toMatch(
      /niet meer worden toegekend dan gevraagd/,
    );
    expect(amountMessage('something_else', '5.000', 'Bedrag', t)).toBeUndefined();

    const errors = amountFormErrors(refused('out_of_range'), t, fields, 'een paar duizend');
    expect(errors.messages).toHaveLength(1);
    expect(errors.messages[0]).toMatchObject({
      fieldId: 'bedrag',
      message: expect.stringMatching(/zoals 4\.500/),
    });
    expect(errors.byField.amountCents).toBe(errors.messages[0]!.message);
  });

  it('leaves other fields’ messages and a problem about the whole form as they are', () => {
    const conflict = toProblem({ status: 409, code: 'exceeds_budget' });
    expect(amountFormErrors(conflict, i18n.t, fields, '2.500').lead).toBe(
      'U vraagt meer dan er in het hele budget zit. Vraag een lager bedrag.',
    );
    const local = sayInstead(
      amountFormErrors(fieldProblem('budgetId'), i18n.t, fields, ''),
      'budgetId',
      () => 'Kies',
    );
    expect(local.byField).toEqual({ budgetId: 'Kies' });
  });
});

describe('where a partner starts asking for budget', () => {
  const general = budget({ id: 'general' });
  const line = budget({ id: 'line', actionLine: { id: 'l2', title: 'Meer maatwerk' } });
  const elsewhere = budget({ id: 'elsewhere', opgaveId: 'other' });
  const choices: BudgetChoice[] = [elsewhere, general, line].map((b) => ({
    budget: b,
    opgave: { id: b.opgaveId, title: 'Opgave', slug: 'utrecht' },
  }));

  it('picks the budget of the task’s action line, else one for the whole opgave', () => {
    expect(budgetForTask(choices, task({ actionLine: { id: 'l2', title: '' } }))).toBe('line');
    expect(budgetForTask(choices, task({ actionLine: { id: 'l1', title: '' } }))).toBe('general');
    expect(budgetForTask(choices, task({ opgaveId: 'nowhere' }))).toBe('');
    expect(budgetForTask(choices, undefined)).toBe('');
  });

  it('offers the tasks of the budget’s opgave, its own claims first, closed ones last', () => {
    const tasks = [
      task({ id: 'closed', status: 'done' }),
      task({ id: 'open' }),
      task({ id: 'mine', claims: [claim(werkgevers)] }),
      task({ id: 'other', opgaveId: 'other' }),
    ];
    expect(tasksForBudget(choices[1], tasks, 'werkgevers').map((t) => t.id)).toEqual([
      'mine',
      'open',
      'closed',
    ]);
    expect(tasksForBudget(undefined, tasks, 'werkgevers')).toEqual([]);
  });

  it('links to the request form starting with the task, and to where staff decide', () => {
    expect(requestBudgetHref('org', 'task')).toBe('/werkruimte/org?taak=task#budget-aanvragen');
    expect(budgetRequestsHref('utrecht', 'o', 'b')).toBe('/gemeenten/utrecht/opgaven/o/budget#aanvragen-b');
  });
});

describe('the forms about money and tasks', () => {
  it('asks for budget in cents, for the chosen task', async () => {
    const user = userEvent.setup();
    api.requestBudget.mockResolvedValue(answer(request({ amountCents: 125_050 })));
    const onchanged = vi.fn();
    const choice: BudgetChoice = {
      budget: budget(),
      opgave: { id: 'o', title: 'Bijstand', slug: 'utrecht' },
    };
    render(BudgetRequestForm, {
      organisationId: 'werkgevers',
      choices: [choice],
      tasks: [task({ id: 'jobcoach', title: 'Jobcoaches' })],
      initialTaskId: 'jobcoach',
      onchanged,
    });
    expect(screen.getByLabelText('Budget')).toHaveValue('b');
    expect(screen.getByLabelText('Voor de taak')).toHaveValue('jobcoach');
    await user.type(screen.getByLabelText('Bedrag in euro’s'), '1.250,50');
    await user.type(screen.getByLabelText('Waarvoor vraagt u het geld?'), 'Twee jobcoaches een half jaar.');
    await user.click(screen.getByRole('button', { name: 'Budget aanvragen' }));
    expect(api.requestBudget).toHaveBeenCalledWith({
      path: { id: 'b' },
      body: {
        organisationId: 'werkgevers',
        amountCents: 125_050,
        motivation: 'Twee jobcoaches een half jaar.',
        taskId: 'jobcoach',
      },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalledWith(
      nb('Uw aanvraag van € 1.250,50 uit ‘Werkbudget’ is verstuurd. De gemeente besluit erover.'),
    );
  });

  it('asks to choose a budget before anything is sent', async () => {
    const user = userEvent.setup();
    const choices: BudgetChoice[] = ['x', 'y'].map((id) => ({
      budget: budget({ id, title: `Budget ${id}` }),
      opgave: { id: 'o', title: 'Bijstand', slug: 'utrecht' },
    }));
    render(BudgetRequestForm, { organisationId: 'werkgevers', choices, tasks: [] });
    await user.click(screen.getByRole('button', { name: 'Budget aanvragen' }));
    expect(api.requestBudget).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(
      'Kies een budget bij ‘Budget’.',
    );
    expect(screen.getByLabelText('Budget')).toHaveAttribute('aria-invalid', 'true');
  });

  it('grants part of a request with its legal basis, the amount typed in euros', async () => {
    const user = userEvent.setup();
    api.decideBudgetClaim.mockResolvedValue(answer(request({ status: 'granted', grantedCents: 400_000 })));
    const onchanged = vi.fn();
    render(DecideBudgetClaim, { claim: request(), onchanged });
    await user.click(screen.getByRole('button', { name: 'Toekennen (Werkgeversservicepunt)' }));
    const amount = screen.getByLabelText('Toe te kennen bedrag in euro’s');
    expect(amount).toHaveFocus();
    expect(amount).toHaveValue('4.500');
    await user.clear(amount);
    await user.type(amount, '4.000');
    await user.type(screen.getByLabelText('Juridische grondslag'), 'Subsidieregeling, artikel 3');
    await user.click(screen.getByRole('button', { name: 'Toekennen' }));
    expect(api.decideBudgetClaim).toHaveBeenCalledWith({
      path: { id: 'r' },
      body: { decision: 'grant', amountCents: 400_000, legalBasis: 'Subsidieregeling, artikel 3' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalledWith(
      'ok',
      expect.stringMatching(/^€\s4\.000 is toegekend aan Werkgeversservicepunt\./),
    );
  });

  it('never grants the whole request when the amount cannot be read', async () => {
    const user = userEvent.setup();
    api.decideBudgetClaim.mockRejectedValue(
      new ApiError(
        toProblem({
          status: 400,
          code: 'invalid_input',
          invalidParams: [{ name: 'amountCents', code: 'out_of_range', reason: 'Moet minstens 1 zijn.' }],
        }),
      ),
    );
    render(DecideBudgetClaim, { claim: request() });
    await user.click(screen.getByRole('button', { name: 'Toekennen (Werkgeversservicepunt)' }));
    const amount = screen.getByLabelText('Toe te kennen bedrag in euro’s');
    await user.clear(amount);
    await user.type(amount, 'vier mille');
    await user.type(screen.getByLabelText('Juridische grondslag'), 'Subsidieregeling, artikel 3');
    await user.click(screen.getByRole('button', { name: 'Toekennen' }));
    expect(api.decideBudgetClaim.mock.calls[0]![0].body).toMatchObject({ decision: 'grant', amountCents: 0 });
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(
      'Vul bij ‘Toe te kennen bedrag in euro’s’ een bedrag in, zoals 4.500 of 1.250,50.',
    );
  });

  it('rejects with a reason, and offers withdrawal only for a grant', async () => {
    const user = userEvent.setup();
    api.decideBudgetClaim.mockResolvedValue(answer(request({ status: 'rejected' })));
    const onchanged = vi.fn();
    const { unmount } = render(DecideBudgetClaim, { claim: request(), onchanged });
    expect(screen.queryByRole('button', { name: /intrekken/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Afwijzen (Werkgeversservicepunt)' }));
    await user.type(screen.getByLabelText('Reden van afwijzing'), 'Dit hoort bij een ander budget.');
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(api.decideBudgetClaim).toHaveBeenCalledWith({
      path: { id: 'r' },
      body: { decision: 'reject', reason: 'Dit hoort bij een ander budget.' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalledWith('ok', 'De aanvraag van Werkgeversservicepunt is afgewezen.');
    unmount();

    render(DecideBudgetClaim, { claim: request({ status: 'granted', grantedCents: 400_000 }) });
    expect(screen.queryByRole('button', { name: /Toekennen/ })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Toekenning intrekken (Werkgeversservicepunt)' }),
    ).toBeVisible();
  });

  it('claims a task with a commitment, and hands a late claim’s “task full” to the page', async () => {
    const user = userEvent.setup();
    api.claimTask.mockResolvedValueOnce(answer(claim(werkgevers)));
    const onchanged = vi.fn();
    render(ClaimTaskForm, { taskId: 't', organisations: [werkgevers, schuldhulp], onchanged });
    expect(screen.getByLabelText('Namens')).toHaveValue('werkgevers');
    await user.selectOptions(screen.getByLabelText('Namens'), 'schuldhulp');
    await user.type(screen.getByLabelText('Wat zegt uw organisatie toe?'), 'Onze maatjes.');
    await user.click(screen.getByRole('button', { name: 'Taak oppakken' }));
    expect(api.claimTask).toHaveBeenCalledWith({
      path: { id: 't' },
      body: { organisationId: 'schuldhulp', commitment: 'Onze maatjes.' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenLastCalledWith('ok', 'Schuldhulpmaatje pakt deze taak nu op. Dank u wel!');

    api.claimTask.mockRejectedValueOnce(new ApiError(toProblem({ status: 409, code: 'task_full' })));
    await user.click(screen.getByRole('button', { name: 'Taak oppakken' }));
    expect(onchanged).toHaveBeenLastCalledWith(
      'warning',
      'Deze taak is intussen vol: een andere organisatie was u net voor. Er is geen plek meer vrij.',
    );
  });

  it('reports progress as a whole percentage, and says so when it is not one', async () => {
    const user = userEvent.setup();
    api.reportProgress.mockRejectedValueOnce(
      new ApiError(
        toProblem({
          status: 400,
          code: 'invalid_input',
          invalidParams: [{ name: 'percent', code: 'out_of_range', reason: 'Moet minstens 0 zijn.' }],
        }),
      ),
    );
    const onchanged = vi.fn();
    render(ClaimItem, { claim: claim(werkgevers, 10), updates: [], mine: true, onchanged });
    await user.type(screen.getByLabelText('Bericht'), 'Vier werkgevers bezocht.');
    await user.type(screen.getByLabelText('Hoe ver is de taak, in procenten?'), 'bijna');
    await user.click(screen.getByRole('button', { name: 'Voortgang melden' }));
    expect(api.reportProgress.mock.calls[0]![0].body).toEqual({
      text: 'Vier werkgevers bezocht.',
      percent: -1,
    });
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(
      'Vul bij ‘Hoe ver is de taak, in procenten?’ een heel getal van 0 tot en met 100 in.',
    );

    api.reportProgress.mockResolvedValueOnce(
      answer({ id: 'u', claimId: 'c', author: null, text: '', percent: 40, createdAt: '' }),
    );
    const percent = screen.getByLabelText('Hoe ver is de taak, in procenten?');
    await user.clear(percent);
    await user.type(percent, '40%');
    await user.click(screen.getByRole('button', { name: 'Voortgang melden' }));
    expect(api.reportProgress.mock.calls[1]![0].body).toEqual({
      text: 'Vier werkgevers bezocht.',
      percent: 40,
    });
    expect(onchanged).toHaveBeenCalledWith('ok', 'Uw bericht staat bij de taak. De taak is nu 40% klaar.');
  });

  it('shows a claim’s actions only to members of the claiming organisation', () => {
    render(ClaimItem, { claim: claim(werkgevers, 60), updates: [] });
    expect(screen.getByText('60% klaar')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('marks a task done with the ETag it loaded, and says when someone changed it meanwhile', async () => {
    const user = userEvent.setup();
    api.updateTask.mockResolvedValueOnce(versioned(task({ status: 'done' }), '"2"'));
    const onchanged = vi.fn();
    render(TaskStaffActions, { task: task({ status: 'in_progress' }), etag: '"1"', onchanged });
    await user.click(screen.getByRole('button', { name: 'Markeer als klaar' }));
    expect(api.updateTask).toHaveBeenCalledWith({
      path: { id: 't' },
      body: { status: 'done' },
      headers: { 'If-Match': '"1"' },
    });
    expect(onchanged).toHaveBeenLastCalledWith('ok', expect.stringMatching(/^De taak is klaar\./));

    api.updateTask.mockRejectedValueOnce(
      new ApiError(toProblem({ status: 412, code: 'precondition_failed' })),
    );
    await user.click(screen.getByRole('button', { name: 'Markeer als klaar' }));
    expect(onchanged).toHaveBeenLastCalledWith(
      'warning',
      expect.stringMatching(/^Iemand anders heeft de taak intussen gewijzigd/),
    );
  });

  it('cancels a task only with a reason, kept when the API asks for more', async () => {
    const user = userEvent.setup();
    api.updateTask.mockRejectedValueOnce(
      new ApiError(
        toProblem({
          status: 400,
          code: 'invalid_input',
          invalidParams: [{ name: 'cancelReason', code: 'required', reason: 'Zeg waarom.' }],
        }),
      ),
    );
    render(TaskStaffActions, { task: task(), etag: '"1"' });
    await user.click(screen.getByRole('button', { name: 'Taak annuleren' }));
    const reason = screen.getByLabelText('Reden');
    expect(reason).toHaveFocus();
    await user.type(reason, 'Nee');
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Taak annuleren' }));
    expect(api.updateTask).toHaveBeenCalledWith({
      path: { id: 't' },
      body: { status: 'cancelled', cancelReason: 'Nee' },
      headers: { 'If-Match': '"1"' },
    });
    expect(reason).toHaveValue('Nee');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
  });
});
