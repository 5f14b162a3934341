import type { Adapter } from '../types';
import { segments } from '../url';
import { isShopifyProductPath, SHOPIFY_COPY, SHOPIFY_INGREDIENTS } from './shopify-selectors';

/** Soko Glam runs on Shopify: its own host patterns, the shared Shopify selectors. */
export const sokoglam: Adapter = {
  id: 'sokoglam',
  name: 'Soko Glam',
  hosts: ['sokoglam.com'],
  // *.sokoglam.com also matches the bare sokoglam.com the store uses.
  matches: ['https://*.sokoglam.com/products/*', 'https://*.sokoglam.com/collections/*/products/*'],
  isProductPage: (url) => isShopifyProductPath(segments(url)),
  examples: {
    product: [
      'https://sokoglam.com/products/cosrx-advanced-snail-96-mucin-power-essence',
      'https://sokoglam.com/collections/essence/products/cosrx-advanced-snail-96-mucin-power-essence',
    ],
    notProduct: ['https://sokoglam.com/collections/skincare', 'https://sokoglam.com/'],
  },
  ingredients: SHOPIFY_INGREDIENTS,
  copy: SHOPIFY_COPY,
};
