import type { CopySelectors, Sel } from '../types';

/**
 * Selectors shared by every Shopify storefront adapter (Shopify itself, Soko Glam): the
 * ingredient panels and copy blocks of the common theme families. Each panel is accepted only
 * when its text holds an INCI list, so "Shipping" and "How to use" panels never count.
 */
export const SHOPIFY_INGREDIENTS: readonly Sel[] = [
  {
    selector: '.product__accordion .accordion__content',
    note: 'Dawn and its descendants: collapsible-row blocks (<details> closed, text in the DOM)',
  },
  {
    selector: '.tab-content .rte',
    note: 'Volt and other Alpine.js themes: tab panels hidden until clicked (Skin Cupid)',
  },
  {
    selector: '.product-single__description, .product__description',
    note: 'Debut-era themes: the list written inside the product description',
  },
];

export const SHOPIFY_COPY: CopySelectors = {
  title: [
    { selector: '.product__title h1', note: 'Dawn: product title block' },
    { selector: 'h1.product-single__title, h1.product__title', note: 'Debut-era themes' },
  ],
  description: [
    { selector: '.product__description', note: 'Dawn: description block' },
    { selector: '.product-single__description', note: 'Debut-era themes' },
  ],
  highlights: [],
};

/** "/products/<handle>", also under a locale ("/en-gb/products/…") or a collection. */
export function isShopifyProductPath(s: readonly string[]): boolean {
  const i = s.indexOf('products');
  return i >= 0 && i <= 3 && s.length === i + 2;
}
