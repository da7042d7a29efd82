import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem, type OpgaveRead, type ProposalRead } from '$lib/api';
import { Submission } from '$lib/forms/submission.svelte';
import { i18n } from '$lib/i18n/index.svelte';
import { answer } from '$lib/testing/answers';
import { session } from '$lib/session/index.svelte';
import IdeaCall from './IdeaCall.svelte';
import {
  hasIdeaFilters,
  ideaFiltersFrom,
  ideaFiltersQuery,
  ideaFiltersSearch,
  ideaListing,
} from './idea-filters';
import {
  createIdeaBody,
  emptyIdeaValues,
  ideaFields,
  ideaValuesOf,
  locationOf,
  similarText,
  updateIdeaBody,
} from './idea-form';
import IdeaForm from './IdeaForm.svelte';
import IdeaList from './IdeaList.svelte';
import MunicipalityAnswer from './MunicipalityAnswer.svelte';
import RespondForm from './RespondForm.svelte';
import SimilarIdeas from './SimilarIdeas.svelte';
import SupportButton from './SupportButton.svelte';
import { ideaSubmission, takingPart } from './taking-part';
import { account } from '$lib/testing/people';

const api = vi.hoisted(() => ({
  supportProposal: vi.fn(),
  withdrawSupport: vi.fn(),
  listProposals: vi.fn(),
  listPlaceSuggestions: vi.fn(),
  listSimilarProposals: vi.fn(),
  getProposal: vi.fn(),
  respondToProposal: vi.fn(),
}));
const navigation = vi.hoisted(() => ({ goto: vi.fn() }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));
vi.mock('$app/navigation', () => navigation);
vi.mock('$app/state', () => ({
  page: { url: new URL('http://localhost/gemeenten/utrecht/opgaven/o'), state: {} },
}));

const me = account({
  id: 'noor',
  email: 'noor@example.org',
  displayName: 'Noor uit Overvecht',
  roles: [{ municipality: { id: 'u', slug: 'utrecht', name: 'Utrecht' }, role: 'inwoner' }],
});

const opgave = {
  id: 'o',
  municipality: { id: 'u', slug: 'utrecht', name: 'Utrecht' },
  phase: 'exploring',
  proposalPhases: ['planning', 'exploring', 'formulating'],
} as OpgaveRead;

function idea(n: number, extra: Partial<ProposalRead> = {}): ProposalRead {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    opgaveId: 'o',
    title: `Idee ${n}`,
    body: '<p>Tekst</p>',
    author: { id: 'fatima', displayName: 'Fatima uit Overvecht', badge: null },
    organisation: null,
    actionLine: null,
    tasks: [],
    location: null,
    address: null,
    wijk: null,
    buurt: null,
    status: 'submitted',
    response: null,
    supportCount: 3,
    commentCount: 1,
    supportedByMe: false,
    hidden: false,
    hiddenReason: null,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    ...extra,
  };
}

const invalid = (name: string, code: string) =>
  new ApiError(
    toProblem(
      { status: 400, code: 'invalid_input', invalidParams: [{ name, code, reason: '' }] },
      new Response('', { status: 400 }),
    ),
  );

afterEach(() => {
  vi.resetAllMocks();
  vi.useRealTimers();
  session.end();
});

