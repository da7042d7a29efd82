import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { FieldMessage } from '$lib/api';
import ErrorSummary from './ErrorSummary.svelte';
import TextField from './TextField.svelte';

const tooLong: FieldMessage = {
  name: 'q',
  code: 'too_long',
  message: 'Naam van de gemeente mag hoogstens 100 tekens lang zijn.',
  fieldId: 'zoek-gemeente',
};
const staleCursor: FieldMessage = { name: 'cursor', code: 'invalid_cursor', message: 'De link is verlopen.' };

describe('ErrorSummary', () => {
  it('shows nothing while there is nothing wrong', () => {
    const { container } = render(ErrorSummary, { props: { messages: [] } });
    expect(container.querySelector('[data-error-summary]')).toBeNull();
  });

  it('lists every problem under a heading that names the region', () => {
    render(ErrorSummary, { props: { messages: [tooLong, staleCursor] } });
    const summary = screen.getByRole('region', { name: /Controleer het volgende/ });
    expect(summary).toHaveClass('utrecht-alert--error');
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.trim())).toEqual([tooLong.message, staleCursor.message]);
  });

  it('links a problem to its field, and not one without a field', () => {
    render(ErrorSummary, { props: { messages: [tooLong, staleCursor] } });
    expect(screen.getByRole('link', { name: tooLong.message })).toHaveAttribute('href', '#zoek-gemeente');
    expect(screen.queryByRole('link', { name: staleCursor.message })).toBeNull();
  });

  it('takes focus when it appears', async () => {
    render(ErrorSummary, { props: { messages: [tooLong] } });
    await tick();
    expect(document.activeElement).toBe(screen.getByRole('region'));
  });

  it('takes focus again when new problems arrive', async () => {
    const { rerender } = render(ErrorSummary, { props: { messages: [tooLong] } });
    await tick();
    document.body.focus();
    (document.activeElement as HTMLElement | null)?.blur();
    await rerender({ messages: [staleCursor] });
    await tick();
    expect(document.activeElement).toBe(screen.getByRole('region'));
  });

  it('moves focus to the field when its link is followed', async () => {
    const user = userEvent.setup();
    render(TextField, { props: { id: 'zoek-gemeente', name: 'q', label: 'Naam van de gemeente' } });
    render(ErrorSummary, { props: { messages: [tooLong] } });
    await user.click(screen.getByRole('link', { name: tooLong.message }));
    expect(document.activeElement).toBe(screen.getByLabelText('Naam van de gemeente'));
  });

  it('shows a message about the form as a whole', () => {
    render(ErrorSummary, { props: { messages: [], lead: 'Er is geen verbinding met Samenspel.' } });
    expect(screen.getByRole('region')).toHaveTextContent('Er is geen verbinding met Samenspel.');
  });
});
