import type { Adapter } from '../types';
import { segments } from '../url';

const ITEM = '__PRELOADED_QUERIES__.queries.*.1.data.product.item.enrichment';

export const target: Adapter = {
  id: 'target',
  name: 'Target',
  hosts: ['target.com'],
  matches: ['https://www.target.com/p/*'],
  isProductPage(url) {
    const s = segments(url);
    return s[0] === 'p' && (s[s.length - 1] ?? '').startsWith('A-');
  },
  examples: {
    product: [
      'https://www.target.com/p/cerave-hydrating-facial-cleanser-16-fl-oz/-/A-14509556',
      'https://www.target.com/p/-/A-86125353',
    ],
    notProduct: ['https://www.target.com/c/skin-care-beauty/-/N-4tfyx', 'https://www.target.com/'],
  },
  // The "Label info" tab renders on click; the page state carries the list from the start.
  ingredients: [],
  state: [
    {
      note: 'window.__TGT_DATA__ = deepFreeze(JSON.parse("…")): the preloaded product query; item.enrichment holds the label text (nutrition_facts.ingredients for cosmetics, drug_facts for OTC products), as read from Target\'s product API by the DimplyBarkha/gajendra-profecialinks target/US extractor',
      from: { global: '__TGT_DATA__' },
      paths: [
        `${ITEM}.nutrition_facts.ingredients`,
        `${ITEM}.drug_facts.ingredients`,
        `${ITEM}.drug_facts.inactive_ingredients`,
      ],
    },
  ],
  copy: {
    title: [
      {
        selector: 'h1[data-test="product-title"]',
        note: 'product title (not verified on a live page)',
      },
    ],
    description: [
      {
        selector: '[data-test="item-details-description"]',
        note: '"Description" in the details (not verified on a live page)',
      },
    ],
    highlights: [
      {
        selector: '[data-test="item-highlights"]',
        note: '"Highlights" bullets (not verified on a live page)',
      },
    ],
  },
};
