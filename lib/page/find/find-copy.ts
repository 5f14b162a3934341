import { runToEnd, type Steps } from '../scheduler';
import {
  clipSource,
  isNonTextElement,
  textSourceOf,
  textSourceOfString,
  textSourceSteps,
} from '../text-source';
import type { CopyFieldName, FoundCopy, TextSource } from '../types';
import { type CopyExclusion, NO_EXCLUSION } from './copy-exclusion';
import type { JsonLdProduct } from './json-ld';
import {
  afterRange,
  type Label,
  labelChain,
  labelKey,
  MAX_LABEL_CHARS,
  namedTargets,
  rangeElements,
  tabPanel,
  topOf,
} from './label-target';
import { inOffProductRegion, isOffProductRegion, startRegionPass } from './page-regions';
import { decodeEntities } from './strip-html';

/**
 * Product copy for the claim finder: the title, the description and the highlight bullets of
 * the product on the page, and nothing from menus, headers, footers, reviews or cards of other
 * products. A store-wide "shop by ingredient" menu that names Exosome, or a ranking grid of
 * exosome ampoules, says nothing about this product.
 */

/** Per field: a long description is a few thousand characters. */
export const MAX_FIELD_CHARS = 20_000;
const MAX_ELEMENTS = 300_000;
const MAX_PER_FIELD = 12;
const MAX_TITLE_CHARS = 500;
/** Shorter blocks are badges and labels ("Bestseller", "Small"), not copy. */
const MIN_BLOCK_CHARS = 20;

const DESCRIPTION_LABELS = new Set([
  'description',
  'product description',
  'about the product',
  'about this product',
  'about this item',
  'about',
  'overview',
  'details',
  'product details',
  'what it is',
  'beschreibung',
  'produktbeschreibung',
  'description du produit',
  'descripción',
  'descrição',
  'descrizione',
  'opis',
  'opis produktu',
  '상품설명',
  '제품설명',
  '상품 설명',
  '제품 설명',
  '商品説明',
  '商品详情',
  '产品描述',
]);

const HIGHLIGHT_LABELS = new Set([
  'highlights',
  'key benefits',
  'benefits',
  'key features',
  'features',
  'what it does',
  'why we love it',
  'why you will love it',
  "why you'll love it",
  'vorteile',
  'avantages',
  'beneficios',
  'benefici',
]);

/** id/class/data-* fragments naming a description block. */
const DESCRIPTION_PARTS = [
  'description',
  'overview',
  'about-product',
  'aboutproduct',
  'about_product',
  'about-the-product',
  'abouttheproduct',
  'about_the_product',
  'product-detail',
  'productdetail',
  'product_detail',
];
const HIGHLIGHT_PARTS = [
  'highlight',
  'key-benefit',
  'keybenefit',
  'key_benefit',
  'benefits',
  'feature-bullets',
  'featurebullets',
  'feature_bullets',
  'key-features',
  'keyfeatures',
  'bullet-points',
];
const TOKEN_ATTRS = ['id', 'class', 'data-at', 'data-testid', 'data-comp', 'itemprop'];

function fieldOfTokens(el: Element): CopyFieldName | null {
  for (const name of TOKEN_ATTRS) {
    const raw = el.getAttribute(name);
    if (raw === null || raw.length === 0 || raw.length > 2000) continue;
    const v = raw.toLowerCase();
    // Headings and buttons named "...description-title" are labels, not copy.
    if (v.includes('title') || v.includes('heading') || v.includes('btn')) continue;
    if (v === 'details' || DESCRIPTION_PARTS.some((p) => v.includes(p))) return 'description';
    if (HIGHLIGHT_PARTS.some((p) => v.includes(p)) && !v.includes('highlighted'))
      return 'highlights';
  }
  return null;
}

interface Picked {
  field: CopyFieldName;
  el: Element;
}

interface Scan {
  h1: Element | null;
  picked: Picked[];
  labels: Array<{ field: CopyFieldName; label: Label }>;
}

/** Labels and controls are never copy blocks themselves, whatever their class says. */
const CONTROL_TAGS = new Set([
  'BUTTON',
  'A',
  'LABEL',
  'SUMMARY',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'INPUT',
]);

