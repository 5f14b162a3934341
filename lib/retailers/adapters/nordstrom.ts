import type { Adapter } from '../types';
import { isDigits, segments } from '../url';

export const nordstrom: Adapter = {
  id: 'nordstrom',
  name: 'Nordstrom',
  hosts: ['nordstrom.com'],
  matches: ['https://www.nordstrom.com/s/*'],
  isProductPage(url) {
    const s = segments(url);
    return s[0] === 's' && s.length >= 2 && isDigits(s[s.length - 1]);
  },
  examples: {
    product: [
      'https://www.nordstrom.com/s/augustinus-bader-the-rich-cream/5455843',
      'https://www.nordstrom.com/s/5455843',
    ],
    notProduct: ['https://www.nordstrom.com/browse/beauty/skin-care', 'https://www.nordstrom.com/'],
  },
  ingredients: [
    {
      selector: 'span + p',
      after: 'ingredients',
      note: '"Details & Care": a <span>Ingredients</span> label and the <p> after it (DimplyBarkha/gajendra-profecialinks nordstrom/US/extract.yaml)',
    },
  ],
  copy: {
    title: [{ selector: 'h1[itemprop="name"]', note: 'product name (schema.org microdata)' }],
    description: [
      {
        selector: 'div + div',
        after: 'details & care',
        note: 'the block after the "Details & Care" heading (same extractor: the div following it)',
      },
    ],
    highlights: [],
  },
};
