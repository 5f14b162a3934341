import { copyExclusion } from '../page/find/copy-exclusion';
import { findCopySteps } from '../page/find/find-copy';
import { findDomSectionsSteps, findJsonSections } from '../page/find/find-sections';
import { findOnPageSteps } from '../page/find/generic';
import { type JsonLdProduct, readJsonLdProducts } from '../page/find/json-ld';
import { ACCEPT, sameList, scoreRuns } from '../page/find/list-score';
import { beginScanPass } from '../page/find/page-regions';
import { runToEnd, type Steps } from '../page/scheduler';
import { textSourceOfString } from '../page/text-source';
import type { FoundCopy, FoundSection, PageFindings } from '../page/types';
import { selectorCopy, selectorSections } from './dom';
import { adapterFor } from './registry';
import { stateTexts } from './state';
import type { Adapter } from './types';
import { parseUrl } from './url';

/**
 * The finder the content script and the scan CLI run: the retailer adapter for the page (by
 * host, else by page structure), then the generic finder (lib/page/find/) for whatever the
 * adapter does not cover. Never throws: a failing step contributes nothing.
 *
 * On an adapter's product page the lists come from, in this order of trust:
 * 1. embedded state and JSON-LD `Product` data, which hold the full list even where the
 *    accordion showing it is collapsed or rendered only on click;
 * 2. the adapter's DOM selectors. Where the DOM shows the same list as the state, the DOM
 *    copy is kept (its text maps to page nodes, so its names can be marked), unless the DOM
 *    copy is visibly cut short;
 * 3. the generic finder, only when neither found a list.
 * `retailer` is the adapter id on its product pages, whatever found the list.
 */

/** Where a page's lists came from: the adapter's own sources, or the generic finder. */
export type ListOrigin = 'dom' | 'state' | 'json-ld' | 'generic';

export interface AdapterOutcome {
  id: string;
  productPage: boolean;
  /** Origins of the reported lists, in order; empty when the page yielded none. */
  origins: ListOrigin[];
}

export interface RetailerFindings extends PageFindings {
  /** The adapter that matched the page (by host or structure), or null. */
  adapter: AdapterOutcome | null;
}

export interface FindOptions {
  /** Skip adapters: the popup's "Scan this page" runs the generic finder alone. */
  generic?: boolean;
}

const MAX_SECTIONS = 12;

function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function* attemptSteps<T>(steps: () => Steps<T>, fallback: T): Steps<T> {
  try {
    return yield* steps();
  } catch {
    return fallback;
  }
}

function commas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x2c) n++;
  return n;
}

interface Tagged {
  section: FoundSection;
  origin: ListOrigin;
}

function structuredSections(doc: Document, adapter: Adapter, products: JsonLdProduct[]): Tagged[] {
  const out: Tagged[] = [];
  const add = (text: string, via: string, origin: ListOrigin): void => {
    if (scoreRuns(text, ACCEPT).good.length === 0) return;
    if (out.some((t) => sameList(t.section.text.text, text))) return;
    const source = origin === 'json-ld' ? 'json-ld' : 'adapter';
    out.push({ origin, section: { source, via, element: null, text: textSourceOfString(text) } });
  };
  for (const s of attempt(() => stateTexts(doc, adapter), [])) add(s.text, s.via, 'state');
  for (const p of products) {
    for (const text of p.ingredients) add(text, `json-ld:${p.label}`, 'json-ld');
  }
  return out;
}

