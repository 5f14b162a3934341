/**
 * From a label ("Ingredients", "About the product", a tab or accordion button) to the content
 * it heads: the element it names (aria-controls, `for`, `href="#id"`), the tab panel at the
 * same index, or the content after it among its siblings. Shared by the ingredient finder and
 * the copy finder. Only reads the DOM.
 */

export const MAX_LABEL_CHARS = 40;
const MAX_SIBLINGS = 12;
const LABEL_TAGS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BUTTON',
  'SUMMARY',
  'DT',
  'LABEL',
]);

/** "  Ingredients: " → "ingredients"; null when too long to be a label. */
export function labelKey(raw: string): string | null {
  if (raw.length > MAX_LABEL_CHARS * 4) return null;
  let s = '';
  let space = false;
  for (const ch of raw) {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0') {
      space = s.length > 0;
      continue;
    }
    if (space) s += ' ';
    space = false;
    s += ch;
    if (s.length > MAX_LABEL_CHARS) return null;
  }
  while (s.endsWith(':') || s.endsWith('：') || s.endsWith('*')) s = s.slice(0, -1).trimEnd();
  // NFC: "Ingrediënten" may arrive with a combining diaeresis.
  return s.normalize('NFC').toLowerCase();
}

export interface Label {
  /** The label key ("ingredients"). */
  text: string;
  /** From the element holding the text node up to the largest ancestor with the same text. */
  chain: Element[];
}

export function topOf(label: Label): Element {
  return label.chain[label.chain.length - 1] as Element;
}

/** The label element chain for a text node whose text is `key`, or null. */
export function labelChain(text: Text, key: string, stop: Element | null): Element[] {
  const chain: Element[] = [];
  for (let el = text.parentElement; el !== null && el !== stop; el = el.parentElement) {
    if (el.childElementCount > 6) break;
    if (labelKey(el.textContent ?? '') !== key) break;
    chain.push(el);
  }
  return chain;
}

function byId(doc: Document, id: string): Element | null {
  if (id.length === 0 || id.length > 200) return null;
  try {
    return doc.getElementById(id);
  } catch {
    return null;
  }
}

export interface Target {
  el: Element;
  how: 'aria-controls' | 'for' | 'href';
}

/** Elements named by aria-controls, `for`, or an in-page link on the label chain. */
export function namedTargets(doc: Document, label: Label): Target[] {
  const out: Target[] = [];
  for (const el of label.chain) {
    const controls = el.getAttribute('aria-controls');
    if (controls) {
      for (const id of controls.split(' ').slice(0, 4)) {
        const t = byId(doc, id.trim());
        if (t) out.push({ el: t, how: 'aria-controls' });
      }
    }
    const forId = el.getAttribute('for');
    if (forId) {
      const t = byId(doc, forId.trim());
      if (t) out.push({ el: t, how: 'for' });
    }
    const href = el.getAttribute('href');
    if (href && href.length > 1 && href.startsWith('#')) {
      let id = href.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // keep it raw
      }
      const t = byId(doc, id);
      if (t) out.push({ el: t, how: 'href' });
    }
  }
  return out;
}

/**
 * Tabs without ARIA (Skin Cupid's Alpine.js tabs): the label is one of several same-shaped
 * siblings, and a container after them has one child per tab.
 */
export function tabPanel(label: Label): Element | null {
  const top = topOf(label);
  const parent = top.parentElement;
  if (parent === null || parent.childElementCount > 30) return null;
  const tabs: Element[] = [];
  for (const sib of Array.from(parent.children)) {
    if (sib.tagName === top.tagName && firstClass(sib) === firstClass(top)) tabs.push(sib);
  }
  if (tabs.length < 2) return null;
  const index = tabs.indexOf(top);
  let container: Element | null = parent;
  for (let level = 0; level < 3 && container !== null; level++) {
    let sib = container.nextElementSibling;
    for (let n = 0; sib !== null && n < 3; n++, sib = sib.nextElementSibling) {
      let box: Element | null = sib;
      for (let depth = 0; depth < 3 && box !== null; depth++) {
        if (box.childElementCount === tabs.length) return box.children[index] ?? null;
        box = box.childElementCount === 1 ? box.firstElementChild : null;
      }
    }
    container = container.parentElement;
  }
  return null;
}

/** The first class token: the active tab carries extra ones. */
function firstClass(el: Element): string {
  const c = (el.getAttribute('class') ?? '').trim();
  const space = c.indexOf(' ');
  return space < 0 ? c : c.slice(0, space);
}

function looksLikeLabel(el: Element, top: Element): boolean {
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role');
  if (!(LABEL_TAGS.has(tag) || tag === top.tagName.toUpperCase() || role === 'tab')) return false;
  if (el.childElementCount > 6) return false;
  const t = (el.textContent ?? '').trim();
  return t.length > 0 && t.length <= MAX_LABEL_CHARS;
}

export interface AfterRange {
  parent: Element;
  /** First node after the label. */
  from: Node;
  /** The next label-like sibling (exclusive), or null for the parent's end. */
  until: Node | null;
}

/** Content after `node` among its parent's children, up to the next label-like sibling. */
export function afterRange(node: Element): AfterRange | null {
  const parent = node.parentElement;
  const from = node.nextSibling;
  if (parent === null || from === null) return null;
  let until: Node | null = null;
  let n = 0;
  for (let sib = node.nextElementSibling; sib !== null; sib = sib.nextElementSibling) {
    if (++n > MAX_SIBLINGS || looksLikeLabel(sib, node)) {
      until = sib;
      break;
    }
  }
  if (until === from) return null;
  return { parent, from, until };
}

/** Element children in an AfterRange. */
export function rangeElements(range: AfterRange): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = range.from; n !== null && n !== range.until; n = n.nextSibling) {
    if (n.nodeType === 1) out.push(n as Element);
  }
  return out;
}