function isControl(el: Element): boolean {
  if (CONTROL_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  return role === 'tab' || role === 'button' || role === 'link';
}

/** The product's h1: the first one with text outside menus, headers and cards. */
function productH1(doc: Document): Element | null {
  const all = doc.getElementsByTagName('h1');
  for (let i = 0; i < all.length && i < 50; i++) {
    const h = all[i] as Element;
    if ((h.textContent ?? '').trim().length > 0 && !inOffProductRegion(h)) return h;
  }
  return null;
}

/** One walk over the product part of the page: named blocks and copy labels. */
function* scan(body: Element, h1: Element | null): Steps<Scan> {
  const out: Scan = { h1, picked: [], labels: [] };
  let visited = 0;
  let node: Element | null = body.firstElementChild;
  while (node !== null && visited < MAX_ELEMENTS) {
    visited++;
    if (visited % 256 === 0) yield;
    let descend = true;
    if (isNonTextElement(node) || isOffProductRegion(node)) descend = false;
    else {
      // A block holding the title is a page wrapper ("product-details"), not a description.
      const field =
        isControl(node) || (h1 !== null && node.contains(h1)) ? null : fieldOfTokens(node);
      if (field !== null) {
        out.picked.push({ field, el: node });
        descend = false; // outermost only: its text includes its descendants'
      } else if (node.childElementCount <= 6) {
        const key = shortTextKey(node);
        if (key !== null) {
          const f = DESCRIPTION_LABELS.has(key)
            ? 'description'
            : HIGHLIGHT_LABELS.has(key)
              ? 'highlights'
              : null;
          if (f !== null) {
            const first = firstTextNode(node);
            if (first) {
              const chain = labelChain(first, key, body);
              if (chain.length > 0) out.labels.push({ field: f, label: { text: key, chain } });
            }
            descend = false;
          }
        }
      }
    }
    const child: Element | null = descend ? node.firstElementChild : null;
    if (child !== null) {
      node = child;
      continue;
    }
    while (node !== null && node !== body && node.nextElementSibling === null)
      node = node.parentElement;
    node = node === null || node === body ? null : node.nextElementSibling;
  }
  return out;
}

/** The label key of a small element's whole text, or null. */
function shortTextKey(el: Element): string | null {
  // textContent would copy the whole subtree of every wrapper on the way down (quadratic on
  // deep pages); a label is a few nodes of short text, so stop as soon as it cannot be one.
  const max = MAX_LABEL_CHARS * 4;
  let t = '';
  let nodes = 0;
  let node: Node | null = el.firstChild;
  while (node !== null) {
    if (++nodes > 256) return null;
    if (node.nodeType === 3) {
      t += (node as Text).data;
      if (t.length > max) return null;
    }
    if (node.firstChild !== null && node.nodeType === 1) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== el && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === el ? null : node.nextSibling;
  }
  return labelKey(t);
}

function firstTextNode(el: Element): Text | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if ((n as Text).data.trim().length > 0) return n as Text;
  }
  return null;
}