describe('taking part', () => {
  it('needs a signed-in account with a confirmed address', () => {
    expect(takingPart(null)).toBe('sign-in');
    expect(takingPart({ emailVerified: false })).toBe('verify');
    expect(takingPart({ emailVerified: true })).toBe('ok');
  });

  it('in a phase that takes ideas, and says which phases do, in their order', () => {
    expect(ideaSubmission(opgave, me)).toEqual({ state: 'open' });
    expect(ideaSubmission(opgave, null)).toEqual({ state: 'sign-in' });
    expect(ideaSubmission({ ...opgave, phase: 'executing' }, me)).toEqual({
      state: 'closed',
      phase: 'executing',
      open: ['exploring', 'formulating', 'planning'],
    });
  });

  it('is offered on the opgave, or explained', () => {
    const { unmount } = render(IdeaCall, { props: { opgave } });
    expect(screen.getByRole('link', { name: /Meld u aan om een idee in te dienen/ })).toHaveAttribute(
      'href',
      '/aanmelden?terug=%2Fgemeenten%2Futrecht%2Fopgaven%2Fo',
    );
    unmount();
    session.begin(me, 'csrf');
    const open = render(IdeaCall, { props: { opgave } });
    expect(screen.getByRole('link', { name: 'Dien een idee in' })).toHaveAttribute(
      'href',
      '/gemeenten/utrecht/opgaven/o/ideeen/nieuw',
    );
    open.unmount();
    render(IdeaCall, { props: { opgave: { ...opgave, phase: 'executing' } } });
    expect(screen.getByText(/Deze opgave is in de fase uitvoeren en monitoren\./)).toHaveTextContent(
      'Nieuwe ideeën kunnen alleen in de fasen verkennen, formuleren en plan van aanpak.',
    );
  });
});

describe('the filters of the ideas', () => {
  it('live in the address, in Dutch, and go to the API as its query', () => {
    const filters = ideaFiltersFrom(
      new URLSearchParams('q=koffie&status=adopted&actielijn=l&wijk=WK034404&volgorde=-supportCount'),
    );
    expect(filters).toEqual({
      q: 'koffie',
      status: 'adopted',
      actionLine: 'l',
      wijk: 'WK034404',
      sort: '-supportCount',
    });
    expect(ideaFiltersSearch(filters)).toBe(
      '?q=koffie&status=adopted&actielijn=l&wijk=WK034404&volgorde=-supportCount',
    );
    expect(ideaFiltersQuery(filters, 'c')).toEqual({
      q: 'koffie',
      status: 'adopted',
      actionLine: 'l',
      wijk: 'WK034404',
      sort: '-supportCount',
      cursor: 'c',
      limit: 20,
    });
    const none = ideaFiltersFrom(new URLSearchParams());
    expect(hasIdeaFilters(none)).toBe(false);
    expect(ideaFiltersSearch(none)).toBe('');
    expect(ideaFiltersQuery({ ...none, q: '  ' })).toEqual({ limit: 20 });
  });

  it('that the API refuses come back as the problem to show at the field', async () => {
    api.listProposals.mockRejectedValueOnce(invalid('status', 'invalid_choice'));
    const listing = await ideaListing('o', { q: '', status: 'nope', actionLine: '', wijk: '', sort: '' });
    expect(listing.list).toBeNull();
    expect(listing.problem?.invalidParams?.[0]?.name).toBe('status');
  });
});

