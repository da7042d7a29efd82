import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeRead, OpgaveRead, ReflectionRead } from '$lib/api';
import { session } from '$lib/session/index.svelte';
import Reflection from './+page.svelte';
import { municipality, utrecht } from '$lib/testing/places';

vi.mock('$app/navigation', () => ({ goto: vi.fn(), invalidate: vi.fn() }));
vi.mock('$app/state', () => ({
  page: { url: new URL('http://localhost/gemeenten/utrecht/opgaven/o/reflecties/r'), state: {} },
}));

const opgave = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Van bijstand naar werk',
  municipality: utrecht,
  phase: 'executing',
  procesregisseur: { id: 'sanne', displayName: 'Sanne' },
} as OpgaveRead;

const CONCLUSIONS = 'Werkgevers haken af zodra het over de loonkosten gaat.';
const closed: ReflectionRead = {
  id: '33333333-3333-4333-8333-333333333333',
  opgaveId: opgave.id,
  title: 'Terugblik met de wijk',
  heldOn: '2026-12-10',
  phase: 'executing',
  prompts: ['Wat ging goed?'],
  residentsInvited: true,
  status: 'closed',
  conclusions: CONCLUSIONS,
  summary: 'We gaan vaker de wijk in.',
  published: true,
  closedAt: '2026-12-11T10:00:00Z',
  closedBy: { id: 'sanne', displayName: 'Sanne', badge: null },
  entryCount: 1,
  proposals: [],
  followUp: [],
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-12-11T10:00:00Z',
};

function resident(): MeRead {
  return {
    id: 'fatima',
    email: 'fatima@example.org',
    displayName: 'Fatima',
    emailVerified: true,
    emailNotifications: 'immediately',
    language: 'nl',
    roles: [{ municipality: utrecht, role: 'inwoner' }],
    organisations: [],
    csrfToken: null,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

function renderPage(reflection: ReflectionRead) {
  return render(Reflection, {
    props: {
      data: {
        municipality,
        opgave,
        reflection,
        reflectionEtag: '"1"',
        actionLines: [],
        entries: [],
      },
    } as never,
  });
}

afterEach(() => {
  session.end();
});

describe("a closed reflection's page", () => {
  it('shows the conclusions to whom the API gives them (the team and staff)', () => {
    session.begin(resident(), 'csrf');
    renderPage(closed);
    expect(screen.getByRole('heading', { name: 'Conclusies' })).toBeVisible();
    expect(screen.getByText(CONCLUSIONS)).toBeVisible();
  });

  it('shows an invited resident, who reads the entries, the summary and no empty conclusions', () => {
    session.begin(resident(), 'csrf');
    renderPage({ ...closed, conclusions: '', followUp: [] });
    expect(screen.queryByRole('heading', { name: 'Conclusies' })).toBeNull();
    expect(screen.getByText('We gaan vaker de wijk in.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Wat de deelnemers schreven' })).toBeVisible();
  });
});
