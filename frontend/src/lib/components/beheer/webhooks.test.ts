import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem, type WebhookSubscriptionRead } from '$lib/api';
import { Versioned } from '$lib/forms/submission.svelte';
import { versioned } from '$lib/testing/answers';
import WebhookEditForm from './WebhookEditForm.svelte';

const api = vi.hoisted(() => ({ updateWebhookSubscription: vi.fn(), getWebhookSubscription: vi.fn() }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

const hook: WebhookSubscriptionRead = {
  id: 'w',
  municipalityId: 'm',
  url: 'https://zaken.example.org/samenspel',
  eventTypes: ['nl.samenspel.opgave.phase-changed'],
  opgaveId: null,
  description: 'Zaaksysteem',
  status: 'active',
  statusReason: '',
  owner: 'person',
  createdAt: '2026-12-07T10:00:00Z',
  updatedAt: '2026-12-07T10:00:00Z',
};

function edit(onsaved = vi.fn().mockResolvedValue(undefined)) {
  const subscription = new Versioned(hook, '"1"', () => api.getWebhookSubscription());
  render(WebhookEditForm, {
    props: { subscription, opgaven: [{ id: 'o1', title: 'Schone straten' }], onsaved },
  });
  return { subscription, onsaved };
}

afterEach(() => vi.clearAllMocks());

describe('changing a webhook subscription', () => {
  it('sends what was chosen with the ETag it loaded, and keeps the new one', async () => {
    const user = userEvent.setup();
    const changed = { ...hook, description: 'Zaken', opgaveId: 'o1' };
    api.updateWebhookSubscription.mockResolvedValue(versioned(changed, '"2"'));
    const { subscription, onsaved } = edit();
    const description = screen.getByLabelText(/Omschrijving/);
    await user.clear(description);
    await user.type(description, 'Zaken');
    await user.selectOptions(screen.getByLabelText('Opgave'), 'o1');
    await user.click(screen.getByRole('checkbox', { name: 'nl.samenspel.opgave.published' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(api.updateWebhookSubscription).toHaveBeenCalledWith({
      path: { id: 'w' },
      body: {
        description: 'Zaken',
        opgaveId: 'o1',
        // In the contract's order, as the boxes stand.
        eventTypes: ['nl.samenspel.opgave.published', 'nl.samenspel.opgave.phase-changed'],
      },
      headers: { 'If-Match': '"1"' },
    });
    expect(onsaved).toHaveBeenCalled();
    expect(subscription.etag).toBe('"2"');
  });

  it('loads the newest version when it changed meanwhile, keeping what was chosen', async () => {
    const user = userEvent.setup();
    api.updateWebhookSubscription.mockRejectedValueOnce(
      new ApiError(toProblem({ status: 412, code: 'precondition_failed' })),
    );
    api.getWebhookSubscription.mockResolvedValue(versioned({ ...hook, description: 'Ander' }, '"3"'));
    const { subscription, onsaved } = edit();
    const description = screen.getByLabelText(/Omschrijving/);
    await user.clear(description);
    await user.type(description, 'Mijn naam');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText(/wijzigde dit abonnement intussen/)).toBeVisible();
    expect(subscription.etag).toBe('"3"');
    expect(description).toHaveValue('Mijn naam');
    expect(onsaved).not.toHaveBeenCalled();
  });
});
