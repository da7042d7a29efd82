import { render, screen, within } from '@testing-library/svelte';
import { person } from '$lib/testing/people';
import { apiError } from '$lib/testing/answers';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ActionLineRead,
  type FormulationRead,
  type OpgaveListItem,
  type OpgaveRead,
  type TeamMemberRead,
  type TimelineEventRead as TimelineEvent,
} from '$lib/api';
import { answer, versioned } from '$lib/testing/answers';
import { formatDate, formatEuros } from '$lib/i18n/format';
import { i18n } from '$lib/i18n/index.svelte';
import { session } from '$lib/session/index.svelte';
import ActionLines from './ActionLines.svelte';
import { filtersFrom, filtersQuery, filtersSearch, hasFilters } from './filters';
import Formulations from './Formulations.svelte';
import ManageOpgave from './ManageOpgave.svelte';
import OpgaveCard from './OpgaveCard.svelte';
import { areaList, createBody, emptyValues, updateBody, valuesOf } from './opgave-form';
import Participation from './Participation.svelte';
import PhaseIndicator from './PhaseIndicator.svelte';
import Team from './Team.svelte';
import Timeline from './Timeline.svelte';

const api = vi.hoisted(() => ({
  transitionOpgavePhase: vi.fn(),
  updateOpgave: vi.fn(),
  adoptFormulation: vi.fn(),
  addTeamMember: vi.fn(),
  updateTeamMember: vi.fn(),
  followOpgave: vi.fn(),
  unfollowOpgave: vi.fn(),
  getActionLine: vi.fn(),
  updateActionLine: vi.fn(),
  deleteActionLine: vi.fn(),
  createActionLine: vi.fn(),
}));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/gemeenten/utrecht/opgaven/o') } }));

const sanne = { id: 'sanne', displayName: 'Sanne de Vries', badge: null };
const utrecht = { id: 'u', slug: 'utrecht', name: 'Utrecht' };

const opgave: OpgaveRead = {
  id: '0952db90-8453-5fb1-a1be-a3cbb11556b3',
  municipality: utrecht,
  slug: 'bijstand-naar-werk',
  title: 'Van bijstand naar werk, samen',
  summary: 'Hulp die past.',
  phase: 'executing',
  domains: [{ slug: 'werk-en-inkomen', name: 'Werk en inkomen' }],
  published: true,
  startDate: '2024-03-01',
  endDate: null,
  counts: {
    proposals: 2,
    supporters: 1,
    members: 7,
    openTasks: 0,
    budgetTotalCents: 1_000_000,
    budgetGrantedCents: 250_000,
  },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  formulation: 'Hoe zorgen we samen …?',
  targetGroup: 'Bijstandsgerechtigden',
  area: ['Overvecht'],
  proposalPhases: ['exploring'],
  procesregisseur: sanne,
  followedByMe: false,
};

afterEach(() => {
  vi.resetAllMocks();
  session.end();
  i18n.locale = 'nl';
});

describe('the phase indicator', () => {
  it('lists all five phases and marks the current one, in words too', () => {
    render(PhaseIndicator, { props: { phase: 'planning' } });
    const steps = screen.getAllByRole('listitem');
    expect(steps).toHaveLength(5);
    expect(steps.map((step) => step.getAttribute('aria-current'))).toEqual([null, null, 'step', null, null]);
    expect(steps[2]).toHaveTextContent('Plan van aanpak huidige fase');
    expect(steps[0]).toHaveTextContent('Verkennen (gedaan)');
    expect(steps[4]).toHaveTextContent('Afgerond (nog niet begonnen)');
  });
});

