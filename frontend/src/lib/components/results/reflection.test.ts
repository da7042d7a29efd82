import { render, screen } from '@testing-library/svelte';
import { apiError } from '$lib/testing/answers';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ReflectionRead } from '$lib/api';
import { versioned } from '$lib/testing/answers';
import CloseReflectionForm from './CloseReflectionForm.svelte';
import EntryForm from './EntryForm.svelte';
import PublishSummaryForm from './PublishSummaryForm.svelte';

const api = vi.hoisted(() => ({
  closeReflection: vi.fn(),
  getReflection: vi.fn(),
  updateReflection: vi.fn(),
  writeReflectionEntry: vi.fn(),
}));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

afterEach(() => {
  vi.resetAllMocks();
});

const moment: ReflectionRead = {
  id: 'r1',
  opgaveId: 'o1',
  title: 'Reflectie na de banenmarkt',
  heldOn: '2026-12-10',
  phase: 'executing',
  prompts: ['Wat ging goed?', 'Wat ging niet goed?', 'Wat veranderen we?'],
  residentsInvited: false,
  status: 'open',
  conclusions: '',
  summary: '',
  published: false,
  closedAt: null,
  closedBy: null,
  entryCount: 0,
  proposals: [],
  followUp: [],
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

const lines = [
  { id: 'l1', title: 'Creëren passende banen' },
  { id: 'l2', title: 'Meer maatwerk en persoonlijke aandacht' },
] as never;

describe('CloseReflectionForm', () => {
  it('sends follow-up actions with a line only where one belongs, and says where each problem is', async () => {
    const user = userEvent.setup();
    api.closeReflection.mockRejectedValueOnce(
      apiError(400, 'invalid_input', [{ name: 'actions[1].description', code: 'too_short', reason: '' }]),
    );
    render(CloseReflectionForm, { props: { reflection: moment, actionLines: lines } });
    await user.type(screen.getByLabelText('Conclusies'), 'Werkgevers willen meer proefplaatsen.');
    await user.click(screen.getByRole('button', { name: 'Vervolgactie toevoegen' }));
    await user.type(screen.getByLabelText('Omschrijving'), 'Jobcoaching starten');
    await user.selectOptions(screen.getByLabelText('Actielijn'), 'l1');
    await user.click(screen.getByRole('button', { name: 'Vervolgactie toevoegen' }));
    const kinds = screen.getAllByLabelText('Wat wordt het?');
    expect(kinds[1]).toHaveFocus();
    await user.selectOptions(kinds[1]!, 'note');
    // A note belongs to no action line: the form does not ask.
    expect(screen.getAllByLabelText('Actielijn')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Moment afsluiten' }));

    expect(api.closeReflection).toHaveBeenCalledWith({
      path: { id: 'r1' },
      body: {
        conclusions: 'Werkgevers willen meer proefplaatsen.',
        summary: '',
        publish: true,
        actions: [
          { kind: 'task', description: 'Jobcoaching starten', actionLineId: 'l1' },
          { kind: 'note', description: '', actionLineId: null },
        ],
      },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    const second = screen.getAllByLabelText('Omschrijving')[1]!;
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(second).toHaveAccessibleDescription(
      /Vervolgactie 2: Omschrijving moet minstens 3 tekens lang zijn/,
    );
    expect(screen.getByRole('link', { name: /Vervolgactie 2: Omschrijving/ })).toHaveAttribute(
      'href',
      `#${second.id}`,
    );

    // Removing an action takes its messages along, and focus goes back to adding one.
    await user.click(screen.getByRole('button', { name: 'Vervolgactie 2 weghalen' }));
    expect(screen.getAllByLabelText('Omschrijving')).toHaveLength(1);
    expect(screen.queryByRole('link', { name: /Vervolgactie 2/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Vervolgactie toevoegen' })).toHaveFocus();
  });
});

describe('PublishSummaryForm', () => {
  it('keeps what was typed when the moment changed meanwhile, and publishes with the new ETag next time', async () => {
    const user = userEvent.setup();
    const onpublished = vi.fn();
    api.updateReflection.mockRejectedValueOnce(apiError(412, 'precondition_failed'));
    api.getReflection.mockResolvedValue(versioned(moment, '"8"'));
    api.updateReflection.mockResolvedValueOnce(versioned({ ...moment, published: true }, '"9"'));
    render(PublishSummaryForm, {
      props: {
        reflection: { ...moment, status: 'closed', summary: 'Eerste versie.' },
        etag: '"7"',
        onpublished,
      },
    });
    const field = screen.getByLabelText('Openbare samenvatting');
    expect(field).toHaveValue('Eerste versie.');
    await user.clear(field);
    await user.type(field, 'Meer mensen aan het werk.');
    await user.click(screen.getByRole('button', { name: 'Samenvatting publiceren' }));
    expect(api.updateReflection).toHaveBeenCalledWith({
      path: { id: 'r1' },
      body: { summary: 'Meer mensen aan het werk.', published: true },
      headers: { 'If-Match': '"7"' },
    });
    expect(await screen.findByText(/Iemand anders heeft dit moment intussen gewijzigd/)).toBeVisible();
    expect(field).toHaveValue('Meer mensen aan het werk.');
    expect(onpublished).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Samenvatting publiceren' }));
    expect(api.updateReflection).toHaveBeenLastCalledWith({
      path: { id: 'r1' },
      body: { summary: 'Meer mensen aan het werk.', published: true },
      headers: { 'If-Match': '"8"' },
    });
    expect(onpublished).toHaveBeenCalled();
  });
});

describe('EntryForm', () => {
  it('says so when the moment was closed meanwhile, and has the page load it again', async () => {
    const user = userEvent.setup();
    const onwritten = vi.fn();
    api.writeReflectionEntry.mockRejectedValue(apiError(409, 'reflection_closed'));
    render(EntryForm, {
      props: { reflectionId: 'r1', promptIndex: 2, prompt: 'Wat veranderen we?', onwritten },
    });
    await user.type(screen.getByLabelText('Uw bijdrage bij ‘Wat veranderen we?’'), 'Vaker de wijk in.');
    await user.click(screen.getByRole('button', { name: 'Bijdrage plaatsen' }));
    expect(api.writeReflectionEntry).toHaveBeenCalledWith({
      path: { id: 'r1' },
      body: { promptIndex: 2, body: 'Vaker de wijk in.' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(
      await screen.findByText('Dit moment is afgesloten; er kan niet meer worden geschreven.'),
    ).toBeInTheDocument();
    expect(onwritten).toHaveBeenCalledWith(null);
    expect(screen.getByLabelText('Uw bijdrage bij ‘Wat veranderen we?’')).toHaveValue('Vaker de wijk in.');
  });
});
