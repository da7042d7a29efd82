import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SelectField from './SelectField.svelte';

const options = [
  { value: 'putten', label: 'Gemeente Putten' },
  { value: 'utrecht', label: 'Gemeente Utrecht' },
];
const base = { id: 'gemeente', name: 'municipality', label: 'Gemeente', options };

describe('SelectField', () => {
  it('offers the options after an empty first choice', () => {
    render(SelectField, {
      props: { ...base, placeholder: 'Kies uw gemeente', description: 'Waar u woont.' },
    });
    const select = screen.getByLabelText('Gemeente');
    expect(select).toHaveClass('utrecht-select');
    expect(select).toHaveAccessibleDescription('Waar u woont.');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Kies uw gemeente',
      'Gemeente Putten',
      'Gemeente Utrecht',
    ]);
    expect(select).toHaveValue('');
  });

  it('starts on a chosen value and follows a new choice', async () => {
    const user = userEvent.setup();
    render(SelectField, { props: { ...base, value: 'utrecht' } });
    const select = screen.getByLabelText('Gemeente');
    expect(select).toHaveValue('utrecht');
    await user.selectOptions(select, 'putten');
    expect(select).toHaveValue('putten');
  });

  it('shows an error above the select and marks it invalid', () => {
    render(SelectField, { props: { ...base, error: 'Kies een gemeente uit de lijst.' } });
    const select = screen.getByLabelText('Gemeente');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveClass('utrecht-select--invalid');
    expect(select).toHaveAccessibleDescription('Fout: Kies een gemeente uit de lijst.');
  });
});
