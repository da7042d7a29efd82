import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, STORAGE_KEY } from '$lib/i18n/index.svelte';
import LanguageSwitch from './LanguageSwitch.svelte';

afterEach(() => {
  i18n.locale = 'nl';
});

describe('LanguageSwitch', () => {
  it('offers each language in its own language, with the current one pressed', () => {
    render(LanguageSwitch);
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    const dutch = screen.getByRole('button', { name: 'Nederlands' });
    const english = screen.getByRole('button', { name: 'English' });
    expect(dutch).toHaveAttribute('aria-pressed', 'true');
    expect(dutch).toHaveAttribute('lang', 'nl');
    expect(english).toHaveAttribute('aria-pressed', 'false');
    expect(english).toHaveAttribute('lang', 'en');
  });

  it('switches, relabels itself and remembers the choice', async () => {
    const user = userEvent.setup();
    render(LanguageSwitch);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(i18n.locale).toBe('en');
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('en');
  });
});
