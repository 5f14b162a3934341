import { type EmbeddedJson, jsonScripts } from './embedded-json';
import { stripHtml } from './strip-html';

/**
 * schema.org Product data from the page's JSON-LD: name and description for the product copy,
 * and an ingredient list where the shop publishes one (`ingredients`, or an
 * `additionalProperty` named like "Ingredients"). Most shops publish none; that is normal.
 */

export interface JsonLdProduct {
  name: string | null;
  description: string | null;
  /** Ingredient texts, HTML stripped. */
  ingredients: string[];
  /** Where it came from ("ld+json#2"), for `via`. */
  label: string;
}

const MAX_NODES = 20_000;
const MAX_TEXT = 50_000;
const PRODUCT_TYPES = new Set(['product', 'productgroup', 'individualproduct', 'productmodel']);

function isProduct(node: Record<string, unknown>): boolean {
  const t = node['@type'];
  const types = Array.isArray(t) ? t : [t];
  for (const x of types) {
    if (typeof x !== 'string') continue;
    // "Product", "schema:Product", "http://schema.org/Product"
    const slash = Math.max(x.lastIndexOf('/'), x.lastIndexOf(':'));
    if (PRODUCT_TYPES.has(x.slice(slash + 1).toLowerCase())) return true;
  }
  return false;
}

function text(v: unknown): string | null {
  if (typeof v === 'string') {
    let s = stripHtml(v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v);
    // Shops double-encode ("&lt;p&gt;", "&amp;rsquo;"): one more pass undoes that.
    if (s.includes('<') || s.includes('&')) s = stripHtml(s);
    s = s.trim();
    return s.length > 0 ? s : null;
  }
  if (Array.isArray(v)) {
    const parts = v.filter((x): x is string => typeof x === 'string');
    return parts.length > 0 ? text(parts.join(', ')) : null;
  }
  if (v !== null && typeof v === 'object') {
    // {"@value": "..."} and {"@language": .., "@value": ..}
    return text((v as Record<string, unknown>)['@value']);
  }
  return null;
}

function isIngredientName(name: string): boolean {
  const n = name.trim().toLowerCase();
  return (
    n === 'ingredients' ||
    n === 'ingredient list' ||
    n === 'full ingredients' ||
    n === 'full ingredient list' ||
    n === 'inci' ||
    n === 'inhaltsstoffe' ||
    n === 'ingrédients' ||
    n === 'ingredientes' ||
    n === 'ingredienti' ||
    n === 'składniki' ||
    n === 'zusammensetzung' ||
    n === '전성분' ||
    n === '全成分' ||
    n === '成分'
  );
}

function ingredientsOf(node: Record<string, unknown>): string[] {
  const out: string[] = [];
  const direct = text(node.ingredients);
  if (direct) out.push(direct);
  const props = node.additionalProperty;
  const list = Array.isArray(props) ? props : props ? [props] : [];
  for (const p of list.slice(0, 200)) {
    if (p === null || typeof p !== 'object') continue;
    const prop = p as Record<string, unknown>;
    const name = typeof prop.name === 'string' ? prop.name : '';
    if (!isIngredientName(name)) continue;
    const value = text(prop.value);
    if (value) out.push(value);
  }
  return out;
}

/** Keys that lead from a page-level node to the product it is about. */
const LINK_KEYS = [
  '@graph',
  'mainEntity',
  'mainEntityOfPage',
  'about',
  'hasVariant',
  'itemOffered',
];
const MAX_DEPTH = 4;

/**
 * Product nodes of one parsed JSON-LD value: top level, arrays, @graph, a page's mainEntity
 * and a ProductGroup's variants. Products nested anywhere else (an ItemList of
 * recommendations, "isRelatedTo", reviews) are other products and are left out.
 */
export function productsFromJsonLd(json: EmbeddedJson): JsonLdProduct[] {
  const out: JsonLdProduct[] = [];
  const queue: Array<{ v: unknown; depth: number }> = [{ v: json.value, depth: 0 }];
  for (let head = 0; head < queue.length && head < MAX_NODES; head++) {
    const { v, depth } = queue[head] as { v: unknown; depth: number };
    if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) continue;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 500)) queue.push({ v: x, depth: depth + 1 });
      continue;
    }
    const node = v as Record<string, unknown>;
    if (isProduct(node)) {
      out.push({
        name: text(node.name),
        description: text(node.description),
        ingredients: ingredientsOf(node),
        label: json.label,
      });
    }
    for (const key of LINK_KEYS) {
      const child = node[key];
      if (child !== null && typeof child === 'object') queue.push({ v: child, depth: depth + 1 });
    }
  }
  return out;
}

/** Every JSON-LD Product on the page, in document order. Never throws. */
export function readJsonLdProducts(doc: Document): JsonLdProduct[] {
  try {
    return jsonScripts(doc, 'ld').flatMap(productsFromJsonLd);
  } catch {
    return [];
  }
}
