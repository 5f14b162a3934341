import { findCopy } from './find-copy';
import { findDomSections, findJsonSections } from './find-sections';
import { type JsonLdProduct, readJsonLdProducts } from './json-ld';
import type { FoundSection, PageFindings } from './types';

/**
 * Everything the pure pipeline needs from a page: ingredient sections (DOM first, embedded
 * JSON only when the DOM has no list) and product copy. Generic path only; retailer adapters
 * will run before it. Never throws: a failing step contributes nothing.
 *
 * `retailer`: 'generic' when the list came from the DOM or from embedded app state, 'json-ld'
 * when only JSON-LD had it, 'none' when no list was found.
 */
export function findOnPage(doc: Document, url: string): PageFindings {
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
    sections = findDomSections(doc);
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
    const { title, copy } = findCopy(doc, products);
    return { retailer, title, sections, copy };
  } catch {
    return { retailer, title: null, sections, copy: [] };
  }
}
