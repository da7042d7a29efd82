import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem, type OpgaveListItem } from '$lib/api';
import { session } from '$lib/session/index.svelte';
import { answer } from '$lib/testing/answers';
import List from './+page.svelte';
import { municipality } from '$lib/testing/places';

const mocks = vi.hoisted(() => ({ goto: vi.fn(), listOpgaven: vi.fn() }));
vi.mock('$app/navigation', () => ({ goto: mocks.goto }));
vi.mock('$lib/api', async (original) => ({
  ...(await original<typeof import('$lib/api')>()),
  listOpgaven: mocks.listOpgaven,
}));

function opgave(n: number): OpgaveListItem {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    municipality: { id: 'u', slug: 'utrecht', name: 'Utrecht' },
    slug: `opgave-${n}`,
    title: `Opgave ${n}`,
    summary: '',
    phase: 'exploring',
    domains: [],
    published: true,
    startDate: null,
    endDate: null,
    counts: {
      proposals: 0,
      supporters: 0,
      members: 1,
      openTasks: 0,
      budgetTotalCents: 0,
      budgetGrantedCents: 0,
    },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

const filters = { q: '', phase: '', domain: '', sort: '' };
const domains = [{ slug: 'jeugd', name: 'Jeugd' }];

function renderList(data: Record<string, unknown>) {
  return render(List, {
    props: { data: { municipality, domains, filters, problem: null, ...data } } as never,
  });
}

afterEach(() => {
  vi.resetAllMocks();
  session.end();
});

describe("a municipality's opgaven", () => {
  it('says how many it found, politely', () => {
    renderList({ list: { items: [opgave(1), opgave(2)], nextCursor: null } });
    expect(screen.getByRole('status')).toHaveTextContent('2 opgaven gevonden.');
    expect(screen.queryByRole('button', { name: 'Meer opgaven laden' })).toBeNull();
  });

  it('loads more with the same filters, and continues at the first new opgave', async () => {
    const user = userEvent.setup();
    mocks.listOpgaven.mockResolvedValue(answer({ items: [opgave(3)], nextCursor: null }));
    renderList({
      filters: { ...filters, q: 'werk' },
      list: { items: [opgave(1), opgave(2)], nextCursor: 'volgende' },
    });
    expect(screen.getByRole('status')).toHaveTextContent('2 opgaven getoond. Er zijn er meer.');
    await user.click(screen.getByRole('button', { name: 'Meer opgaven laden' }));
    expect(mocks.listOpgaven).toHaveBeenCalledWith({
      query: { municipality: 'utrecht', q: 'werk', cursor: 'volgende', limit: 20 },
    });
    expect(screen.getByRole('link', { name: 'Opgave 3' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('3 opgaven gevonden.');
    expect(screen.queryByRole('button', { name: 'Meer opgaven laden' })).toBeNull();
  });

  it('says when the way to more has expired', async () => {
    const user = userEvent.setup();
    mocks.listOpgaven.mockRejectedValue(
      new ApiError(
        toProblem(
          {
            status: 400,
            code: 'invalid_input',
            invalidParams: [{ name: 'cursor', code: 'invalid_cursor', reason: '' }],
          },
          new Response('', { status: 400 }),
        ),
      ),
    );
    renderList({ list: { items: [opgave(1)], nextCursor: 'oud' } });
    await user.click(screen.getByRole('button', { name: 'Meer opgaven laden' }));
    expect(await screen.findByText(/De link naar de volgende pagina is verlopen/)).toBeVisible();
  });

  it('searches through the address, with the filters in Dutch', async () => {
    const user = userEvent.setup();
    renderList({ list: { items: [], nextCursor: null } });
    expect(screen.getByRole('status')).toHaveTextContent('Geen opgaven gevonden.');
    await user.type(screen.getByLabelText('Zoekwoorden'), 'werken');
    await user.selectOptions(screen.getByLabelText('Beleidsdomein'), 'jeugd');
    await user.click(screen.getByRole('button', { name: 'Toon opgaven' }));
    expect(mocks.goto).toHaveBeenCalledWith('/gemeenten/utrecht/opgaven?q=werken&domein=jeugd');
  });

  it('offers staff a new opgave', () => {
    session.begin(
      {
        id: 'a',
        email: 'a@example.org',
        displayName: 'Ahmed',
        emailVerified: true,
        emailNotifications: 'immediately',
        language: 'nl',
        roles: [{ municipality: { id: 'u', slug: 'utrecht', name: 'Utrecht' }, role: 'medewerker' }],
        organisations: [],
        csrfToken: null,
        createdAt: '2026-01-01T00:00:00Z',
      },
      'csrf',
    );
    renderList({ list: { items: [], nextCursor: null } });
    expect(screen.getByRole('link', { name: 'Nieuwe opgave' })).toHaveAttribute(
      'href',
      '/gemeenten/utrecht/opgaven/nieuw',
    );
  });
});