/** The content a copy label heads: its panel, its tab panel, or the siblings after it. */
function labelledElements(doc: Document, label: Label): Element[] {
  const top = topOf(label);
  for (const t of namedTargets(doc, label)) {
    if (!t.el.contains(top)) return [t.el];
  }
  const panel = tabPanel(label);
  if (panel) return [panel];
  const range = afterRange(top);
  return range ? rangeElements(range) : [];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function metaContent(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  const v = el?.getAttribute('content');
  if (!v) return null;
  // Sephora double-encodes ("&amp;rsquo;"): the attribute value still carries "&rsquo;".
  const s = collapse(decodeEntities(v.length > MAX_FIELD_CHARS ? v.slice(0, MAX_FIELD_CHARS) : v));
  return s.length > 0 ? s : null;
}

/**
 * Drops a text-only entry (JSON-LD or meta description) whose words a DOM block already
 * carries: the DOM copy can be highlighted, and a claim must not be counted twice.
 */
function withoutRepeats(copy: FoundCopy[]): FoundCopy[] {
  const dom = copy.filter((c) => c.text.segments.length > 0).map((c) => collapse(c.text.text));
  if (dom.length === 0) return copy;
  return copy.filter(
    (c) => c.text.segments.length > 0 || !dom.some((d) => d.includes(collapse(c.text.text))),
  );
}

export interface CopyFindings {
  title: string | null;
  copy: FoundCopy[];
}

class FieldBudget {
  private used = new Map<CopyFieldName, number>();
  private count = new Map<CopyFieldName, number>();
  left(field: CopyFieldName): number {
    if ((this.count.get(field) ?? 0) >= MAX_PER_FIELD) return 0;
    return MAX_FIELD_CHARS - (this.used.get(field) ?? 0);
  }
  take(field: CopyFieldName, n: number): void {
    this.used.set(field, (this.used.get(field) ?? 0) + n);
    this.count.set(field, (this.count.get(field) ?? 0) + 1);
  }
}

/** Title, description and highlights of the product on the page. Never throws. */
export function findCopy(
  doc: Document,
  products: JsonLdProduct[] = [],
  exclude: CopyExclusion = NO_EXCLUSION,
): CopyFindings {
  return runToEnd(findCopySteps(doc, products, exclude));
}

/**
 * findCopy as steps (see runSliced in scheduler.ts). `exclude`: the found ingredient sections,
 * whose text is never copy (lib/page/find/copy-exclusion.ts).
 */
export function* findCopySteps(
  doc: Document,
  products: JsonLdProduct[] = [],
  exclude: CopyExclusion = NO_EXCLUSION,
): Steps<CopyFindings> {
  const copy: FoundCopy[] = [];
  const budget = new FieldBudget();
  const seenText = new Map<string, number>();
  const add = (field: CopyFieldName, text: TextSource): void => {
    const key = collapse(text.text);
    if (key.length === 0) return;
    const seen = seenText.get(key);
    if (seen !== undefined) {
      // The same words from the DOM can be highlighted; from JSON or a meta tag they cannot.
      const prev = copy[seen] as FoundCopy;
      if (prev.text.segments.length === 0 && text.segments.length > 0)
        copy[seen] = { field: prev.field, text };
      return;
    }
    const left = budget.left(field);
    if (left <= 0) return;
    const clipped = clipSource(text, left);
    if (clipped.text.trim().length === 0) return;
    seenText.set(key, copy.length);
    budget.take(field, clipped.text.length);
    copy.push({ field, text: clipped });
  };

  const product = products[0] ?? null;
  let title: string | null = null;
  let found: Scan = { h1: null, picked: [], labels: [] };
  const body = doc.body;
  try {
    startRegionPass();
    if (body) found = yield* scan(body, productH1(doc));
  } catch {
    // keep what the walk had
  }

  // Title: the h1 (highlightable), else og:title, JSON-LD name, <title>.
  try {
    if (found.h1) {
      const src = textSourceOf(found.h1, { maxChars: MAX_TITLE_CHARS });
      add('title', src);
      title = collapse(src.text) || null;
    }
    const fallback =
      product?.name ??
      metaContent(doc, 'meta[property="og:title"]') ??
      (collapse(doc.title ?? '') || null);
    if (title === null && fallback) {
      title = fallback.slice(0, MAX_TITLE_CHARS);
      add('title', textSourceOfString(title));
    }
    // A clean product name reads better than an h1 that runs brand and name together.
    if (product?.name) title = collapse(product.name).slice(0, MAX_TITLE_CHARS);
  } catch {
    // no title
  }

  // Description strings: JSON-LD, then meta tags (text only, not highlightable).
  try {
    if (product?.description) add('description', textSourceOfString(product.description));
    // og:description only stands in for a missing meta description: where both exist it is
    // often the site's slogan (The Ordinary), not about the product.
    const meta =
      metaContent(doc, 'meta[name="description"]') ??
      metaContent(doc, 'meta[property="og:description"]');
    if (meta) add('description', textSourceOfString(meta));
  } catch {
    // ignore
  }

  // DOM blocks: named by id/class, or headed by a copy label. Outermost wins; none may hold
  // the title (that would be a page wrapper, not a description).
  try {
    const blocks: Picked[] = [...found.picked];
    for (const { field, label } of found.labels) {
      for (const el of labelledElements(doc, label)) blocks.push({ field, el });
    }
    const chosen: Picked[] = [];
    for (const b of blocks) {
      if (found.h1 && b.el.contains(found.h1)) continue;
      if (isNonTextElement(b.el) || inOffProductRegion(b.el) || exclude.inside(b.el)) continue;
      if (chosen.some((c) => c.el === b.el || c.el.contains(b.el))) continue;
      for (let i = chosen.length - 1; i >= 0; i--) {
        if (b.el.contains((chosen[i] as Picked).el)) chosen.splice(i, 1);
      }
      chosen.push(b);
    }
    chosen.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
    for (const c of chosen) {
      const left = budget.left(c.field);
      if (left <= 0) continue;
      const src = yield* textSourceSteps(c.el, { skip: exclude.skip, maxChars: left });
      if (collapse(src.text).length >= MIN_BLOCK_CHARS) add(c.field, src);
    }
  } catch {
    // return what was found
  }
  return { title, copy: withoutRepeats(copy) };
}
