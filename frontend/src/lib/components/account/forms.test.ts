import { render, screen } from '@testing-library/svelte';
import { apiError } from '$lib/testing/answers';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer, versioned } from '$lib/testing/answers';
import PasswordChangeForm from './PasswordChangeForm.svelte';
import RenameForm from './RenameForm.svelte';
import { account } from '$lib/testing/people';

const api = vi.hoisted(() => ({ updateMe: vi.fn(), getMe: vi.fn(), changePassword: vi.fn() }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

const me = account();

afterEach(() => {
  vi.resetAllMocks();
});

describe('RenameForm', () => {
  it('saves the new name with the ETag it was given, and says so', async () => {
    const user = userEvent.setup();
    api.updateMe.mockResolvedValue(versioned({ ...me, displayName: 'Zoë' }, '"5"'));
    render(RenameForm, { props: { account: me, etag: '"4"' } });
    const field = screen.getByLabelText('Uw naam op Samenspel');
    expect(field).toHaveValue('Zoë van ’t Hof');
    expect(field).toHaveAttribute('autocomplete', 'nickname');
    await user.clear(field);
    await user.type(field, 'Zoë');
    await user.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(api.updateMe).toHaveBeenCalledWith({
      body: { displayName: 'Zoë' },
      headers: { 'If-Match': '"4"' },
    });
    const saved = await screen.findByText('Uw naam is gewijzigd. Anderen zien nu ‘Zoë’.');
    await tick();
    expect(saved.closest('section')).toHaveFocus();
  });

  it('keeps what was typed when the name changed elsewhere, and saves with the new ETag next time', async () => {
    const user = userEvent.setup();
    api.updateMe.mockRejectedValueOnce(apiError(412, 'precondition_failed'));
    api.getMe.mockResolvedValue(versioned({ ...me, displayName: 'Zoë elders' }, '"6"'));
    api.updateMe.mockResolvedValueOnce(versioned({ ...me, displayName: 'Zoë hier' }, '"7"'));
    render(RenameForm, { props: { account: me, etag: '"4"' } });
    const field = screen.getByLabelText('Uw naam op Samenspel');
    await user.clear(field);
    await user.type(field, 'Zoë hier');
    await user.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(await screen.findByText(/intussen ergens anders gewijzigd in ‘Zoë elders’/)).toBeVisible();
    expect(field).toHaveValue('Zoë hier');

    await user.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(api.updateMe).toHaveBeenLastCalledWith({
      body: { displayName: 'Zoë hier' },
      headers: { 'If-Match': '"6"' },
    });
  });

  it('shows a name that is too short at the field, and in the summary', async () => {
    const user = userEvent.setup();
    api.updateMe.mockRejectedValue(
      apiError(400, 'invalid_input', [{ name: 'displayName', code: 'too_short', reason: '' }]),
    );
    render(RenameForm, { props: { account: me, etag: '"4"' } });
    const field = screen.getByLabelText('Uw naam op Samenspel');
    await user.clear(field);
    await user.type(field, 'Z');
    await user.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    const message = 'Uw naam op Samenspel moet minstens 2 tekens lang zijn.';
    expect(await screen.findByRole('link', { name: message })).toHaveAttribute('href', '#nieuwe-naam');
    expect(field).toHaveAccessibleDescription(new RegExp(`Fout: ${message}`));
  });

  it('sends the name trimmed', async () => {
    const user = userEvent.setup();
    api.updateMe.mockResolvedValue(versioned({ ...me, displayName: 'Zoë' }, '"5"'));
    render(RenameForm, { props: { account: me, etag: '"4"' } });
    await user.clear(screen.getByLabelText('Uw naam op Samenspel'));
    await user.type(screen.getByLabelText('Uw naam op Samenspel'), '  Zoë ');
    await user.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(api.updateMe).toHaveBeenCalledWith({
      body: { displayName: 'Zoë' },
      headers: { 'If-Match': '"4"' },
    });
  });

  it('sends a blank name as missing, so the API says it is required', async () => {
    const user = userEvent.setup();
    api.updateMe.mockRejectedValue(
      apiError(400, 'invalid_input', [{ name: 'displayName', code: 'required', reason: '' }]),
    );
    render(RenameForm, { props: { account: me, etag: '"4"' } });
    await user.clear(screen.getByLabelText('Uw naam op Samenspel'));
    await user.type(screen.getByLabelText('Uw naam op Samenspel'), '   ');
    await user.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(api.updateMe).toHaveBeenCalledWith({ body: {}, headers: { 'If-Match': '"4"' } });
    expect(
      await screen.findByRole('link', { name: 'Vul het veld ‘Uw naam op Samenspel’ in.' }),
    ).toBeVisible();
  });
});

describe('PasswordChangeForm', () => {
  it('helps password managers, and uses the right autocomplete purposes', () => {
    render(PasswordChangeForm, { props: { email: me.email } });
    expect(document.querySelector('input[autocomplete="username"]')).toHaveValue(me.email);
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveAttribute('autocomplete', 'new-password');
  });

  it('says a wrong current password at that field, and empties both', async () => {
    const user = userEvent.setup();
    api.changePassword.mockRejectedValue(
      apiError(400, 'invalid_input', [{ name: 'currentPassword', code: 'wrong_password', reason: '' }]),
    );
    render(PasswordChangeForm, { props: { email: me.email } });
    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'Niet-het-goede');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'Een-nieuwe-fiets-voor-de-zomer');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(api.changePassword).toHaveBeenCalledWith({
      body: { currentPassword: 'Niet-het-goede', newPassword: 'Een-nieuwe-fiets-voor-de-zomer' },
    });
    expect(await screen.findByRole('link', { name: 'Huidig wachtwoord klopt niet.' })).toBeVisible();
    expect(screen.getByLabelText('Huidig wachtwoord')).toHaveValue('');
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue('');
  });

  it('confirms a change, and that other devices were signed out', async () => {
    const user = userEvent.setup();
    api.changePassword.mockResolvedValue(answer(undefined));
    render(PasswordChangeForm, { props: { email: me.email } });
    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'Fietsen-langs-de-Vecht');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'Een-nieuwe-fiets-voor-de-zomer');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
    expect(await screen.findByText(/Op andere apparaten bent u afgemeld\./)).toBeVisible();
  });
});
