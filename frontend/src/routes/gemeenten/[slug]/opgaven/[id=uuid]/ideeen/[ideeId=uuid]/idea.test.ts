import { render, screen, within } from '@testing-library/svelte';
import { person } from '$lib/testing/people';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpgaveRead, ProposalRead } from '$lib/api';
import { session } from '$lib/session/index.svelte';
import Idea from './+page.svelte';
import { municipality, utrecht } from '$lib/testing/places';

vi.mock('$app/navigation', () => ({ goto: vi.fn(), invalidate: vi.fn() }));
vi.mock('$app/state', () => ({
  page: { url: new URL('http://localhost/gemeenten/utrecht/opgaven/o/ideeen/p'), state: {} },
}));

const opgave = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Minder eenzaamheid in Overvecht',
  municipality: utrecht,
  phase: 'exploring',
  proposalPhases: ['exploring'],
} as OpgaveRead;

const proposal: ProposalRead = {
  id: '22222222-2222-4222-8222-222222222222',
  opgaveId: opgave.id,
  title: 'Koffie op het plein',
  body: '<p>Elke <strong>woensdag</strong>.</p><p><a href="javascript:alert(1)">klik</a><img src=x onerror=alert(1)></p>',
  author: { id: 'fatima', displayName: 'Fatima uit Overvecht', badge: null },
  organisation: null,
  actionLine: { id: 'l', title: 'Ontmoeten' },
  tasks: [],
  location: { latitude: 52.1075, longitude: 5.1128 },
  address: null,
  wijk: null,
  buurt: null,
  status: 'submitted',
  response: null,
  supportCount: 4,
  commentCount: 0,
  supportedByMe: false,
  hidden: false,
  hiddenReason: null,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
};

function renderIdea(extra: Partial<ProposalRead> = {}) {
  return render(Idea, {
    props: {
      data: {
        municipality,
        opgave,
        proposal: { ...proposal, ...extra },
        etag: '"1"',
        comments: { items: [], nextCursor: null },
        attachments: [],
      },
    } as never,
  });
}

afterEach(() => {
  session.end();
});

describe("an idea's page", () => {
  it('shows the text through the allowlist, and what the idea is about', () => {
    renderIdea();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Koffie op het plein');
    const body = document.querySelector('.samenspel-idea-body')!;
    expect(body.innerHTML).toBe('<p>Elke <strong>woensdag</strong>.</p><p>klik</p>');
    const details = screen.getByRole('region', { name: 'Over dit idee' });
    expect(details).toHaveTextContent('Ontmoeten');
    expect(details).toHaveTextContent('52.1075, 5.1128');
    expect(within(details).getByRole('link', { name: opgave.title })).toHaveAttribute(
      'href',
      `/gemeenten/utrecht/opgaven/${opgave.id}`,
    );
    expect(screen.queryByRole('region', { name: 'Uw idee' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Voor de gemeente' })).toBeNull();
  });

  it('offers its author to change or withdraw it while that may', () => {
    session.begin(person('fatima', 'inwoner', utrecht), 'csrf');
    renderIdea();
    const mine = screen.getByRole('region', { name: 'Uw idee' });
    expect(within(mine).getByRole('link', { name: 'Idee wijzigen' })).toHaveAttribute(
      'href',
      `/gemeenten/utrecht/opgaven/${opgave.id}/ideeen/${proposal.id}/wijzigen`,
    );
    expect(within(mine).getByRole('button', { name: 'Idee intrekken' })).toBeVisible();
  });

  it('lets staff answer it', () => {
    session.begin(person('sanne', 'medewerker', utrecht), 'csrf');
    renderIdea();
    const staff = screen.getByRole('region', { name: 'Voor de gemeente' });
    expect(within(staff).getByRole('group', { name: 'Nieuwe status' })).toBeVisible();
  });

  it('offers staff of the municipality to plan a task from it, in any phase', () => {
    session.begin(person('sanne', 'medewerker', utrecht), 'csrf');
    render(Idea, {
      props: {
        data: {
          municipality,
          opgave: { ...opgave, phase: 'evaluating' },
          proposal,
          etag: '"1"',
          comments: { items: [], nextCursor: null },
          attachments: [],
        },
      } as never,
    });
    const staff = screen.getByRole('region', { name: 'Voor de gemeente' });
    expect(within(staff).getByRole('link', { name: 'Taak plannen vanuit dit idee' })).toHaveAttribute(
      'href',
      `/gemeenten/utrecht/opgaven/${opgave.id}/taken/nieuw?idee=${proposal.id}`,
    );
  });

  it.each([
    ['withdrawn', { status: 'withdrawn' }],
    ['hidden', { hidden: true, hiddenReason: 'Bevat persoonlijke gegevens.' }],
  ] as const)('offers no task from an idea that is %s', (_, extra) => {
    session.begin(person('sanne', 'medewerker', utrecht), 'csrf');
    renderIdea(extra);
    expect(screen.getByRole('region', { name: 'Voor de gemeente' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Taak plannen vanuit dit idee' })).toBeNull();
  });

  it('offers no task to anyone else', () => {
    session.begin(person('peter', 'inwoner', utrecht), 'csrf');
    renderIdea();
    expect(screen.queryByRole('link', { name: 'Taak plannen vanuit dit idee' })).toBeNull();
  });

  it('when hidden, shows the reason instead, and takes no comments or support', () => {
    session.begin(person('peter', 'inwoner', utrecht), 'csrf');
    renderIdea({
      hidden: true,
      title: 'Verborgen idee',
      body: '',
      hiddenReason: 'Bevat persoonlijke gegevens.',
    });
    expect(screen.getByRole('region', { name: 'Verborgen idee' })).toHaveTextContent(
      'De gemeente heeft dit idee verborgen. De reden: Bevat persoonlijke gegevens.',
    );
    expect(document.querySelector('.samenspel-idea-body')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Steun dit idee' })).toBeNull();
    expect(screen.getByText('Op dit idee kan niet meer worden gereageerd.')).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
