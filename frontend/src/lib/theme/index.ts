/**
 * A municipality's look is a set of NL Design System tokens, not a fork of the site: a base token
 * set (a class on `<html>`) plus overrides as CSS custom properties.
 *
 * The overrides are set through `element.style.setProperty` (the CSSOM), which the page's Content
 * Security Policy allows without 'unsafe-inline': no `<style>` element or style attribute is written.
 */
import type { BaseTheme, MunicipalityTheme } from '$lib/api';

/** The token set the site ships with, and uses outside a municipality. */
export const DEFAULT_BASE_THEME: BaseTheme = 'voorbeeld';

/** The class each base theme's tokens are scoped to, by the token packages themselves. */
export const THEME_CLASSES: Record<BaseTheme, string> = {
  voorbeeld: 'voorbeeld-theme',
  utrecht: 'utrecht-theme',
};

// A custom property name, and a value without anything that could end the declaration or load
// something: tokens are colours, sizes and font stacks, never URLs.
const PROPERTY = /^--[a-zA-Z0-9-_]{1,120}$/;
const UNSAFE_VALUE = /[;{}<>]|url\(|expression\(|@import/i;

function isBaseTheme(value: unknown): value is BaseTheme {
  return typeof value === 'string' && Object.hasOwn(THEME_CLASSES, value);
}

/** The tokens that may be applied; anything else is dropped. */
export function safeTokens(tokens: Record<string, string> | undefined): [string, string][] {
  return Object.entries(tokens ?? {}).filter(
    ([name, value]) =>
      PROPERTY.test(name) && typeof value === 'string' && value.length <= 500 && !UNSAFE_VALUE.test(value),
  );
}

// The properties set last time, per element, so switching theme removes the previous overrides.
const applied = new WeakMap<HTMLElement, string[]>();

/** Put `theme` on `element` (normally `<html>`): its base theme class and its token overrides. */
export function applyTheme(element: HTMLElement, theme: MunicipalityTheme | undefined): BaseTheme {
  const base = isBaseTheme(theme?.baseTheme) ? theme.baseTheme : DEFAULT_BASE_THEME;
  for (const [name, className] of Object.entries(THEME_CLASSES)) {
    element.classList.toggle(className, name === base);
  }
  for (const name of applied.get(element) ?? []) element.style.removeProperty(name);
  const tokens = safeTokens(theme?.tokens);
  for (const [name, value] of tokens) element.style.setProperty(name, value);
  applied.set(
    element,
    tokens.map(([name]) => name),
  );
  element.dataset.theme = base;
  return base;
}
