import type { Adapter } from '../types';
import { segments } from '../url';

/**
 * Stylevana runs Magento 2 (its search is /<locale>/catalogsearch/result/): the Luma product
 * page markup, with the ingredient list as one of the product "details" tabs.
 */
export const stylevana: Adapter = {
  id: 'stylevana',
  name: 'Stylevana',
  hosts: ['stylevana.com'],
  // Product pages are "/<locale>/<slug>.html"; category pages share the shape (the finder
  // finds no list there).
  matches: ['https://www.stylevana.com/*/*.html*'],
  isProductPage(url) {
    const s = segments(url);
    return s.length === 2 && (s[0] ?? '').includes('_') && (s[1] ?? '').endsWith('.html');
  },
  examples: {
    product: [
      'https://www.stylevana.com/en_US/cosrx-advanced-snail-96-mucin-power-essence-100ml.html',
      'https://www.stylevana.com/en_CA/beauty-of-joseon-relief-sun-rice-probiotics-spf50-pa-50ml.html',
    ],
    notProduct: [
      'https://www.stylevana.com/en_CA/catalogsearch/result/?q=snail',
      'https://www.stylevana.com/en_US/',
    ],
  },
  ingredients: [
    {
      selector: '.product.data.items .data.item.content',
      note: 'Magento 2 product tabs: every tab panel (hidden until its tab is clicked); the one holding an INCI list counts',
    },
  ],
  copy: {
    title: [{ selector: 'h1.page-title .base', note: 'Magento 2 product title' }],
    description: [
      { selector: '.product.attribute.description .value', note: 'Magento 2 "Details" text' },
    ],
    highlights: [
      { selector: '.product.attribute.overview .value', note: 'Magento 2 short description' },
    ],
  },
};
