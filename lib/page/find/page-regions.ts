/**
 * Parts of a page that never describe the product on it: site navigation and mega-menus
 * (The INKEY List's "shop by ingredient" menu names Exosome on every page), headers, footers,
 * breadcrumbs, reviews, and cards of other products (recommendations, carousels, ranking
 * tiles). Both the ingredient finder and the copy finder leave these out.
 *
 * The checks look only at the element itself (tag, role, id, class and a few data-* names), so
 * they can run on every element of a walk; only the repeated-tile check looks at siblings,
 * once per parent.
 */

import { textSourceOf } from '../text-source';

/** Whole id/class tokens that name site chrome. Substrings would be too greedy here:
 * "accordion-header" holds the Ingredients button, Skin Cupid's tabs are "nav-link". */
const CHROME_TOKENS = new Set([
  'nav',
  'navigation',
  'menu',
  'menus',
  'submenu',
  'main-menu',
  'site-menu',
  'header',
  'site-header',
  'siteheader',
  'page-header',
  'global-header',
  'masthead',
  'footer',
  'site-footer',
  'page-footer',
  'global-footer',
  'related',
  'reviews',
  'review',
  'drawer-menu',
]);

/** Substrings that are unambiguous wherever they appear in a token. */
const CHROME_PARTS = [
  'megamenu',
  'mega-menu',
  'mega_menu',
  'meganav',
  'mega-nav',
  'breadcrumb',
  'navbar',
  'topnav',
  'top-nav',
  'sitenav',
  'site-nav',
  'mainnav',
  'main-nav',
  'globalnav',
  'global-nav',
  'primary-nav',
  'productcard',
  'product-card',
  'product_card',
  'producttile',
  'product-tile',
  'product_tile',
  'product-grid-item',
  'carousel',
  'recommend',
  'upsell',
  'up-sell',
  'crosssell',
  'cross-sell',
  'recentlyviewed',
  'recently-viewed',
  'alsolike',
  'also-like',
  'alsobought',
  'boughttogether',
  'bought-together',
  'relatedproduct',
  'related-product',
  'related_product',
  'bazaarvoice',
  'yotpo',
  'ratingsandreviews',
  'ratings-reviews',
  'reviewlist',
  'review-list',
  'reviewsanchor',
  'cookie',
  'newsletter',
  'sitesearch',
  'site-search',
  'quicklook',
  'quick-view',
  'quickview',
  'footer',
];

const CHROME_ROLES = new Set([
  'navigation',
  'menu',
  'menubar',
  'menuitem',
  'banner',
  'contentinfo',
  'search',
]);

/** Attributes whose tokens are checked (Sephora names components in data-comp). */
const TOKEN_ATTRS = ['id', 'class', 'data-comp', 'data-testid', 'data-at', 'data-section-type'];

/**
 * Every word above as one case-insensitive test of the whole attribute: a value that holds
 * none of them (most do not) needs no lower-casing and no token split. Plain alternatives of
 * literals, no quantifier: the engine tries each at each position and never backtracks further.
 */
const ANY_CHROME_WORD = new RegExp(
  [...new Set([...CHROME_TOKENS, ...CHROME_PARTS])].sort((a, b) => b.length - a.length).join('|'), // letters, '-' and '_' only: nothing to escape
  'i',
);

function hasChromeToken(value: string): boolean {
  const head = value.length > 2000 ? value.slice(0, 2000) : value;
  if (!ANY_CHROME_WORD.test(head)) return false;
  // Split on whitespace by hand: cheap, and no regex over page-controlled strings.
  let start = 0;
  const lower = head.toLowerCase();
  for (let i = 0; i <= lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (i < lower.length && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)
      continue;
    if (i > start) {
      const token = lower.slice(start, i);
      if (CHROME_TOKENS.has(token)) return true;
      if (!token.includes('preview') && token.length <= 120) {
        for (const part of CHROME_PARTS) if (token.includes(part)) return true;
      }
    }
    start = i + 1;
  }
  return false;
}

/** Site chrome, menus, reviews, other products' cards: judged from the element alone. */
export function isChromeElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'NAV') return true;
  if (tag === 'HEADER' || tag === 'FOOTER') {
    // A <header> inside the product's <article>/<main> is the product's own heading block.
    return el.parentElement?.closest('article, main, [role="main"]') == null;
  }
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  for (const name of TOKEN_ATTRS) {
    const v = el.getAttribute(name);
    if (v !== null && v.length > 0 && hasChromeToken(v)) return true;
  }
  return false;
}

