import { INGREDIENT_HEADINGS, INGREDIENT_LABELS } from '../../vocabulary';
import { runToEnd, type Steps } from '../scheduler';
import {
  isNonTextElement,
  nodeAt,
  textSourceOf,
  textSourceOfString,
  textSourceSteps,
} from '../text-source';
import type { FoundSection, TextSource } from '../types';
import { ingredientStrings, jsonScripts } from './embedded-json';
import { isFilterFacet } from './facets';
import { type JsonLdProduct, readJsonLdProducts } from './json-ld';
import {
  afterRange,
  type Label,
  labelChain,
  labelKey,
  MAX_LABEL_CHARS,
  namedTargets,
  tabPanel,
  topOf,
} from './label-target';
import {
  ACCEPT,
  ACCEPT_UNLABELLED,
  hasInciAnchors,
  type RunScore,
  sameList,
  scoreRuns,
} from './list-score';
import { inOffProductRegion, isOffProductRegion, startRegionPass } from './page-regions';

/**
 * The generic ingredient-section finder (no retailer adapter). Route 1: a short label
 * ("Ingredients", "Inhaltsstoffe", "전성분" ...) on a heading, button, tab, summary, dt or the
 * like, and the section it opens (aria-controls, for/href, the tab panel at the same index,
 * or the content after it). Route 2, only if route 1 found nothing: a block whose text
 * inciScore rates highly. Route 3 (findJsonSections), only if the DOM has no list: JSON-LD
 * and embedded app state. Every candidate must contain a run rated as an INCI list.
 * Collapsed accordions and hidden tabs are read as they are; nothing is clicked.
 */

/** Section headings: the shared "Ingredients" words (lib/vocabulary.ts). */
const LABELS: ReadonlySet<string> = new Set([...INGREDIENT_LABELS, ...INGREDIENT_HEADINGS]);

const MAX_LABELS = 40;
const MAX_SECTION_CHARS = 100_000;
const CLIMB_LEVELS = 2;
const MAX_SECTIONS = 12;

export function isIngredientLabel(raw: string): boolean {
  const key = labelKey(raw);
  return key !== null && LABELS.has(key);
}

interface Candidate {
  element: Element;
  text: TextSource;
  via: string;
  source: FoundSection['source'];
  runs: string[];
}

/** Labels in document order, outside menus, headers, footers and other products' cards. */
function* findLabels(body: Element, bodyText: TextSource): Steps<Label[]> {
  const labels: Label[] = [];
  const seen = new Set<Element>();
  let n = 0;
  for (const seg of bodyText.segments) {
    if (labels.length >= MAX_LABELS) break;
    if (++n % 512 === 0) yield;
    const data = seg.node.data;
    if (data.length > MAX_LABEL_CHARS * 4 || !isIngredientLabel(data)) continue;
    const key = labelKey(data) as string;
    const chain = labelChain(seg.node, key, body);
    const top = chain[chain.length - 1];
    if (top === undefined || seen.has(top)) continue;
    seen.add(top);
    labels.push({ text: key, chain });
  }
  return labels;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) <= 0x20) i++;
  return i;
}

function commonAncestor(a: Node, b: Node): Element | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n !== null; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n !== null; n = n.parentNode) {
    if (seen.has(n)) return n.nodeType === 1 ? (n as Element) : n.parentElement;
  }
  return null;
}

/**
 * The smallest element holding every good run: the Sephora panel's inner div, Notino's <p>,
 * The Ordinary's <p class="ingredients-flyout-content">.
 */
function narrow(
  root: Element,
  source: TextSource,
  score: RunScore,
): { element: Element; text: TextSource } {
  const first = score.good[0];
  const last = score.good[score.good.length - 1];
  if (first === undefined || last === undefined) return { element: root, text: source };
  const a = nodeAt(source, firstNonSpace(source.text, first.start, first.end));
  const b = nodeAt(source, Math.max(last.start, last.end - 1));
  if (a === null || b === null) return { element: root, text: source };
  const anc = commonAncestor(a.node, b.node);
  if (anc === null || anc === root || !root.contains(anc)) return { element: root, text: source };
  return { element: anc, text: textSourceOf(anc, { maxChars: MAX_SECTION_CHARS }) };
}

