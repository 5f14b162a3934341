import type { Adapter } from '../types';
import { segments } from '../url';
import { isShopifyProductPath, SHOPIFY_COPY, SHOPIFY_INGREDIENTS } from './shopify-selectors';

/** Marks every Shopify storefront carries, whatever its domain or theme. */
const MARKERS = [
  'meta[name="shopify-digital-wallet"]',
  'meta[name="shopify-checkout-api-token"]',
  'link[href*="cdn.shopify.com"]',
  'script[src*="cdn.shopify.com"]',
  '#shopify-features',
  '[id^="shopify-section-"]',
].join(', ');

/**
 * Shopify stores in general, found by page structure rather than by host: thousands of brand
 * and retailer shops, too many to list, and no broad host permission. So this adapter has no
 * match patterns; it applies when the user asks ExoCheck to scan a page (the content script is
 * injected on demand) and in the scan CLI.
 */
export const shopify: Adapter = {
  id: 'shopify',
  name: 'Shopify stores',
  hosts: [],
  matches: [],
  detect(doc) {
    if (doc.querySelector(MARKERS) !== null) return true;
    const scripts = doc.getElementsByTagName('script');
    for (let i = 0; i < scripts.length && i < 200; i++) {
      const s = scripts[i] as Element;
      if (!s.hasAttribute('src') && (s.textContent ?? '').includes('Shopify.shop')) return true;
    }
    return false;
  },
  isProductPage: (url) => isShopifyProductPath(segments(url)),
  examples: {
    product: [
      'https://www.skincupid.co.uk/products/dr-ceuracle-vegan-kombucha-tea-essence',
      'https://uk.theinkeylist.com/products/exosome-glow-serum',
      'https://www.example-shop.com/collections/serums/products/a-serum',
    ],
    notProduct: [
      'https://www.skincupid.co.uk/collections/toners',
      'https://uk.theinkeylist.com/',
      'https://www.skincupid.co.uk/products/a/b',
    ],
  },
  ingredients: SHOPIFY_INGREDIENTS,
  copy: SHOPIFY_COPY,
};
