import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem, type ContributionRead } from '$lib/api';
import { i18n } from '$lib/i18n/index.svelte';
import { answer } from '$lib/testing/answers';
import BudgetContributions from './BudgetContributions.svelte';
import DecideContribution from './DecideContribution.svelte';

const api = vi.hoisted(() => ({
  correctContribution: vi.fn(),
  decideContribution: vi.fn(),
}));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

afterEach(() => {
  i18n.locale = 'nl';
  vi.clearAllMocks();
});

const ZONNESTRAAL = { id: 'z', name: 'Kinderopvang Zonnestraal' };

function contribution(fields: Partial<ContributionRead> = {}): ContributionRead {
  return {
    id: 'c',
    budgetId: 'b',
    funder: { organisation: ZONNESTRAAL, name: ZONNESTRAAL.name, amountCents: 250_000 },
    status: 'pending',
    pledgedCents: 250_000,
    note: '',
    pledgedBy: { id: 'p', displayName: 'Linda', badge: null },
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    createdAt: '2026-11-01T10:00:00Z',
    ...fields,
  };
}

describe('contributions and pledges on a budget', () => {
  it('shows each with its status in words; what counts after a correction; no actions for the public', () => {
    render(BudgetContributions, {
      contributions: [
        contribution(),
        contribution({
          id: 'd',
          status: 'confirmed',
          funder: { organisation: ZONNESTRAAL, name: ZONNESTRAAL.name, amountCents: 200_000 },
          decidedAt: '2026-11-02T10:00:00Z',
        }),
        contribution({
          id: 'e',
          status: 'rejected',
          pledgedCents: 100_000_000,
          decisionReason: 'Niet toegezegd door het bestuur.',
          decidedAt: '2026-11-02T10:00:00Z',
        }),
      ],
    });
    const [pending, confirmed, rejected] = screen.getAllByRole('listitem');
    expect(pending).toHaveTextContent('Wacht op bevestiging');
    expect(pending).toHaveTextContent('Toegezegd door Linda op');
    expect(confirmed).toHaveTextContent('Bevestigd');
    expect(within(confirmed!).getByText('Telt mee')).toBeVisible();
    expect(confirmed).toHaveTextContent(/Telt mee\s*€\s2\.000/);
    expect(within(pending!).queryByText('Telt mee')).toBeNull();
    expect(rejected).toHaveTextContent('Afgewezen');
    expect(rejected).toHaveTextContent('Niet toegezegd door het bestuur.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when nothing was put in or pledged yet', () => {
    render(BudgetContributions, { contributions: [] });
    expect(screen.getByText('Er is nog niets ingelegd of toegezegd.')).toBeVisible();
  });
});

describe('staff deciding on money', () => {
  it('confirms a pledge, the only action besides rejecting it', async () => {
    const user = userEvent.setup();
    api.decideContribution.mockResolvedValue(answer(contribution({ status: 'confirmed' })));
    const onchanged = vi.fn();
    render(DecideContribution, { contribution: contribution(), onchanged });
    expect(screen.queryByRole('button', { name: /Corrigeren/ })).toBeNull();
    await user.click(
      screen.getByRole('button', { name: /^Bevestigen \(Kinderopvang Zonnestraal, €\s2\.500\)$/ }),
    );
    const submit = screen.getByRole('button', { name: 'Bevestigen' });
    expect(submit).toHaveFocus();
    await user.click(submit);
    expect(api.decideContribution).toHaveBeenCalledWith({
      path: { id: 'c' },
      body: { decision: 'confirm' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalledWith(
      'ok',
      expect.stringMatching(/^De toezegging van €\s2\.500 van Kinderopvang Zonnestraal is bevestigd/),
    );
  });

  it('rejects a pledge with a reason, and shows the API’s answer at the field', async () => {
    const user = userEvent.setup();
    api.decideContribution.mockRejectedValueOnce(
      new ApiError(
        toProblem({
          status: 400,
          code: 'invalid_input',
          invalidParams: [{ name: 'reason', code: 'required', reason: 'Zeg waarom.' }],
        }),
      ),
    );
    const onchanged = vi.fn();
    render(DecideContribution, { contribution: contribution(), onchanged });
    await user.click(screen.getByRole('button', { name: /^Afwijzen \(/ }));
    expect(screen.getByLabelText('Reden van afwijzing')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(screen.getByLabelText('Reden van afwijzing')).toHaveAttribute('aria-invalid', 'true');
    expect(onchanged).not.toHaveBeenCalled();

    api.decideContribution.mockResolvedValueOnce(answer(contribution({ status: 'rejected' })));
    await user.type(screen.getByLabelText('Reden van afwijzing'), 'Dit bedrag is er niet.');
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(api.decideContribution).toHaveBeenLastCalledWith({
      path: { id: 'c' },
      body: { decision: 'reject', reason: 'Dit bedrag is er niet.' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalledWith('ok', 'De toezegging van Kinderopvang Zonnestraal is afgewezen.');
  });

  it('corrects confirmed money to the right amount with a reason, starting from what counts now', async () => {
    const user = userEvent.setup();
    const confirmed = contribution({ status: 'confirmed' });
    api.correctContribution.mockResolvedValue(
      answer(
        contribution({
          status: 'confirmed',
          funder: { organisation: ZONNESTRAAL, name: ZONNESTRAAL.name, amountCents: 200_000 },
        }),
      ),
    );
    const onchanged = vi.fn();
    render(DecideContribution, { contribution: confirmed, onchanged });
    expect(screen.queryByRole('button', { name: /Bevestigen|Afwijzen/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Corrigeren \(/ }));
    const amount = screen.getByLabelText('Juiste bedrag in euro’s');
    expect(amount).toHaveFocus();
    expect(amount).toHaveValue('2.500');
    await user.clear(amount);
    await user.type(amount, '2.000');
    await user.type(screen.getByLabelText('Reden van de correctie'), 'Eén plek minder.');
    await user.click(screen.getByRole('button', { name: 'Correctie boeken' }));
    expect(api.correctContribution).toHaveBeenCalledWith({
      path: { id: 'c' },
      body: { amountCents: 200_000, reason: 'Eén plek minder.' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalledWith(
      'ok',
      expect.stringMatching(/^De bijdrage van Kinderopvang Zonnestraal telt nu €\s2\.000\./),
    );
  });

  it('never sends an amount it cannot read, and says an unchanged amount and below-granted plainly', async () => {
    const user = userEvent.setup();
    render(DecideContribution, { contribution: contribution({ status: 'confirmed' }) });
    await user.click(screen.getByRole('button', { name: /^Corrigeren \(/ }));
    const amount = screen.getByLabelText('Juiste bedrag in euro’s');
    await user.clear(amount);
    await user.type(amount, 'twee mille');
    await user.click(screen.getByRole('button', { name: 'Correctie boeken' }));
    expect(api.correctContribution).not.toHaveBeenCalled();
    expect(amount).toHaveAttribute('aria-invalid', 'true');

    api.correctContribution.mockRejectedValueOnce(
      new ApiError(
        toProblem({
          status: 400,
          code: 'invalid_input',
          invalidParams: [{ name: 'amountCents', code: 'unchanged', reason: 'Al het bedrag.' }],
        }),
      ),
    );
    await user.clear(amount);
    await user.type(amount, '2.500');
    await user.type(screen.getByLabelText('Reden van de correctie'), 'Nagekeken.');
    await user.click(screen.getByRole('button', { name: 'Correctie boeken' }));
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(
      'Dit bedrag telt al. Vul bij ‘Juiste bedrag in euro’s’ het juiste bedrag in.',
    );

    api.correctContribution.mockRejectedValueOnce(
      new ApiError(toProblem({ status: 409, code: 'below_granted', detail: 'Te weinig.' })),
    );
    await user.clear(amount);
    await user.type(amount, '10');
    await user.click(screen.getByRole('button', { name: 'Correctie boeken' }));
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(
      'Er is al meer toegekend dan er na deze correctie in het budget zou zitten.',
    );
  });
});