describe('the list of ideas', () => {
  const filters = { q: '', status: '', actionLine: '', wijk: '', sort: '' };
  const lines = [{ id: 'l1', opgaveId: 'o', position: 1, title: 'Ontmoeten', goal: '' }];

  it('says politely how many it found, and loads more with the same search', async () => {
    const user = userEvent.setup();
    api.listProposals.mockResolvedValue(answer({ items: [idea(3)], nextCursor: null }));
    render(IdeaList, {
      props: {
        slug: 'utrecht',
        opgaveId: 'o',
        actionLines: lines,
        initial: { filters, list: { items: [idea(1), idea(2)], nextCursor: 'next' }, problem: null },
      },
    });
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('2 ideeën getoond. Er zijn er meer.');
    await user.click(screen.getByRole('button', { name: 'Meer ideeën laden' }));
    expect(api.listProposals).toHaveBeenCalledWith({
      path: { id: 'o' },
      query: { cursor: 'next', limit: 20 },
    });
    expect(screen.getByRole('link', { name: 'Idee 3' })).toHaveFocus();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('3 ideeën gevonden.');
  });

  it('searches through the address, keeping focus where it is', async () => {
    const user = userEvent.setup();
    render(IdeaList, {
      props: {
        slug: 'utrecht',
        opgaveId: 'o',
        actionLines: lines,
        initial: { filters, list: { items: [], nextCursor: null }, problem: null },
      },
    });
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Er zijn nog geen ideeën.');
    await user.type(screen.getByLabelText('Zoekwoorden'), 'koffie');
    await user.selectOptions(screen.getByLabelText('Actielijn'), 'l1');
    await user.selectOptions(screen.getByLabelText('Volgorde'), '-trendingCount');
    await user.click(screen.getByRole('button', { name: 'Toon ideeën' }));
    expect(navigation.goto).toHaveBeenCalledWith(
      '/gemeenten/utrecht/opgaven/o?q=koffie&actielijn=l1&volgorde=-trendingCount',
      { keepFocus: true, noScroll: true, state: { keepFocus: true } },
    );
  });

  it('shows what the API says about a filter at its field', () => {
    // The address has no search: the list asks for the plain one, and gets it.
    api.listProposals.mockResolvedValue(answer({ items: [], nextCursor: null }));
    render(IdeaList, {
      props: {
        slug: 'utrecht',
        opgaveId: 'o',
        actionLines: lines,
        initial: {
          filters: { ...filters, q: 'x'.repeat(300) },
          list: null,
          problem: invalid('q', 'too_long').problem,
        },
      },
    });
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(
      'Zoekwoorden mag hoogstens 200 tekens lang zijn.',
    );
  });

  it('shows each idea with its status, author, action line and numbers', () => {
    render(IdeaList, {
      props: {
        slug: 'utrecht',
        opgaveId: 'o',
        actionLines: lines,
        initial: {
          filters,
          list: {
            items: [
              idea(1, {
                status: 'adopted',
                organisation: { id: 'w', name: 'Werkgeversservicepunt' },
                actionLine: { id: 'l1', title: 'Ontmoeten' },
                response: { text: 'Ja.', respondedBy: null, respondedAt: '2026-03-02T10:00:00Z' },
              }),
            ],
            nextCursor: null,
          },
          problem: null,
        },
      },
    });
    const card = screen.getByRole('listitem');
    expect(within(card).getByRole('link', { name: 'Idee 1' })).toHaveAttribute(
      'href',
      `/gemeenten/utrecht/opgaven/o/ideeen/${idea(1).id}`,
    );
    expect(card).toHaveTextContent('Overgenomen');
    expect(card).toHaveTextContent('Door Fatima uit Overvecht, namens Werkgeversservicepunt');
    expect(card).toHaveTextContent('Actielijn: Ontmoeten');
    expect(card).toHaveTextContent('De gemeente heeft gereageerd.');
    expect(card).toHaveTextContent('3 keer gesteund');
    expect(card).toHaveTextContent('1 reactie');
  });
});

