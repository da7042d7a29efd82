import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PasswordField from './PasswordField.svelte';

const base = {
  id: 'wachtwoord',
  name: 'password',
  label: 'Wachtwoord',
  autocomplete: 'new-password' as const,
};

describe('PasswordField', () => {
  it('is a password input in the form-field pattern, with its autocomplete purpose', () => {
    render(PasswordField, { props: { ...base, description: 'Minstens 12 tekens.' } });
    const input = screen.getByLabelText('Wachtwoord');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(input).toHaveAttribute('autocapitalize', 'none');
    expect(input).toHaveAccessibleDescription('Minstens 12 tekens.');
    expect(input).toHaveClass('utrecht-textbox');
  });

  it('shows and hides what was typed with a button that says what it will do', async () => {
    const user = userEvent.setup();
    render(PasswordField, { props: base });
    const input = screen.getByLabelText('Wachtwoord');
    const show = screen.getByRole('button', { name: 'Toon wachtwoord' });
    expect(show).toHaveAttribute('aria-controls', 'wachtwoord');
    expect(show).toHaveAttribute('type', 'button');
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.click(show);
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('status')).toHaveTextContent('Uw wachtwoord is zichtbaar.');

    await user.click(screen.getByRole('button', { name: 'Verberg wachtwoord' }));
    expect(input).toHaveAttribute('type', 'password');
    expect(screen.getByRole('status')).toHaveTextContent('Uw wachtwoord is verborgen.');
  });

  it('hides the password again when its form is sent', async () => {
    const user = userEvent.setup();
    const form = document.createElement('form');
    form.addEventListener('submit', (event) => event.preventDefault());
    document.body.append(form);
    render(PasswordField, { props: base, target: form });
    await user.click(screen.getByRole('button', { name: 'Toon wachtwoord' }));
    form.requestSubmit();
    await Promise.resolve();
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('type', 'password');
    form.remove();
  });

  it('shows an error like every field does', () => {
    render(PasswordField, { props: { ...base, error: 'Wachtwoord moet minstens 12 tekens lang zijn.' } });
    const input = screen.getByLabelText('Wachtwoord');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Fout: Wachtwoord moet minstens 12 tekens lang zijn.');
  });
});