describe('the timeline', () => {
  const event = (extra: Partial<TimelineEvent>): TimelineEvent => ({
    id: Math.random().toString(36),
    kind: 'opgave_created',
    title: 'De opgave is aangemaakt.',
    details: {},
    actor: sanne,
    objectType: null,
    objectId: null,
    createdAt: '2026-08-30T14:00:00Z',
    ...extra,
  });

  it('says what happened, when, by whom and why', () => {
    render(Timeline, {
      props: {
        events: [
          event({}),
          event({
            kind: 'phase_changed',
            details: {
              from: 'planning',
              to: 'formulating',
              direction: 'back',
              reason: 'Te veel vanuit de gemeente.',
            } as never,
          }),
          event({ kind: 'budget_granted', title: 'Budget toegekend.', actor: null }),
        ],
      },
    });
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('De opgave is aangemaakt.');
    expect(items[0]).toHaveTextContent('Door Sanne de Vries');
    expect(items[0]!.querySelector('time')).toHaveAttribute('datetime', '2026-08-30T14:00:00Z');
    expect(items[0]).toHaveTextContent('30 augustus 2026');
    expect(items[1]).toHaveTextContent('Terug van plan van aanpak naar formuleren');
    expect(items[1]).toHaveTextContent('Waarom: Te veel vanuit de gemeente.');
    // A milestone the site does not know yet: the API's own Dutch title.
    expect(within(items[2]!).getByText('Budget toegekend.')).toHaveAttribute('lang', 'nl');
    expect(items[2]).toHaveTextContent('Door Samenspel');
  });

  it('follows the language', () => {
    i18n.locale = 'en';
    render(Timeline, {
      props: {
        events: [
          event({
            kind: 'phase_changed',
            details: { from: 'exploring', to: 'formulating', direction: 'forward', reason: '' } as never,
          }),
        ],
      },
    });
    expect(screen.getByRole('listitem')).toHaveTextContent('From exploring to formulating');
    expect(screen.getByRole('listitem')).toHaveTextContent('30 August 2026');
  });
});

