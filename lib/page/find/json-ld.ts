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
  /** Its `url` or `@id`, to tell the page's own product from others in one graph. */
  url?: string | null;
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
        url:
          typeof node.url === 'string'
            ? node.url
            : typeof node['@id'] === 'string'
              ? node['@id']
              : null,
      });
    }
    for (const key of LINK_KEYS) {
      const child = node[key];
      if (child !== null && typeof child === 'object') queue.push({ v: child, depth: depth + 1 });
    }
  }
  return out;
}

/**
 * The page's own JSON-LD Products, in document order. Never throws. A page can carry a graph of
 * many products (its own and others'): then only those whose URL is the page's, or whose name
 * is the page's heading or title, count; several products and none of them the page's (a
 * listing, a feed) count for nothing.
 */
export function readJsonLdProducts(doc: Document): JsonLdProduct[] {
  try {
    return pageProducts(doc, jsonScripts(doc, 'ld').flatMap(productsFromJsonLd));
  } catch {
    return [];
  }
}

/** Products kept when a page names several: see readJsonLdProducts. */
const FEW_PRODUCTS = 3;

export function pageProducts(doc: Document, products: JsonLdProduct[]): JsonLdProduct[] {
  if (products.length <= 1) return products;
  const here = urlKey(doc.URL);
  const byUrl = here ? products.filter((p) => p.url && urlKey(p.url, doc.URL) === here) : [];
  if (byUrl.length > 0) return byUrl;
  const titles = [
    doc.querySelector('h1')?.textContent,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.title,
  ]
    .map((t) => nameKey(t ?? ''))
    .filter((t) => t.length >= 3);
  const byName = products.filter((p) => {
    const n = nameKey(p.name ?? '');
    return n.length >= 3 && titles.some((t) => t.includes(n) || n.includes(t));
  });
  if (byName.length > 0) return byName;
  return products.length <= FEW_PRODUCTS ? products : [];
}

function urlKey(u: string, base?: string): string | null {
  try {
    const url = new URL(u, base);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return null;
  }
}

function nameKey(s: string): string {
  return s.slice(0, 300).toLowerCase().replace(/\s+/g, ' ').trim();
}
