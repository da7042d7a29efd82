import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { i18n, isLocale, messagesFor, pageTitle, STORAGE_KEY } from './index.svelte';
import { nl } from './nl';

/** Every path to a leaf ("site.name", "errors.field.required"), to compare the languages' shapes. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

afterEach(() => {
  i18n.locale = 'nl';
});

describe('the dictionaries', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('have the same kind of value for every key', () => {
    const kinds = (dictionary: object) =>
      keys(dictionary).map((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary);
        return `${path}:${Array.isArray(value) ? `array(${value.length})` : typeof value}`;
      });
    expect(kinds(en).sort()).toEqual(kinds(nl).sort());
  });

  it('fill in values', () => {
    expect(nl.home.results(1, '')).toBe('1 gemeente op Samenspel.');
    expect(nl.home.results(2, 'utr')).toBe('2 gemeenten gevonden voor ‘utr’.');
    expect(en.home.results(2, '')).toBe('2 municipalities on Samenspel.');
  });
});

describe('the language', () => {
  it('is Dutch unless someone chose otherwise', () => {
    localStorage.clear();
    i18n.restore();
    expect(i18n.locale).toBe('nl');
    expect(i18n.t).toBe(messagesFor('nl'));
  });

  it('switches every text and remembers the choice', () => {
    i18n.locale = 'en';
    expect(i18n.t.site.skipLink).toBe('Skip to content');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('en');
    i18n.locale = 'nl';
    localStorage.setItem(STORAGE_KEY, 'en');
    i18n.restore();
    expect(i18n.locale).toBe('en');
  });

  it('ignores a stored value that is no language of ours', () => {
    localStorage.setItem(STORAGE_KEY, 'klingon');
    i18n.restore();
    expect(i18n.locale).toBe('nl');
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });

  it('makes page titles that end in the platform name', () => {
    expect(pageTitle('Privacyverklaring')).toBe('Privacyverklaring – Samenspel');
  });
});
