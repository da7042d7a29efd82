/**
 * The site's languages: Dutch first, English second. The chosen language is remembered in
 * localStorage (no cookie, nothing sent to the server) and mirrored on `<html lang>` by the shell.
 *
 * Components read texts as `i18n.t.section.key`; because `locale` is state, every text on screen
 * follows a switch without a reload.
 */
import { en } from './en';
import { nl, type Messages } from './nl';

export type { FieldContext, Messages } from './nl';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';
export const STORAGE_KEY = 'samenspel.taal';

const dictionaries: Record<Locale, Messages> = { nl, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The texts of one language, for code that runs outside components (and for tests). */
export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}

function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (privacy settings); the default language is a fine answer.
    return DEFAULT_LOCALE;
  }
}

class I18n {
  #locale = $state<Locale>(storedLocale());

  get locale(): Locale {
    return this.#locale;
  }

  /** The texts of the current language. */
  get t(): Messages {
    return dictionaries[this.#locale];
  }

  /** Switch language and remember the choice. */
  set locale(locale: Locale) {
    this.#locale = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembered, but the switch still works for this visit.
    }
  }

  /** Read the remembered choice again (after storage changed, and in tests). */
  restore(): void {
    this.#locale = storedLocale();
  }
}

export const i18n = new I18n();

/** "Part – Part – Samenspel": the document title of a page. */
export function pageTitle(...parts: string[]): string {
  return [...parts, i18n.t.site.name].join(' – ');
}