// Per pass: the page changes between scans, so a parent's card groups and every element's
// verdict are judged afresh. Within one scan each element is judged once: the finders walk the
// same body several times (sections, copy, the copy exclusion) and climb the same ancestors.
let tileKeysCache = new WeakMap<Element, Set<string>>();
let offCache = new WeakMap<Element, boolean>();
/** Inside a whole-page scan (beginScanPass): the finders' own passes keep its judgements. */
let scanPass = false;

/** Forgets judgements from an earlier scan of a page that may have changed since. */
export function startRegionPass(): void {
  if (scanPass) return;
  tileKeysCache = new WeakMap();
  offCache = new WeakMap();
}

/**
 * One judgement per element for a whole scan (lib/retailers/find.ts opens and closes it around
 * the adapter and generic finders). Returns the function that ends the pass.
 */
export function beginScanPass(): () => void {
  scanPass = false;
  startRegionPass();
  scanPass = true;
  return () => {
    scanPass = false;
  };
}
const MIN_TILES = 3;
/** A product card holds a name, a price, a rating: a few hundred characters at most. */
const MAX_TILE_TEXT = 800;

/** Class tokens that mark a card's state or position, not its kind. */
const STATE_TOKENS = new Set([
  'last',
  'first',
  'active',
  'selected',
  'current',
  'odd',
  'even',
  'hidden',
  'show',
  'visible',
  'open',
]);

/** Tag and classes without state tokens: the last card of a row often carries "last". */
function tileKey(el: Element): string {
  const c = el.getAttribute('class') ?? '';
  if (c.length > 500) return `${el.tagName}|${c}`;
  let key = el.tagName;
  for (const token of c.split(' ')) {
    if (token.length > 0 && !STATE_TOKENS.has(token.toLowerCase())) key += `|${token}`;
  }
  return key;
}

/** True if `el` is one of several same-shaped siblings that each link to a product image. */
export function isRepeatedTile(el: Element): boolean {
  const parent = el.parentElement;
  if (parent === null) return false;
  // The cache first: childElementCount counts the children on every call, which made this
  // quadratic in the length of long lists (400 ms on a 100,000-node page).
  let keys = tileKeysCache.get(parent);
  if (keys === undefined) {
    keys = new Set();
    if (parent.childElementCount < MIN_TILES) {
      tileKeysCache.set(parent, keys);
      return false;
    }
    const groups = new Map<string, Element[]>();
    const children = parent.children;
    for (let i = 0; i < children.length && i < 2000; i++) {
      const child = children[i] as Element;
      const key = tileKey(child);
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const [key, group] of groups) {
      if (group.length < MIN_TILES) continue;
      // Unclassed divs are layout, not cards; list items and classed blocks can be cards.
      const first = group[0] as Element;
      if (first.tagName !== 'LI' && (first.getAttribute('class') ?? '').trim() === '') continue;
      // Small members with a link and an image make it a card grid, not a bullet list.
      const sample = group.slice(0, 3);
      const linked = (g: Element): boolean =>
        g.matches('a[href]') || g.querySelector('a[href]') !== null;
      const card = (g: Element): boolean =>
        linked(g) &&
        g.querySelector('img') !== null &&
        textSourceOf(g, { maxChars: MAX_TILE_TEXT + 1 }).text.trim().length <= MAX_TILE_TEXT;
      if (sample.every(card)) keys.add(key);
    }
    tileKeysCache.set(parent, keys);
  }
  return keys.size > 0 && keys.has(tileKey(el));
}

/** Left out of product copy and ingredient search. */
export function isOffProductRegion(el: Element): boolean {
  let off = offCache.get(el);
  if (off === undefined) {
    off = isChromeElement(el) || isRepeatedTile(el);
    offCache.set(el, off);
  }
  return off;
}

/** True if `el` or an ancestor (up to `root`) is off-product. */
export function inOffProductRegion(el: Element, root: Element | null = null): boolean {
  for (let e: Element | null = el; e !== null && e !== root; e = e.parentElement) {
    if (e.tagName.toUpperCase() === 'BODY') return false;
    if (isOffProductRegion(e)) return true;
  }
  return false;
}
