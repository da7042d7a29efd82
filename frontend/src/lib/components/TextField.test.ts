import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TextField from './TextField.svelte';

const base = { id: 'zoek-gemeente', name: 'q', label: 'Naam van de gemeente' };

describe('TextField', () => {
  it('labels the input and describes it', () => {
    render(TextField, { props: { ...base, description: 'Typ een deel van de naam.' } });
    const input = screen.getByLabelText('Naam van de gemeente');
    expect(input).toHaveAttribute('name', 'q');
    expect(input).toHaveAccessibleDescription('Typ een deel van de naam.');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveClass('utrecht-textbox');
  });

  it('shows an error above the input, tied to it, and marks it invalid', () => {
    render(TextField, {
      props: { ...base, description: 'Typ een deel van de naam.', error: 'Dit is te lang.' },
    });
    const input = screen.getByLabelText('Naam van de gemeente');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveClass('utrecht-textbox--invalid');
    expect(input).toHaveAccessibleDescription('Typ een deel van de naam. Fout: Dit is te lang.');
    const message = document.getElementById('zoek-gemeente-error');
    expect(message).toHaveClass('utrecht-form-field-error-message');
    expect(message?.compareDocumentPosition(input)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(input.closest('.utrecht-form-field')).toHaveClass('utrecht-form-field--invalid');
  });

  it('keeps what is typed', async () => {
    const user = userEvent.setup();
    render(TextField, { props: { ...base, value: 'utr' } });
    const input = screen.getByLabelText<HTMLInputElement>('Naam van de gemeente');
    expect(input.value).toBe('utr');
    await user.type(input, 'echt');
    expect(input.value).toBe('utrecht');
  });
});