function runTexts(text: string, score: RunScore): string[] {
  return score.good.map((r) => text.slice(r.start, r.end));
}

/** A candidate if `source` (the text of `root`, or of a range in it) holds an INCI run. */
function accept(root: Element, source: TextSource, via: string): Candidate | null {
  const score = scoreRuns(source.text, ACCEPT);
  if (score.good.length === 0) return null;
  const n = narrow(root, source, score);
  const runs = n.text === source ? score : scoreRuns(n.text.text, ACCEPT);
  return {
    element: n.element,
    text: n.text,
    via,
    source: 'heuristic',
    runs: runTexts(n.text.text, runs),
  };
}

function tryElement(el: Element, via: string, label: Element): Candidate | null {
  // A "panel" that holds its own label is a page region, not the label's section.
  if (isNonTextElement(el) || (el !== label && el.contains(label))) return null;
  return accept(el, textSourceOf(el, { maxChars: MAX_SECTION_CHARS }), via);
}

function tryRange(node: Element, via: string): Candidate | null {
  const range = afterRange(node);
  if (range === null) return null;
  const source = textSourceOf(range.parent, {
    maxChars: MAX_SECTION_CHARS,
    from: range.from,
    until: range.until,
  });
  return accept(range.parent, source, via);
}

/** The first route that yields an INCI run, for one label. */
function sectionForLabel(doc: Document, label: Label): Candidate | null {
  const top = topOf(label);
  const name = `label:${label.text}`;
  for (const t of namedTargets(doc, label)) {
    const c = tryElement(t.el, `${name}>${t.how}`, top);
    if (c) return c;
  }
  const panel = tabPanel(label);
  if (panel) {
    const c = tryElement(panel, `${name}>tab-index`, top);
    if (c) return c;
  }
  let node: Element | null = top;
  for (let level = 0; level <= CLIMB_LEVELS && node !== null; level++) {
    const c = tryRange(node, level === 0 ? `${name}>next` : `${name}>parent-next`);
    if (c) return c;
    node = node.parentElement;
    if (node === null || node.tagName.toUpperCase() === 'BODY') break;
  }
  return null;
}

function normalizedText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * One section per list: drops candidates inside or around another that carry no run the other
 * lacks (the same list reached by two routes), and repeated copies (mobile + desktop panels).
 */
function dedupe(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const covers = (outer: Candidate, inner: Candidate): boolean =>
    inner.runs.every((r) => outer.runs.includes(r));
  for (const c of candidates) {
    let drop = false;
    for (let i = 0; i < kept.length; i++) {
      const k = kept[i] as Candidate;
      const related =
        k.element === c.element || k.element.contains(c.element) || c.element.contains(k.element);
      if (related || normalizedText(k.runs.join('\n')) === normalizedText(c.runs.join('\n'))) {
        if (covers(k, c)) {
          // Same list: keep the smaller element.
          if (k.element !== c.element && k.element.contains(c.element) && covers(c, k)) kept[i] = c;
          drop = true;
          break;
        }
        if (covers(c, k)) {
          kept[i] = c;
          drop = true;
          break;
        }
      }
    }
    if (!drop) kept.push(c);
  }
  return kept;
}

function toSection(c: Candidate): FoundSection {
  return { source: c.source, via: c.via, element: c.element, text: c.text };
}