describe('support', () => {
  it('is a toggle button whose count follows the API, said politely', async () => {
    const user = userEvent.setup();
    session.begin(me, 'csrf');
    api.supportProposal.mockResolvedValueOnce(answer({ supportedByMe: true, supportCount: 4 }));
    api.withdrawSupport.mockResolvedValueOnce(answer({ supportedByMe: false, supportCount: 3 }));
    render(SupportButton, {
      props: { proposalId: 'p', supportCount: 3, supportedByMe: false, supportable: true },
    });
    const button = screen.getByRole('button', { name: 'Steun dit idee' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(api.supportProposal).toHaveBeenLastCalledWith({ path: { id: 'p' } });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('4 keer gesteund')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('U steunt dit idee. Het is nu 4 keer gesteund.');
    await user.click(button);
    expect(api.withdrawSupport).toHaveBeenLastCalledWith({ path: { id: 'p' } });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent(
      'U steunt dit idee niet meer. Het is nu 3 keer gesteund.',
    );
  });

  it('names its idea where several share a page', () => {
    session.begin(me, 'csrf');
    render(SupportButton, {
      props: { proposalId: 'p', supportCount: 1, supportedByMe: true, supportable: true, title: 'Koffie' },
    });
    expect(screen.getByRole('button', { name: 'Steunen (Koffie)' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says why it cannot be given: signed out, or an idea past supporting', async () => {
    const { unmount } = render(SupportButton, {
      props: { proposalId: 'p', supportCount: 1, supportedByMe: false, supportable: true },
    });
    expect(screen.getByRole('link', { name: 'Meld u aan om dit idee te steunen' })).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    session.begin(me, 'csrf');
    render(SupportButton, {
      props: { proposalId: 'p', supportCount: 1, supportedByMe: false, supportable: false },
    });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('1 keer gesteund')).toBeVisible();
  });

  it('says what went wrong', async () => {
    const user = userEvent.setup();
    session.begin(me, 'csrf');
    api.supportProposal.mockRejectedValue(
      new ApiError(toProblem({ status: 409, code: 'not_supportable' }, new Response('', { status: 409 }))),
    );
    render(SupportButton, {
      props: { proposalId: 'p', supportCount: 1, supportedByMe: false, supportable: true },
    });
    await user.click(screen.getByRole('button', { name: 'Steun dit idee' }));
    expect(screen.getByRole('status')).toHaveTextContent('Dit idee kan niet (meer) worden gesteund.');
  });
});

describe('similar ideas', () => {
  it('are asked for when typing pauses, the newest question only, and can be supported there', async () => {
    vi.useFakeTimers();
    session.begin(me, 'csrf');
    api.listSimilarProposals.mockResolvedValue(
      answer({ items: [{ id: 'k', title: 'Koffie op het plein', status: 'submitted', supportCount: 4 }] }),
    );
    api.getProposal.mockResolvedValue(answer(idea(9, { id: 'k', supportCount: 4, supportedByMe: true })));
    const view = render(SimilarIdeas, { props: { slug: 'utrecht', opgaveId: 'o', text: 'ko', delay: 300 } });
    await vi.advanceTimersByTimeAsync(500);
    expect(api.listSimilarProposals).not.toHaveBeenCalled();
    await view.rerender({ slug: 'utrecht', opgaveId: 'o', text: 'koffie', delay: 300 });
    await vi.advanceTimersByTimeAsync(100);
    await view.rerender({ slug: 'utrecht', opgaveId: 'o', text: 'koffie plein', delay: 300 });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.listSimilarProposals).toHaveBeenCalledTimes(1);
    expect(api.listSimilarProposals).toHaveBeenCalledWith({
      path: { id: 'o' },
      query: { text: 'koffie plein' },
      signal: expect.any(AbortSignal),
    });
    const region = screen.getByRole('region', { name: 'Lijkt uw idee op een van deze?' });
    const link = within(region).getByRole('link', {
      name: /^Koffie op het plein ?\(opent in een nieuw tabblad\)$/,
    });
    expect(link).toHaveAttribute('href', '/gemeenten/utrecht/opgaven/o/ideeen/k');
    expect(link).toHaveAttribute('target', '_blank');
    expect(within(region).getByRole('button', { name: 'Steunen (Koffie op het plein)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Er is 1 idee dat lijkt op het uwe.');
  });

  it('stay away when there are none, or cannot be had', async () => {
    vi.useFakeTimers();
    api.listSimilarProposals.mockRejectedValue(new Error('offline'));
    render(SimilarIdeas, { props: { slug: 'utrecht', opgaveId: 'o', text: 'koffie', delay: 10 } });
    await vi.advanceTimersByTimeAsync(50);
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('the idea form', () => {
  it('sends typed text as the API’s HTML, leaving blanks out so the API names them', () => {
    expect(createIdeaBody(emptyIdeaValues())).toEqual({});
    expect(
      createIdeaBody({
        title: ' Koffie ',
        body: 'Op het plein.\n\n- koffie',
        actionLineId: 'l1',
        latitude: '52,1075',
        longitude: '5.1128',
        placeId: '',
        placeLabel: '',
        organisationId: 'w',
      }),
    ).toEqual({
      title: 'Koffie',
      body: '<p>Op het plein.</p><ul><li>koffie</li></ul>',
      actionLineId: 'l1',
      organisationId: 'w',
      location: { latitude: 52.1075, longitude: 5.1128 },
    });
  });

  it('leaves a coordinate the API must judge as typed, and a missing one out', () => {
    expect(locationOf({ latitude: '', longitude: '' })).toBeNull();
    expect(locationOf({ latitude: '52', longitude: '' })).toEqual({ latitude: 52 });
    expect(locationOf({ latitude: 'noord', longitude: '5' })).toEqual({ latitude: 'noord', longitude: 5 });
  });

  it('changes every field, so clearing one clears it', () => {
    const values = ideaValuesOf(
      idea(1, {
        body: '<p>Op het plein.</p><ul><li>koffie</li></ul>',
        location: { latitude: 52.1, longitude: 5.1 },
        actionLine: { id: 'l1', title: 'Ontmoeten' },
      }),
    );
    expect(values).toMatchObject({ body: 'Op het plein.\n\n- koffie', latitude: '52.1', actionLineId: 'l1' });
    expect(updateIdeaBody({ ...values, latitude: '', longitude: '', actionLineId: '' })).toEqual({
      title: 'Idee 1',
      body: '<p>Op het plein.</p><ul><li>koffie</li></ul>',
      actionLineId: null,
      location: null,
    });
    expect(similarText({ title: 'Koffie', body: 'op\n\nhet plein' })).toBe('Koffie op het plein');
  });
});

describe('the idea form', () => {
  const props = {
    slug: 'utrecht',
    opgaveId: 'o',
    actionLines: [{ id: 'l1', opgaveId: 'o', position: 1, title: 'Ontmoeten', goal: '' }],
    organisations: [{ id: 'w', name: 'Werkgeversservicepunt' }],
    form: new Submission(() => ideaFields(i18n.t)),
    cancelHref: '/gemeenten/utrecht/opgaven/o' as const,
    onsubmit: vi.fn(),
  };

  it('asks members of an organisation on whose behalf they submit, and offers the action lines', async () => {
    const user = userEvent.setup();
    const values = emptyIdeaValues();
    render(IdeaForm, { props: { ...props, mode: 'create', values } });
    const behalf = screen.getByRole('group', { name: 'Namens' });
    expect(within(behalf).getByRole('radio', { name: 'Mijzelf' })).toBeChecked();
    await user.click(within(behalf).getByRole('radio', { name: 'Werkgeversservicepunt' }));
    await user.selectOptions(screen.getByLabelText('Actielijn'), 'l1');
    expect(values.organisationId).toBe('w');
    expect(values.actionLineId).toBe('l1');
    expect(screen.getByRole('group', { name: /^Of een punt op de kaart/ })).toBeVisible();
  });

  it('places the idea by an address found through the API, or says when the search cannot be reached', async () => {
    const user = userEvent.setup();
    const values = emptyIdeaValues();
    api.listPlaceSuggestions.mockResolvedValueOnce(
      answer({ items: [{ id: 'adr-0123456789abcdef', label: 'Stadhuisbrug 1, 3511BM Utrecht' }] }),
    );
    render(IdeaForm, { props: { ...props, mode: 'create', values } });
    await user.type(screen.getByLabelText('Adres'), 'stadhuisbrug{Enter}');
    expect(api.listPlaceSuggestions).toHaveBeenCalledWith({
      query: { q: 'stadhuisbrug', municipality: 'utrecht' },
    });
    await user.click(screen.getByRole('radio', { name: 'Stadhuisbrug 1, 3511BM Utrecht' }));
    expect(values.placeId).toBe('adr-0123456789abcdef');
    expect(screen.getByText('Gekozen adres: Stadhuisbrug 1, 3511BM Utrecht.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(createIdeaBody({ ...values, title: 'Bank', body: 'Zitten' })).toEqual({
      title: 'Bank',
      body: '<p>Zitten</p>',
      placeId: 'adr-0123456789abcdef',
    });
  });

  it('says when the address search cannot be reached, and keeps the point', async () => {
    const user = userEvent.setup();
    render(IdeaForm, { props: { ...props, mode: 'create', values: emptyIdeaValues() } });
    api.listPlaceSuggestions.mockRejectedValueOnce(new Error('502'));
    await user.type(screen.getByLabelText('Adres'), 'kanaal');
    await user.click(screen.getByRole('button', { name: 'Zoek adres' }));
    expect(screen.getByText(/De adreszoeker is nu niet bereikbaar/)).toBeVisible();
    expect(screen.getByRole('group', { name: /^Of een punt/ })).toBeVisible();
  });

  it('shows a coordinate the API refused at its field', () => {
    const refused = new Submission(() => ideaFields(i18n.t));
    refused.problem = toProblem({
      status: 400,
      code: 'invalid_input',
      invalidParams: [{ name: 'location.latitude', code: 'range', reason: 'between -90 and 90' }],
    });
    render(IdeaForm, {
      props: {
        ...props,
        mode: 'edit',
        values: emptyIdeaValues(),
        form: refused,
      },
    });
    expect(screen.getByLabelText('Breedtegraad')).toHaveAttribute('aria-invalid', 'true');
    // Changing an idea: no organisation to choose any more, and no similar ideas asked for.
    expect(screen.queryByRole('group', { name: 'Namens' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeVisible();
  });
});

describe('the municipality’s answer', () => {
  it('shows the status, the text as text, and who answered when', () => {
    render(MunicipalityAnswer, {
      props: {
        proposal: {
          status: 'declined',
          response: {
            text: '<b>Nee</b>, want het plein wordt verbouwd.',
            respondedBy: { id: 's', displayName: 'Sanne de Vries', badge: null },
            respondedAt: '2026-03-02T10:00:00Z',
          },
        },
      },
    });
    expect(screen.getByText('Afgewezen')).toBeVisible();
    expect(screen.getByText('<b>Nee</b>, want het plein wordt verbouwd.')).toBeVisible();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText('Sanne de Vries, 2 maart 2026')).toBeVisible();
  });

  it('or that there is none yet', () => {
    render(MunicipalityAnswer, { props: { proposal: { status: 'submitted', response: null } } });
    expect(screen.getByText('De gemeente heeft nog niet gereageerd.')).toBeVisible();
  });
});

describe('answering an idea (staff)', () => {
  it('offers only the statuses the API allows from here, and sends the answer with a key', async () => {
    const user = userEvent.setup();
    api.respondToProposal.mockResolvedValue(answer(idea(1, { status: 'under_review' })));
    const onchanged = vi.fn();
    render(RespondForm, { props: { proposal: idea(1), onchanged } });
    const group = screen.getByRole('group', { name: 'Nieuwe status' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['under_review', 'declined']);
    await user.type(screen.getByLabelText('Reactie van de gemeente'), 'We kijken ernaar.');
    await user.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    expect(api.respondToProposal).toHaveBeenCalledWith({
      path: { id: idea(1).id },
      body: { status: 'under_review', text: 'We kijken ernaar.' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalled();
    expect(screen.getByText('Uw reactie is geplaatst. Het idee is nu: in behandeling.')).toBeVisible();
  });

  it('shows a missing reason at its field', async () => {
    const user = userEvent.setup();
    api.respondToProposal.mockRejectedValue(invalid('text', 'required'));
    render(RespondForm, { props: { proposal: idea(1, { status: 'under_review' }) } });
    expect(screen.getByRole('radio', { name: 'In behandeling (alleen een nieuwe reactie)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Afgewezen' }));
    await user.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    expect(screen.getByRole('link', { name: 'Vul het veld ‘Reactie van de gemeente’ in.' })).toBeVisible();
    expect(screen.getByLabelText('Reactie van de gemeente')).toHaveAttribute('aria-invalid', 'true');
  });
});
