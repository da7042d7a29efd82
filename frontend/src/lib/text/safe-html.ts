/**
 * An idea's body is the one piece of HTML the site shows. The API cleans it when it is written
 * (only p, br, ul, ol, li, a with an http(s) or mailto href, strong, em). The site does not take
 * that on trust: it parses the HTML in an inert document (no script runs, nothing loads, no
 * handler fires), copies over only those elements and only a link's safe address, and appends
 * the copies as nodes. Nothing goes through innerHTML, so nothing can be re-interpreted.
 */
import type { Action } from 'svelte/action';

const ALLOWED = new Set(['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em']);
// Elements whose content is code, not text: dropped whole, as the API drops them.
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'noembed',
  'noframes',
  'title',
  'textarea',
  'select',
  'svg',
  'math',
  'xmp',
  'plaintext',
  'head',
]);
const SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The address, if it is one a link may have; anything else (javascript:, data:, relative) is not. */
export function safeHref(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function copyChildren(from: Node, into: Node, document: Document): void {
  for (const child of from.childNodes) {
    if (child.nodeType === child.TEXT_NODE) {
      into.appendChild(document.createTextNode(child.textContent ?? ''));
    } else if (child.nodeType === child.ELEMENT_NODE) {
      const tag = (child as Element).localName;
      if (DROPPED.has(tag)) continue;
      const href = tag === 'a' ? safeHref((child as Element).getAttribute('href')) : null;
      // Not allowed, or a link to nowhere safe: keep its words, lose the element.
      if (!ALLOWED.has(tag) || (tag === 'a' && !href)) {
        copyChildren(child, into, document);
        continue;
      }
      const copy = document.createElement(tag);
      if (href) {
        copy.setAttribute('href', href);
        copy.setAttribute('rel', 'nofollow noopener noreferrer');
      }
      copyChildren(child, copy, document);
      // A link without words (its image removed) would be a link nobody can name or read.
      if (tag === 'a' && !copy.textContent?.trim()) continue;
      into.appendChild(copy);
    }
    // Comments, processing instructions and the like are left out.
  }
}

/** The allowed part of `html`, as new nodes of `document`. */
export function safeFragment(html: string, document: Document = globalThis.document): DocumentFragment {
  const inert = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const fragment = document.createDocumentFragment();
  copyChildren(inert.body, fragment, document);
  return fragment;
}

/** `<div use:safeHtml={proposal.body}>`: the element shows the allowed part of the HTML. */
export const safeHtml: Action<HTMLElement, string> = (node, html) => {
  node.replaceChildren(safeFragment(html, node.ownerDocument));
  return {
    update(next: string) {
      node.replaceChildren(safeFragment(next, node.ownerDocument));
    },
  };
};
