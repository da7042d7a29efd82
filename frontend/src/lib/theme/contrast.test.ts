import { describe, expect, it } from 'vitest';
import { contrast, hexOf, pairContrasts, ratioText } from './contrast';

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1a1a1a', '#1a1a1a')).toBe(1);
  });

  it('agrees with the WCAG examples near the AA line', () => {
    // #767676 on white is the lightest grey that passes AA (4.54 : 1); #777777 fails (4.48 : 1).
    expect(contrast('#767676', '#fff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#fff')).toBeLessThan(4.5);
  });

  it('rounds down, so a shown 4,5 passes', () => {
    expect(ratioText(contrast('#777777', '#fff'), 'nl')).toBe('4,4');
    expect(ratioText(4.549, 'en')).toBe('4.5');
  });

  it('reads what a browser computes', () => {
    expect(hexOf('rgb(26, 26, 26)')).toBe('#1a1a1a');
    expect(hexOf('rgba(0, 0, 0, 0)')).toBeNull();
    expect(hexOf('#abc')).toBe('#abc');
    expect(hexOf('red')).toBeNull();
  });

  it('judges each pair whose colours are both colours', () => {
    const found = pairContrasts({
      '--utrecht-document-color': '#cccccc',
      '--utrecht-document-background-color': '#ffffff',
      '--utrecht-link-color': 'nog niet',
    });
    expect(found.find((item) => item.pair.key === 'document')?.ok).toBe(false);
    expect(found.find((item) => item.pair.key === 'link')).toMatchObject({ ratio: null, ok: true });
  });
});