/** Route 2: blocks rated as INCI lists with no label, outside menus and other products. */
function* scanText(body: Element, bodyText: TextSource): Steps<Candidate[]> {
  const out: Candidate[] = [];
  const text = bodyText.text;
  let pos = 0;
  let scored = 0;
  while (pos < text.length && scored < 400 && out.length < MAX_SECTIONS) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (line.length >= 30 && delimiterCount(line) >= 4) {
      scored++;
      if (scored % 16 === 0) yield;
      const score = hasInciAnchors(line) ? scoreRuns(line, ACCEPT_UNLABELLED) : null;
      const a = nodeAt(bodyText, pos + firstNonSpace(line, 0, line.length));
      const b = nodeAt(bodyText, nl - 1);
      if (score !== null && score.good.length > 0 && a !== null && b !== null) {
        const anc = commonAncestor(a.node, b.node);
        if (anc !== null && anc !== body) {
          const source = textSourceOf(anc, { maxChars: MAX_SECTION_CHARS });
          const s = scoreRuns(source.text, ACCEPT_UNLABELLED);
          if (s.good.length > 0) {
            out.push({
              element: anc,
              text: source,
              via: 'text-scan',
              source: 'text',
              runs: runTexts(source.text, s),
            });
          }
        }
      }
    }
    pos = nl + 1;
  }
  return out;
}

function delimiterCount(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length && n < 4; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x2022 || c === 0xb7 || c === 0x3001 || c === 0xff0c) n++;
  }
  return n;
}

function bodyOf(doc: Document): Element | null {
  return doc.body ?? doc.documentElement ?? null;
}

/** Ingredient sections in the DOM (routes 1 and 2). Never throws. */
export function findDomSections(doc: Document): FoundSection[] {
  return runToEnd(findDomSectionsSteps(doc));
}

/** findDomSections as steps (see runSliced in scheduler.ts). */
export function* findDomSectionsSteps(doc: Document): Steps<FoundSection[]> {
  const body = bodyOf(doc);
  if (body === null) return [];
  startRegionPass();
  let bodyText: TextSource;
  try {
    bodyText = yield* textSourceSteps(body, { skip: isOffProductRegion });
  } catch {
    return [];
  }
  const candidates: Candidate[] = [];
  try {
    for (const label of yield* findLabels(body, bodyText)) {
      try {
        const top = topOf(label);
        if (inOffProductRegion(top)) continue;
        const c = sectionForLabel(doc, label);
        // A filter facet ("Ingredients" checkboxes on a category page) is a form, not a list.
        if (c && !inOffProductRegion(c.element) && !isFilterFacet(c.element)) candidates.push(c);
        yield;
      } catch {
        // One odd label must not cost the others.
      }
    }
  } catch {
    // fall through with what was found
  }
  if (candidates.length === 0) {
    try {
      for (const c of yield* scanText(body, bodyText))
        if (!isFilterFacet(c.element)) candidates.push(c);
    } catch {
      // nothing more
    }
  }
  return dedupe(candidates).slice(0, MAX_SECTIONS).map(toSection);
}

/** Route 3: lists in JSON-LD, then in embedded app state. Text only (no segments). */
export function findJsonSections(doc: Document, products?: JsonLdProduct[]): FoundSection[] {
  const out: FoundSection[] = [];
  const add = (text: string, source: FoundSection['source'], via: string): void => {
    if (out.length >= MAX_SECTIONS) return;
    if (scoreRuns(text, ACCEPT).good.length === 0) return;
    if (out.some((s) => sameList(s.text.text, text))) return;
    out.push({ source, via, element: null, text: textSourceOfString(text) });
  };
  try {
    for (const p of products ?? readJsonLdProducts(doc)) {
      for (const text of p.ingredients) add(text, 'json-ld', `json-ld:${p.label}`);
    }
  } catch {
    // ignore and try the app state
  }
  if (out.length > 0) return out;
  try {
    for (const json of jsonScripts(doc, 'state')) {
      for (const s of ingredientStrings(json)) add(s.text, 'heuristic', `json:${s.path}`);
    }
  } catch {
    // return what was found
  }
  return out;
}

/** DOM sections, or the JSON ones when the DOM has none. Never throws. */
export function findSections(doc: Document): FoundSection[] {
  const dom = findDomSections(doc);
  return dom.length > 0 ? dom : findJsonSections(doc);
}
