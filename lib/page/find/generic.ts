import { runToEnd, type Steps } from '../scheduler';
import type { FoundSection, PageFindings } from '../types';
import { copyExclusion } from './copy-exclusion';
import { findCopySteps } from './find-copy';
import { findDomSectionsSteps, findJsonSections } from './find-sections';
import { type JsonLdProduct, readJsonLdProducts } from './json-ld';

/**
 * Everything the pure pipeline needs from a page: ingredient sections (DOM first, embedded
 * JSON only when the DOM has no list) and product copy. Generic path only; retailer adapters
 * will run before it. Never throws: a failing step contributes nothing.
 *
 * `retailer`: 'generic' when the list came from the DOM or from embedded app state, 'json-ld'
 * when only JSON-LD had it, 'none' when no list was found.
 */
export function findOnPage(doc: Document, url: string): PageFindings {
  return runToEnd(findOnPageSteps(doc, url));
}

/** findOnPage as steps (see runSliced in scheduler.ts). */
export function* findOnPageSteps(doc: Document, url: string): Steps<PageFindings> {
  void url; // adapters will key on it; the generic path reads the document only
  let products: JsonLdProduct[] = [];
  try {
    products = readJsonLdProducts(doc);
  } catch {
    products = [];
  }
  let sections: FoundSection[] = [];
  let retailer = 'none';
  try {
    yield;
    sections = yield* findDomSectionsSteps(doc);
    if (sections.length > 0) retailer = 'generic';
  } catch {
    sections = [];
  }
  if (sections.length === 0) {
    try {
      sections = findJsonSections(doc, products);
      if (sections.length > 0)
        retailer = sections.every((s) => s.source === 'json-ld') ? 'json-ld' : 'generic';
    } catch {
      sections = [];
    }
  }
  try {
    yield;
    const exclude = copyExclusion(sections.map((s) => s.element));
    const { title, copy } = yield* findCopySteps(doc, products, exclude);
    return { retailer, title, sections, copy };
  } catch {
    return { retailer, title: null, sections, copy: [] };
  }
}
