import { describe, expect, it } from 'vitest';
import payloads from '../../../../tests/fixtures/xss-payloads.json';
import { htmlToText, textToHtml } from './idea-text';
import { safeFragment, safeHref } from './safe-html';

/** What an element shows as HTML after the site put the fragment in. */
function shown(html: string): string {
  const box = document.createElement('div');
  box.append(safeFragment(html));
  return box.innerHTML;
}

describe('an idea typed as text', () => {
  it('becomes paragraphs, line breaks, lists and links', () => {
    const text = [
      'Koffie op het plein.',
      'Elke woensdag.',
      '',
      '- bekers',
      '- een partytent',
      '',
      '1. vragen',
      '2. doen',
      '',
      'Zie https://example.org/plan, en ook http://x.example.',
    ].join('\n');
    expect(textToHtml(text)).toBe(
      '<p>Koffie op het plein.<br>Elke woensdag.</p>' +
        '<ul><li>bekers</li><li>een partytent</li></ul>' +
        '<ol><li>vragen</li><li>doen</li></ol>' +
        '<p>Zie <a href="https://example.org/plan">https://example.org/plan</a>, en ook ' +
        '<a href="http://x.example">http://x.example</a>.</p>',
    );
  });

  it('keeps whatever looks like HTML as text', () => {
    expect(textToHtml('<script>alert(1)</script> & "zo"')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zo&quot;</p>',
    );
    expect(textToHtml('javascript:alert(1)')).toBe('<p>javascript:alert(1)</p>');
  });

  it('is empty when nothing was typed', () => {
    expect(textToHtml('  \n\n  ')).toBe('');
  });

  it('comes back as the text that makes it, for changing it', () => {
    const text =
      'Koffie op het plein.\nElke woensdag.\n\n- bekers\n- tent\n\n1. vragen\n2. doen\n\nZie https://example.org.';
    expect(htmlToText(textToHtml(text))).toBe(text);
    expect(textToHtml(htmlToText(textToHtml(text)))).toBe(textToHtml(text));
  });

  it('keeps a link’s words and address when they differ', () => {
    expect(
      htmlToText('<p>Lees <a href="https://example.org/x">het plan</a>. <strong>Echt</strong>.</p>'),
    ).toBe('Lees het plan (https://example.org/x). Echt.');
  });
});

describe('an idea’s HTML, shown by the site', () => {
  it('keeps paragraphs, lists, emphasis and safe links', () => {
    expect(
      shown(
        '<p>Een <strong>goed</strong> <em>idee</em><br>met <a href="https://example.org/">een link</a></p><ul><li>a</li></ul>',
      ),
    ).toBe(
      '<p>Een <strong>goed</strong> <em>idee</em><br>met <a href="https://example.org/" rel="nofollow noopener noreferrer">een link</a></p><ul><li>a</li></ul>',
    );
  });

  it('drops scripts, styles and handlers, and keeps only the words of other elements', () => {
    expect(shown('<p onclick="alert(1)" style="color:red">tekst</p>')).toBe('<p>tekst</p>');
    expect(shown('<script>alert(1)</script><style>p{}</style><div><b>vet</b></div>')).toBe('vet');
    expect(shown('<a href="javascript:alert(1)">klik</a>')).toBe('klik');
    expect(shown('<a href="data:text/html,x">klik</a>')).toBe('klik');
    expect(shown('<img src=x onerror=alert(1)>')).toBe('');
    expect(shown('<p><a href="https://example.org"><img src=x></a> tekst</p>')).toBe('<p> tekst</p>');
  });

  it('accepts only http, https and mailto addresses', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(safeHref(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('jav&#x09;ascript:alert(1)')).toBeNull();
    expect(safeHref('/relatief')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });

  it('leaves every payload of the XSS corpus inert: no element or attribute beyond the allowed', () => {
    for (const payload of payloads as string[]) {
      const box = document.createElement('div');
      box.append(safeFragment(payload));
      for (const element of box.querySelectorAll('*')) {
        expect(['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em'], payload).toContain(element.localName);
        for (const attribute of element.attributes) {
          expect(['href', 'rel'], payload).toContain(attribute.name);
          if (attribute.name === 'href') expect(attribute.value, payload).toMatch(/^(https?|mailto):/);
        }
      }
    }
  });
});
