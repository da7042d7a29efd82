/**
 * An idea's text as people type it, and as the API keeps it. People write plain text in a textarea:
 * a blank line starts a new paragraph, a line break stays a line break, lines that start with "- "
 * make a list (with "1. " a numbered one), and web addresses become links. That becomes the little
 * HTML the API accepts (p, br, ul, ol, li, a); changing an idea turns it back into such text.
 *
 * Everything typed is escaped: what someone writes is only ever text, whatever it looks like.
 */

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
// A web address, up to a space or an angle bracket; punctuation at its end belongs to the sentence.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]]+$/;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** One line: escaped, with its web addresses as links. */
function inline(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, '');
    const start = match.index;
    html += escapeHtml(line.slice(last, start));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

function blocksOf(paragraph: string): Block[] {
  const blocks: Block[] = [];
  for (const line of paragraph.split('\n')) {
    const bullet = line.match(BULLET);
    const numbered = bullet ? null : line.match(NUMBERED);
    const kind = bullet ? 'ul' : numbered ? 'ol' : 'p';
    const text = (bullet?.[1] ?? numbered?.[1] ?? line).trim();
    const previous = blocks.at(-1);
    if (kind === 'p') {
      if (previous?.kind === 'p') previous.lines.push(text);
      else blocks.push({ kind: 'p', lines: [text] });
    } else if (previous?.kind === kind) {
      previous.items.push(text);
    } else {
      blocks.push({ kind, items: [text] });
    }
  }
  return blocks;
}

/** Typed text as the API's HTML: paragraphs, line breaks, lists and links. Empty text is "". */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/^\n+|\n+$/g, ''))
    .filter((part) => part.trim() !== '');
  return paragraphs
    .flatMap(blocksOf)
    .map((block) =>
      block.kind === 'p'
        ? `<p>${block.lines.map(inline).join('<br>')}</p>`
        : `<${block.kind}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${block.kind}>`,
    )
    .join('');
}

/** A link as text: its address, or its words with the address after them. */
function linkText(link: Element): string {
  const words = (link.textContent ?? '').trim();
  const href = link.getAttribute('href') ?? '';
  if (!href || words === href || `https://${words}` === href || `http://${words}` === href) {
    return href || words;
  }
  return words ? `${words} (${href})` : href;
}

/** The text of inline content: words, links as text, `<br>` as a line break. */
function inlineText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === child.TEXT_NODE) text += child.textContent ?? '';
    else if (child instanceof Element) {
      const tag = child.localName;
      if (tag === 'br') text += '\n';
      else if (tag === 'a') text += linkText(child);
      else text += inlineText(child);
    }
  }
  return text;
}

/** The API's HTML as the text someone types to get it: for changing an idea in a textarea. */
export function htmlToText(html: string, parser: DOMParser = new DOMParser()): string {
  const body = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  const parts: string[] = [];
  let loose = '';
  const flush = () => {
    if (loose.trim()) parts.push(loose.trim());
    loose = '';
  };
  for (const child of body.childNodes) {
    if (child instanceof Element && (child.localName === 'ul' || child.localName === 'ol')) {
      flush();
      const items = [...child.children].filter((item) => item.localName === 'li');
      parts.push(
        items
          .map(
            (item, index) => `${child.localName === 'ol' ? `${index + 1}.` : '-'} ${inlineText(item).trim()}`,
          )
          .join('\n'),
      );
    } else if (child instanceof Element && child.localName === 'p') {
      flush();
      const text = inlineText(child).trim();
      if (text) parts.push(text);
    } else if (child instanceof Element) {
      loose +=
        child.localName === 'br' ? '\n' : child.localName === 'a' ? linkText(child) : inlineText(child);
    } else {
      loose += child.textContent ?? '';
    }
  }
  flush();
  return parts.join('\n\n');
}
