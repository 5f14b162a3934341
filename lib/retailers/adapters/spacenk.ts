import type { Adapter } from '../types';
import { segments } from '../url';

/**
 * Space NK runs Salesforce Commerce Cloud (SFRA): the base cartridge's product detail markup,
 * with collapsible sections named collapsible-<kind>-<n>.
 */
export const spacenk: Adapter = {
  id: 'spacenk',
  name: 'Space NK',
  hosts: ['spacenk.com'],
  // "/<region>/<category path>/<slug>-MUK200028329.html": upper-case MUK/MUS product ids.
  matches: ['https://www.spacenk.com/*-MU*.html*'],
  isProductPage(url) {
    const last = segments(url).at(-1) ?? '';
    return last.endsWith('.html') && last.includes('-MU');
  },
  examples: {
    product: [
      'https://www.spacenk.com/uk/skincare/moisturisers/face-moisturisers/the-rich-cream-MUK200028329.html',
      'https://www.spacenk.com/uk/makeup/lips/lipstick/insanely-saturated-lip-colour-MUK200048934.html',
    ],
    notProduct: ['https://www.spacenk.com/uk/skincare', 'https://www.spacenk.com/uk/home'],
  },
  ingredients: [
    {
      selector: '[id^="collapsible-ingredients"]',
      note: 'SFRA collapsible section "Ingredients", closed on load (named like the base cartridge\'s collapsible-description-<n>; not verified on a live page)',
    },
  ],
  copy: {
    title: [{ selector: '.product-detail h1.product-name', note: 'SFRA product name' }],
    description: [
      {
        selector: '.description-and-detail .description .content',
        note: 'SFRA description (as read by SFRA storefront scripts on GitHub)',
      },
    ],
    highlights: [],
  },
};
