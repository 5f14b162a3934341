import { type CopyExclusion, NO_EXCLUSION } from '../page/find/copy-exclusion';
import { MAX_FIELD_CHARS } from '../page/find/find-copy';
import { labelKey } from '../page/find/label-target';
import { ACCEPT, sameList, scoreRuns } from '../page/find/list-score';
import { inOffProductRegion, startRegionPass } from '../page/find/page-regions';
import { clipSource, textSourceOf } from '../page/text-source';
import type { CopyFieldName, FoundCopy, FoundSection } from '../page/types';
import type { Adapter, Sel } from './types';

/**
 * An adapter's selectors applied to the DOM. Elements are read as they are: a collapsed
 * accordion or a hidden tab panel still holds its text, and nothing is clicked or changed.
 * An ingredient alternative counts only where its text holds a run rated as an INCI list
 * (lib/page/find/list-score), so a selector that drifts onto a "How to use" panel finds nothing.
 */

const MAX_SECTION_CHARS = 100_000;
/** Elements looked at per selector (a shop repeats its panel for mobile and desktop). */
const MAX_MATCHES = 12;
const MAX_SECTIONS = 12;
/** Shorter description or highlight blocks are labels and badges, not copy. */
const MIN_BLOCK_CHARS = 20;
const MAX_TITLE_CHARS = 500;

/** Elements scanned for a label filter (`Sel.after`) before giving up. */
const MAX_SCANNED = 20_000;
/** A label is a few words: text past this length cannot be one. */
const MAX_LABEL_TEXT = 120;

/** The element's text if it is short (a label), else null; stops reading past the limit. */
function shortText(el: Element): string | null {
  if (el.childElementCount === 0) {
    // A leaf: its own text nodes only, the common shape of a label, read without a walker.
    const t = el.textContent ?? '';
    return t.length > MAX_LABEL_TEXT ? null : t;
  }
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    out += (n as Text).data;
    if (out.length > MAX_LABEL_TEXT) return null;
  }
  return out;
}

/** True if the element just before `el` reads like `label` ("Ingredients:" → "ingredients"). */
function follows(el: Element, label: string): boolean {
  const prev = el.previousElementSibling;
  if (prev === null) return false;
  const text = shortText(prev);
  return text !== null && labelKey(text) === label;
}

/** The elements a selector alternative picks; never throws (a bad selector finds nothing). */
export function selectAll(root: ParentNode, sel: Sel): Element[] {
  try {
    const all = root.querySelectorAll(sel.selector);
    if (sel.after === undefined) return [...all].slice(0, MAX_MATCHES);
    const out: Element[] = [];
    for (let i = 0; i < all.length && i < MAX_SCANNED && out.length < MAX_MATCHES; i++) {
      const el = all[i] as Element;
      if (follows(el, sel.after)) out.push(el);
    }
    return out;
  } catch {
    return [];
  }
}

/**
 * The element as the section, whole: the adapter names the ingredient block itself, so its
 * heading, an "Active ingredient:" line or a kit's component names stay with the list for the
 * parser (which skips labels and prose) instead of being cut off at the first INCI run.
 */
function sectionOf(el: Element, sel: Sel): FoundSection | null {
  if (inOffProductRegion(el)) return null;
  const text = textSourceOf(el, { maxChars: MAX_SECTION_CHARS });
  if (scoreRuns(text.text, ACCEPT).good.length === 0) return null;
  return { source: 'adapter', via: `adapter:${sel.selector}`, element: el, text };
}

/** Sections from the first ingredient alternative that yields any; repeats dropped. */
export function selectorSections(doc: Document, adapter: Adapter): FoundSection[] {
  startRegionPass();
  for (const sel of adapter.ingredients) {
    const found: FoundSection[] = [];
    for (const el of selectAll(doc, sel)) {
      if (found.length >= MAX_SECTIONS) break;
      let s: FoundSection | null = null;
      try {
        s = sectionOf(el, sel);
      } catch {
        s = null;
      }
      if (s === null) continue;
      const el2 = s.element as Element;
      const repeat = found.some(
        (f) =>
          (f.element as Element).contains(el2) ||
          el2.contains(f.element as Element) ||
          sameList(f.text.text, s.text.text),
      );
      if (!repeat) found.push(s);
    }
    if (found.length > 0) return found;
  }
  return [];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Copy blocks for one field from the first alternative that matches anything usable. */
function fieldCopy(
  doc: Document,
  field: CopyFieldName,
  sels: readonly Sel[],
  exclude: CopyExclusion,
): FoundCopy[] {
  const min = field === 'title' ? 1 : MIN_BLOCK_CHARS;
  const max = field === 'title' ? MAX_TITLE_CHARS : MAX_FIELD_CHARS;
  for (const sel of sels) {
    const out: FoundCopy[] = [];
    let used = 0;
    for (const el of selectAll(doc, sel)) {
      if (used >= max || inOffProductRegion(el) || exclude.inside(el)) continue;
      if (out.some((c) => c.text.segments[0] && el.contains(c.text.segments[0].node))) continue;
      const src = clipSource(textSourceOf(el, { skip: exclude.skip, maxChars: max }), max - used);
      if (collapse(src.text).length < min) continue;
      out.push({ field, text: src });
      used += src.text.length;
      if (field === 'title') break;
    }
    if (out.length > 0) return out;
  }
  return [];
}

/**
 * The adapter's title, description and highlight blocks (DOM only, highlightable), without the
 * found ingredient sections (`exclude`).
 */
export function selectorCopy(
  doc: Document,
  adapter: Adapter,
  exclude: CopyExclusion = NO_EXCLUSION,
): FoundCopy[] {
  startRegionPass();
  const out: FoundCopy[] = [];
  try {
    out.push(...fieldCopy(doc, 'title', adapter.copy.title, exclude));
    out.push(...fieldCopy(doc, 'description', adapter.copy.description, exclude));
    out.push(...fieldCopy(doc, 'highlights', adapter.copy.highlights, exclude));
  } catch {
    // what was found so far
  }
  return out;
}
