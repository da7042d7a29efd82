import { describe, expect, it } from 'vitest';
import { applyTheme, safeTokens } from './index';

describe('applyTheme', () => {
  it('puts the base theme class on the element, and only that one', () => {
    const root = document.createElement('html');
    root.className = 'voorbeeld-theme utrecht-root';
    expect(applyTheme(root, { baseTheme: 'utrecht', tokens: {} })).toBe('utrecht');
    expect(root.classList.contains('utrecht-theme')).toBe(true);
    expect(root.classList.contains('voorbeeld-theme')).toBe(false);
    expect(root.classList.contains('utrecht-root')).toBe(true);
    expect(root.dataset.theme).toBe('utrecht');
  });

  it('falls back to the shipped theme', () => {
    const root = document.createElement('html');
    expect(applyTheme(root, undefined)).toBe('voorbeeld');
    expect(root.classList.contains('voorbeeld-theme')).toBe(true);
  });

  it('sets token overrides as custom properties and removes them on the next theme', () => {
    const root = document.createElement('html');
    applyTheme(root, {
      baseTheme: 'voorbeeld',
      tokens: { '--utrecht-button-primary-action-background-color': 'rebeccapurple' },
    });
    expect(root.style.getPropertyValue('--utrecht-button-primary-action-background-color')).toBe(
      'rebeccapurple',
    );
    applyTheme(root, { baseTheme: 'utrecht', tokens: {} });
    expect(root.style.getPropertyValue('--utrecht-button-primary-action-background-color')).toBe('');
  });
});

describe('safeTokens', () => {
  it('keeps custom properties with plain values and drops the rest', () => {
    expect(
      safeTokens({
        '--utrecht-link-color': 'hsl(211 60% 35%)',
        color: 'red',
        '--x': 'red; background: url(https://tracker.example/)',
        '--y': 'url(https://tracker.example/pixel.png)',
        '--z': '}',
      }),
    ).toEqual([['--utrecht-link-color', 'hsl(211 60% 35%)']]);
  });
});
