/**
 * A retailer adapter is data: where a shop's product pages are, and where on them the
 * ingredient list and the product copy sit. One file per shop (lib/retailers/adapters/<id>.ts), one
 * fixture folder (tests/fixtures/<id>/) and one test (tests/dom/retailers/<id>.test.ts), all
 * named by the same kebab-case id. lib/retailers/find.ts runs them; nothing here runs code on
 * the page except the product-page predicate and, for shops found by page structure, `detect`.
 */

/** One selector alternative and the page variant it targets (why it exists). */
export interface Sel {
  selector: string;
  note: string;
  /**
   * Only elements right after a label reading like this ("ingredients"): for shops that
   * write the list as a bare <p> after an <h4>Ingredients:</h4>, which CSS cannot tell apart.
   */
  after?: string;
}

/**
 * Embedded page state holding the ingredient list (server-rendered shops ship the full product
 * record for hydration, often with the list a collapsed accordion only renders on click).
 * Read with JSON.parse only: nothing on the page is evaluated.
 */
export interface StateSource {
  note: string;
  /**
   * Where the JSON is. `script`: a CSS selector for a <script> whose text is JSON
   * (`script#linkStore`). `global`: a name assigned in an inline script, as a JSON literal
   * (`window.__STATE__ = {...}`) or as a string parsed at run time (`JSON.parse("...")`).
   */
  from: { script: string } | { global: string };
  /** Dotted paths to the ingredient text; `*` stands for every key or index at that level. */
  paths: readonly string[];
}

export interface CopySelectors {
  title: readonly Sel[];
  description: readonly Sel[];
  highlights: readonly Sel[];
}

export interface Adapter {
  /** Kebab-case; also the fixture folder and the test file name. */
  id: string;
  /** The shop's name as shoppers know it. */
  name: string;
  /** Registrable domains (subdomains included); empty for shops found by page structure. */
  hosts: readonly string[];
  /** WXT/Chrome match patterns for the content script; empty for shops found by structure. */
  matches: readonly string[];
  /** True on a product page of this shop (the URL is already known to be on one of `hosts`). */
  isProductPage(url: URL): boolean;
  /** Only for shops found by page structure (Shopify): true when the page is one of theirs. */
  detect?(doc: Document): boolean;
  /** Real URLs the predicate must accept and reject; tests check both, and `matches` too. */
  examples: { product: readonly string[]; notProduct: readonly string[] };
  /** Ingredient section alternatives, best first; the first that holds an INCI list wins. */
  ingredients: readonly Sel[];
  /** Embedded state with the list, read before the DOM (see lib/retailers/find.ts). */
  state?: readonly StateSource[];
  copy: CopySelectors;
}