/** DOM sections first; a structured list the DOM lacks (or cuts short) is added or swapped in. */
function mergeSections(dom: FoundSection[], structured: Tagged[]): Tagged[] {
  const out: Tagged[] = dom.map((section) => ({ section, origin: 'dom' }));
  for (const s of structured) {
    const i = out.findIndex((d) => sameList(d.section.text.text, s.section.text.text));
    if (i < 0) {
      if (out.length < MAX_SECTIONS) out.push(s);
      continue;
    }
    const d = out[i] as Tagged;
    // "Water, Glycerin, … Read more": a DOM excerpt loses to the full structured list.
    if (d.origin === 'dom' && commas(s.section.text.text) > 1.2 * commas(d.section.text.text) + 2) {
      out[i] = s;
    }
  }
  return out;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The adapter's copy, plus the generic finder's for the fields the adapter did not find. */
function mergeCopy(own: FoundCopy[], generic: FoundCopy[]): FoundCopy[] {
  const fields = new Set(own.map((c) => c.field));
  const ownText = own.map((c) => collapse(c.text.text));
  const out = [...own];
  for (const c of generic) {
    if (fields.has(c.field)) continue;
    const t = collapse(c.text.text);
    if (t.length === 0 || ownText.some((o) => o.includes(t) || t.includes(o))) continue;
    out.push(c);
  }
  return out;
}

function productPage(adapter: Adapter, url: URL): boolean {
  return attempt(() => adapter.isProductPage(url), false);
}

/** Everything the pure pipeline needs from a page, the adapter way where one applies. */
export function findWithAdapter(
  doc: Document,
  url: string,
  options: FindOptions = {},
): RetailerFindings {
  return runToEnd(findWithAdapterSteps(doc, url, options));
}

/** findWithAdapter as steps (see runSliced in lib/page/scheduler.ts). */
export function* findWithAdapterSteps(
  doc: Document,
  url: string,
  options: FindOptions = {},
): Steps<RetailerFindings> {
  const endPass = beginScanPass();
  try {
    return yield* findSteps(doc, url, options);
  } finally {
    endPass();
  }
}

function* findSteps(doc: Document, url: string, options: FindOptions): Steps<RetailerFindings> {
  const parsed = parseUrl(url);
  const adapter =
    options.generic || parsed === null ? null : attempt(() => adapterFor(doc, parsed), null);
  yield;
  if (adapter === null || parsed === null)
    return { ...(yield* findOnPageSteps(doc, url)), adapter: null };
  if (!productPage(adapter, parsed)) {
    const generic = yield* findOnPageSteps(doc, url);
    return { ...generic, adapter: { id: adapter.id, productPage: false, origins: [] } };
  }

  const products = attempt(() => readJsonLdProducts(doc), [] as JsonLdProduct[]);
  yield;
  const dom = attempt(() => selectorSections(doc, adapter), [] as FoundSection[]);
  yield;
  let tagged = mergeSections(dom, structuredSections(doc, adapter, products));
  yield;
  if (tagged.length === 0) {
    let generic = yield* attemptSteps(() => findDomSectionsSteps(doc), [] as FoundSection[]);
    if (generic.length === 0) generic = attempt(() => findJsonSections(doc, products), []);
    tagged = generic.map((section) => ({ section, origin: 'generic' as const }));
  }

  const exclude = copyExclusion(tagged.map((t) => t.section.element));
  const own = attempt(() => selectorCopy(doc, adapter, exclude), [] as FoundCopy[]);
  yield;
  const generic = yield* attemptSteps(() => findCopySteps(doc, products, exclude), {
    title: null,
    copy: [],
  });
  const ownTitle = own.find((c) => c.field === 'title');
  const title =
    (products[0]?.name ? collapse(products[0].name).slice(0, 500) : null) ??
    (ownTitle ? collapse(ownTitle.text.text) || null : null) ??
    generic.title;
  return {
    retailer: adapter.id,
    title,
    sections: tagged.map((t) => t.section),
    copy: mergeCopy(own, generic.copy),
    adapter: { id: adapter.id, productPage: true, origins: tagged.map((t) => t.origin) },
  };
}

/** The debug line for a supported product page whose adapter found no list itself. */
export function adapterMissNote(findings: RetailerFindings): string | null {
  const a = findings.adapter;
  if (!a?.productPage) return null;
  if (a.origins.length > 0 && a.origins.every((o) => o !== 'generic')) return null;
  const generic = a.origins.length > 0 ? ' (the generic finder found a list)' : '';
  return `adapter ${a.id} matched nothing on a product page${generic}`;
}
