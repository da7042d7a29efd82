/**
 * The colour pairs of a theme that people read, held to WCAG 2.2 AA (4.5 : 1), as the API holds
 * them (`api/domains/municipalities/contrast.py`, the same pairs and rounding): the console's
 * preview says each pair's contrast while it is chosen, and refuses to send a pair below AA.
 */

export const AA_TEXT = 4.5;

export interface ColourPair {
  key: 'document' | 'link' | 'button' | 'header' | 'nav' | 'footer';
  text: string;
  background: string;
}

export const PAIRS: ColourPair[] = [
  { key: 'document', text: '--utrecht-document-color', background: '--utrecht-document-background-color' },
  { key: 'link', text: '--utrecht-link-color', background: '--utrecht-document-background-color' },
  {
    key: 'button',
    text: '--utrecht-button-primary-action-color',
    background: '--utrecht-button-primary-action-background-color',
  },
  {
    key: 'header',
    text: '--utrecht-page-header-color',
    background: '--utrecht-page-header-background-color',
  },
  { key: 'nav', text: '--utrecht-nav-bar-color', background: '--utrecht-nav-bar-background-color' },
  {
    key: 'footer',
    text: '--utrecht-page-footer-color',
    background: '--utrecht-page-footer-background-color',
  },
];

/** Every token of a pair, once, in the order of the pairs. */
export const COLOUR_TOKENS: string[] = [...new Set(PAIRS.flatMap((pair) => [pair.text, pair.background]))];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isColour(value: string): boolean {
  return HEX.test(value.trim());
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The relative luminance of `#rgb` or `#rrggbb`. */
export function luminance(colour: string): number {
  let digits = colour.trim().slice(1);
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** "4,5" or "4.5": rounded down, so a ratio shown as 4,5 always passes. */
export function ratioText(ratio: number, locale: string): string {
  return (Math.floor(ratio * 10) / 10).toLocaleString(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** `rgb(26, 26, 26)` (what a browser computes) as `#1a1a1a`; anything else as null. */
export function hexOf(computed: string): string | null {
  const found = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(computed.trim());
  if (!found) return isColour(computed) ? computed.trim() : null;
  if (found[4] !== undefined && Number(found[4]) === 0) return null;
  return `#${[found[1], found[2], found[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}

export interface PairContrast {
  pair: ColourPair;
  ratio: number | null;
  ok: boolean;
}

/** Each pair's contrast in `tokens` (null where a colour is not one yet). */
export function pairContrasts(tokens: Record<string, string>): PairContrast[] {
  return PAIRS.map((pair) => {
    const text = tokens[pair.text] ?? '';
    const background = tokens[pair.background] ?? '';
    if (!isColour(text) || !isColour(background)) return { pair, ratio: null, ok: true };
    const ratio = contrast(text, background);
    return { pair, ratio, ok: ratio >= AA_TEXT };
  });
}