describe('an opgave card', () => {
  const item: OpgaveListItem = { ...opgave };

  it('links to the opgave in its municipality and says its phase, domains and numbers', () => {
    render(OpgaveCard, { props: { opgave: item, level: 3 } });
    expect(screen.getByRole('heading', { level: 3, name: 'Van bijstand naar werk, samen' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Van bijstand naar werk, samen' })).toHaveAttribute(
      'href',
      '/gemeenten/utrecht/opgaven/0952db90-8453-5fb1-a1be-a3cbb11556b3',
    );
    expect(screen.getByText(/Uitvoeren en monitoren/)).toBeVisible();
    expect(screen.getByRole('list', { name: 'Beleidsdomeinen' })).toHaveTextContent('Werk en inkomen');
    expect(screen.getByRole('list', { name: 'In cijfers' })).toHaveTextContent(
      /7 deelnemers\s*2 ideeën\s*1 steunbetuiging\s*0 open taken\s*€ 2\.500 van € 10\.000 budget toegekend/,
    );
    expect(screen.queryByText('Concept')).toBeNull();
  });

  it('marks a draft', () => {
    render(OpgaveCard, { props: { opgave: { ...item, published: false } } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Concept');
  });
});

describe('running the phase', () => {
  it('moves the procesregisseur one step forward, with a key', async () => {
    const user = userEvent.setup();
    session.begin(person('sanne', 'medewerker', utrecht), 'csrf');
    const onchanged = vi.fn();
    api.transitionOpgavePhase.mockResolvedValue(answer({}));
    render(ManageOpgave, { props: { opgave, etag: '"1"', onchanged } });
    await user.click(screen.getByRole('button', { name: 'Naar de volgende fase: afgerond' }));
    expect(api.transitionOpgavePhase).toHaveBeenCalledWith({
      path: { id: opgave.id },
      body: { toPhase: 'completed' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalled();
    expect(await screen.findByText(/De opgave is nu in de fase afgerond/)).toBeVisible();
  });

  it('moves back only with a reason, and shows the API saying so at the field', async () => {
    const user = userEvent.setup();
    session.begin(person('sanne', 'medewerker', utrecht), 'csrf');
    api.transitionOpgavePhase.mockRejectedValueOnce(
      apiError(400, 'invalid_input', [{ name: 'reason', code: 'required', reason: '' }]),
    );
    api.transitionOpgavePhase.mockResolvedValueOnce(answer({}));
    render(ManageOpgave, { props: { opgave, etag: '"1"' } });
    const back = screen.getByRole('button', { name: 'Terug naar plan van aanpak' });
    await user.click(back);
    // Blank: no reason sent, so the API names it as required.
    expect(api.transitionOpgavePhase).toHaveBeenLastCalledWith({
      path: { id: opgave.id },
      body: { toPhase: 'planning' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    const summary = await screen.findByRole('region', { name: /Controleer het volgende/ });
    expect(summary).toHaveTextContent('Vul het veld ‘Reden’ in.');
    await tick();
    expect(summary).toHaveFocus();
    await user.type(screen.getByLabelText('Reden'), 'De klankbordgroep wil het anders.');
    await user.click(back);
    expect(api.transitionOpgavePhase).toHaveBeenLastCalledWith({
      path: { id: opgave.id },
      body: { toPhase: 'planning', reason: 'De klankbordgroep wil het anders.' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(await screen.findByText(/teruggezet naar de fase plan van aanpak/)).toBeVisible();
  });

  it('tells other staff who may change the phase', () => {
    session.begin(person('ahmed', 'medewerker', utrecht), 'csrf');
    render(ManageOpgave, { props: { opgave, etag: '"1"' } });
    expect(screen.queryByRole('button', { name: /volgende fase/ })).toBeNull();
    expect(screen.getByText(/Alleen de procesregisseur \(Sanne de Vries\) of een beheerder/)).toBeVisible();
  });

  it('lets a beheerder change the phase, and says plainly when the API refuses', async () => {
    const user = userEvent.setup();
    session.begin(person('beheerder', 'beheerder', utrecht), 'csrf');
    api.transitionOpgavePhase.mockRejectedValue(apiError(403, 'forbidden'));
    render(ManageOpgave, { props: { opgave, etag: '"1"' } });
    await user.click(screen.getByRole('button', { name: 'Naar de volgende fase: afgerond' }));
    expect(await screen.findByRole('region', { name: /Controleer het volgende/ })).toHaveTextContent(
      'Alleen de procesregisseur of een beheerder van de gemeente kan de fase wijzigen.',
    );
  });

  it('publishes a draft with its ETag', async () => {
    const user = userEvent.setup();
    session.begin(person('ahmed', 'medewerker', utrecht), 'csrf');
    api.updateOpgave.mockResolvedValue(answer({}));
    render(ManageOpgave, { props: { opgave: { ...opgave, published: false }, etag: '"7"' } });
    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    expect(api.updateOpgave).toHaveBeenCalledWith({
      path: { id: opgave.id },
      body: { published: true },
      headers: { 'If-Match': '"7"' },
    });
    expect(await screen.findByText(/De opgave is gepubliceerd/)).toBeVisible();
  });
});

describe('publishing over a change made meanwhile', () => {
  it('loads the opgave again and says so', async () => {
    const user = userEvent.setup();
    session.begin(person('ahmed', 'medewerker', utrecht), 'csrf');
    const onchanged = vi.fn();
    api.updateOpgave.mockRejectedValue(apiError(412, 'precondition_failed'));
    render(ManageOpgave, { props: { opgave: { ...opgave, published: false }, etag: '"7"', onchanged } });
    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    expect(onchanged).toHaveBeenCalled();
    expect(await screen.findByText(/Iemand anders heeft de opgave intussen gewijzigd/)).toBeVisible();
  });
});

describe('the formulations', () => {
  const version = (id: string, extra: Partial<FormulationRead>): FormulationRead => ({
    id,
    opgaveId: opgave.id,
    text: `Tekst ${id}`,
    rationale: '',
    proposedBy: { id: 'f', displayName: 'Fatima', badge: null },
    adoptedAt: null,
    adoptedBy: null,
    current: false,
    createdAt: '2026-05-02T10:00:00Z',
    ...extra,
  });
  const formulations = [
    version('oud', { adoptedAt: '2026-05-03T10:00:00Z', adoptedBy: sanne }),
    version('nu', {
      adoptedAt: '2026-06-03T10:00:00Z',
      adoptedBy: sanne,
      current: true,
      rationale: 'Uit de sessies.',
    }),
    version('idee', {}),
  ];

  it('show the current one with who proposed and adopted it, and keep the earlier versions', () => {
    render(Formulations, { props: { formulations } });
    const current = screen.getByText('Tekst nu').closest('figure')!;
    expect(current).toHaveTextContent('Voorgesteld door Fatima op 2 mei 2026.');
    expect(current).toHaveTextContent('Aangenomen door Sanne de Vries op 3 juni 2026.');
    expect(current).toHaveTextContent('Toelichting: Uit de sessies.');
    expect(screen.getByRole('heading', { name: 'Voorgestelde formuleringen' })).toBeVisible();
    expect(screen.getByText('Eerdere versies (1)')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Neem deze formulering aan' })).toBeNull();
  });

  it('let staff adopt a proposal', async () => {
    const user = userEvent.setup();
    const onchanged = vi.fn();
    api.adoptFormulation.mockResolvedValue(answer({}));
    render(Formulations, { props: { formulations, canAdopt: true, onchanged } });
    const proposal = screen.getByText('Tekst idee').closest('li')!;
    await user.click(within(proposal).getByRole('button', { name: 'Neem deze formulering aan' }));
    expect(api.adoptFormulation).toHaveBeenCalledWith({
      path: { id: 'idee' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(onchanged).toHaveBeenCalled();
    expect(await screen.findByText(/De formulering is aangenomen/)).toBeVisible();
  });
});

describe('taking part', () => {
  const resident = (status: TeamMemberRead['status']): TeamMemberRead => ({
    id: 'm',
    opgaveId: opgave.id,
    person: { id: 'fatima', displayName: 'Fatima', badge: null },
    organisation: null,
    role: 'resident',
    partnerRole: null,
    status,
    createdAt: '2026-01-01T00:00:00Z',
  });

  it('asks someone signed out to sign in, and come back here', () => {
    render(Participation, { props: { opgave, members: [] } });
    expect(screen.getByRole('link', { name: /Meld u aan om deze opgave te volgen/ })).toHaveAttribute(
      'href',
      '/aanmelden?terug=%2Fgemeenten%2Futrecht%2Fopgaven%2Fo',
    );
  });

  it('follows and unfollows, saying so politely', async () => {
    const user = userEvent.setup();
    session.begin(person('fatima', 'inwoner', utrecht), 'csrf');
    render(Participation, { props: { opgave, members: [] } });
    await user.click(screen.getByRole('button', { name: 'Volg deze opgave' }));
    expect(api.followOpgave).toHaveBeenCalledWith({ path: { id: opgave.id } });
    expect(screen.getByRole('status')).toHaveTextContent('U volgt deze opgave.');
    await user.click(screen.getByRole('button', { name: 'Niet meer volgen' }));
    expect(api.unfollowOpgave).toHaveBeenCalledWith({ path: { id: opgave.id } });
    expect(screen.getByRole('status')).toHaveTextContent('U volgt deze opgave niet meer.');
  });

  it('asks to join as a resident, and then says the municipality decides', async () => {
    const user = userEvent.setup();
    session.begin(person('fatima', 'inwoner', utrecht), 'csrf');
    api.addTeamMember.mockResolvedValue(answer(resident('requested')));
    const view: ReturnType<typeof render<typeof Participation>> = render(Participation, {
      props: {
        opgave,
        members: [],
        onchanged: (): Promise<void> => view.rerender({ opgave, members: [resident('requested')] }),
      },
    });
    await user.click(screen.getByRole('button', { name: 'Ik wil meedoen' }));
    expect(api.addTeamMember).toHaveBeenCalledWith({
      path: { id: opgave.id },
      body: { role: 'resident' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(await screen.findByText(/De gemeente beslist over uw verzoek/)).toBeVisible();
  });

  it('accepts an invitation', async () => {
    const user = userEvent.setup();
    session.begin(person('fatima', 'inwoner', utrecht), 'csrf');
    render(Participation, { props: { opgave, members: [resident('invited')] } });
    await user.click(screen.getByRole('button', { name: 'Uitnodiging aannemen' }));
    expect(api.updateTeamMember).toHaveBeenCalledWith({ path: { id: 'm' }, body: { status: 'active' } });
  });
});

describe('the team', () => {
  const members: TeamMemberRead[] = [
    {
      id: '1',
      opgaveId: 'o',
      person: sanne,
      organisation: null,
      role: 'procesregisseur',
      partnerRole: null,
      status: 'active',
      createdAt: '',
    },
    {
      id: '2',
      opgaveId: 'o',
      person: null,
      organisation: { id: 'b', name: 'Schuldhulpmaatje' },
      role: 'partner',
      partnerRole: 'co_owner',
      status: 'active',
      createdAt: '',
    },
    {
      id: '3',
      opgaveId: 'o',
      person: { id: 'p', displayName: 'Peter', badge: null },
      organisation: null,
      role: 'resident',
      partnerRole: null,
      status: 'requested',
      createdAt: '',
    },
  ];

  it('names every role in Dutch', () => {
    render(Team, { props: { opgaveId: 'o', members } });
    expect(screen.getByText('Sanne de Vries').parentElement).toHaveTextContent('Procesregisseur');
    expect(screen.getByText('Schuldhulpmaatje').parentElement).toHaveTextContent('Partner – mede-eigenaar');
    expect(screen.getByText('Peter').parentElement).toHaveTextContent('Inwoner Wil meedoen');
    expect(screen.queryByRole('button', { name: /Goedkeuren/ })).toBeNull();
  });

  it('lets staff approve a request and invite by email', async () => {
    const user = userEvent.setup();
    api.updateTeamMember.mockResolvedValue(answer({}));
    api.addTeamMember.mockRejectedValueOnce(
      apiError(400, 'invalid_input', [{ name: 'email', code: 'pattern', reason: '' }]),
    );
    api.addTeamMember.mockResolvedValueOnce(answer({}));
    render(Team, { props: { opgaveId: 'o', members, canManage: true } });
    await user.click(screen.getByRole('button', { name: 'Goedkeuren (Peter)' }));
    expect(api.updateTeamMember).toHaveBeenCalledWith({ path: { id: '3' }, body: { status: 'active' } });
    expect(await screen.findByText('Peter zit nu in het team.')).toBeVisible();

    await user.type(screen.getByLabelText('E-mailadres'), 'niemand@example.org');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(api.addTeamMember).toHaveBeenCalledWith({
      path: { id: 'o' },
      body: { email: 'niemand@example.org', role: 'core_team' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(await screen.findByLabelText('E-mailadres')).toHaveAccessibleDescription(
      /heeft niet de juiste vorm/,
    );
    await user.selectOptions(screen.getByLabelText('Rol in het team'), 'resident');
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(api.addTeamMember).toHaveBeenLastCalledWith({
      path: { id: 'o' },
      body: { email: 'niemand@example.org', role: 'resident' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    // Every address gets the same answer: an invitation, whether it has an account or not.
    expect(await screen.findByText(/uitnodiging gestuurd naar niemand@example.org/)).toBeVisible();
  });
});

describe('action lines', () => {
  const line: ActionLineRead = {
    id: 'l',
    opgaveId: 'o',
    position: 1,
    title: 'Creëren passende banen',
    goal: 'Banen die passen.',
  };

  it('are a numbered list with their goals', () => {
    render(ActionLines, { props: { opgaveId: 'o', lines: [line] } });
    expect(screen.getByRole('heading', { level: 3, name: 'Creëren passende banen' })).toBeVisible();
    expect(screen.getByText('Banen die passen.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Wijzigen/ })).toBeNull();
  });

  it('are changed with the ETag as opened, and a change meanwhile is said plainly, keeping what was typed', async () => {
    const user = userEvent.setup();
    api.getActionLine.mockResolvedValueOnce(versioned(line, '"1"'));
    api.updateActionLine.mockRejectedValueOnce(apiError(412, 'precondition_failed'));
    api.getActionLine.mockResolvedValueOnce(versioned({ ...line, title: 'Elders gewijzigd' }, '"2"'));
    api.updateActionLine.mockResolvedValueOnce(versioned({ ...line, title: 'Passende banen' }, '"3"'));
    render(ActionLines, { props: { opgaveId: 'o', lines: [line], canManage: true } });
    await user.click(screen.getByRole('button', { name: 'Wijzigen (Creëren passende banen)' }));
    const form = () => within(screen.getByRole('form', { name: /Actielijn ‘.*’ wijzigen/ }));
    const title = form().getByLabelText('Titel van de actielijn');
    await tick();
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Passende banen');
    await user.click(screen.getByRole('button', { name: 'Actielijn opslaan' }));
    expect(api.updateActionLine).toHaveBeenCalledWith({
      path: { id: 'l' },
      body: { title: 'Passende banen', goal: 'Banen die passen.' },
      headers: { 'If-Match': '"1"' },
    });
    expect(await screen.findByText(/Iemand anders heeft deze actielijn intussen gewijzigd/)).toBeVisible();
    expect(form().getByLabelText('Titel van de actielijn')).toHaveValue('Passende banen');
    await user.click(screen.getByRole('button', { name: 'Actielijn opslaan' }));
    expect(api.updateActionLine).toHaveBeenLastCalledWith({
      path: { id: 'l' },
      body: expect.anything(),
      headers: { 'If-Match': '"2"' },
    });
    expect(await screen.findByText('De actielijn ‘Passende banen’ is opgeslagen.')).toBeVisible();
  });

  it('are removed after confirming, with the ETag', async () => {
    const user = userEvent.setup();
    api.getActionLine.mockResolvedValue(versioned(line, '"4"'));
    api.deleteActionLine.mockResolvedValue(undefined);
    render(ActionLines, { props: { opgaveId: 'o', lines: [line], canManage: true } });
    await user.click(screen.getByRole('button', { name: 'Verwijderen (Creëren passende banen)' }));
    expect(
      screen.getByText(/Weet u zeker dat u de actielijn ‘Creëren passende banen’ wilt verwijderen/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(api.deleteActionLine).toHaveBeenCalledWith({ path: { id: 'l' }, headers: { 'If-Match': '"4"' } });
    expect(await screen.findByText('De actielijn ‘Creëren passende banen’ is verwijderd.')).toBeVisible();
  });

  it('are added with a key, blank fields left for the API to name', async () => {
    const user = userEvent.setup();
    api.createActionLine.mockResolvedValue(answer({ ...line, title: 'Nieuwe lijn' }));
    render(ActionLines, { props: { opgaveId: 'o', lines: [], canManage: true } });
    await user.type(screen.getByLabelText('Titel van de actielijn'), 'Nieuwe lijn');
    await user.click(screen.getByRole('button', { name: 'Actielijn toevoegen' }));
    expect(api.createActionLine).toHaveBeenCalledWith({
      path: { id: 'o' },
      body: { title: 'Nieuwe lijn' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(await screen.findByText('De actielijn ‘Nieuwe lijn’ is toegevoegd.')).toBeVisible();
  });
});

describe('the opgave form', () => {
  it('sends a new opgave without blank fields, and the area as a list', () => {
    const values = { ...emptyValues(), title: ' Samen ', area: 'Overvecht, Zuilen ,', domains: ['jeugd'] };
    expect(createBody(values, 'utrecht')).toEqual({
      municipality: 'utrecht',
      title: 'Samen',
      area: ['Overvecht', 'Zuilen'],
      domains: ['jeugd'],
      published: false,
    });
  });

  it('sends every field of a change, so clearing one clears it', () => {
    const values = { ...valuesOf(opgave), summary: '', startDate: '' };
    expect(updateBody(values)).toEqual({
      title: opgave.title,
      summary: '',
      targetGroup: 'Bijstandsgerechtigden',
      area: ['Overvecht'],
      domains: ['werk-en-inkomen'],
      startDate: null,
      endDate: null,
      published: true,
    });
    expect(areaList('')).toEqual([]);
  });
});

describe('the filters in the address', () => {
  it('are read, written and sent in Dutch and as the API names them', () => {
    const filters = filtersFrom(new URLSearchParams('q=werken&fase=planning&domein=jeugd'));
    expect(filters).toEqual({ q: 'werken', phase: 'planning', domain: 'jeugd', sort: '' });
    expect(filtersSearch(filters)).toBe('?q=werken&fase=planning&domein=jeugd');
    expect(filtersSearch({ q: ' ', phase: '', domain: '', sort: '' })).toBe('');
    expect(hasFilters(filters)).toBe(true);
    expect(filtersQuery(filters, 'utrecht', 'c1')).toEqual({
      municipality: 'utrecht',
      q: 'werken',
      phase: 'planning',
      domain: 'jeugd',
      cursor: 'c1',
    });
  });
});

describe('dates and money', () => {
  it('read as people write them, in either language', () => {
    expect(formatDate('2024-03-01', 'nl')).toBe('1 maart 2024');
    expect(formatDate('2024-03-01', 'en')).toBe('1 March 2024');
    // Dutch time: late in the evening UTC is the next day in Utrecht.
    expect(formatDate('2026-06-30T23:30:00Z', 'nl')).toBe('1 juli 2026');
    expect(formatEuros(250_000, 'nl')).toBe('€\u00a02.500');
    expect(formatEuros(1050, 'en')).toBe('€10.50');
  });
});
