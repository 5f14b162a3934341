import type { Adapter } from '../types';
import { isDigits, segments } from '../url';

export const boots: Adapter = {
  id: 'boots',
  name: 'Boots',
  hosts: ['boots.com', 'boots.ie'],
  // Product URLs are "/<slug>-<8-digit id starting with 1>", with no path prefix.
  matches: ['https://www.boots.com/*-1*', 'https://www.boots.ie/*-1*'],
  isProductPage(url) {
    const s = segments(url);
    if (s.length !== 1) return false;
    const slug = s[0] ?? '';
    const id = slug.slice(slug.lastIndexOf('-') + 1);
    return id.length >= 7 && id.length <= 9 && isDigits(id);
  },
  examples: {
    product: [
      'https://www.boots.com/the-ordinary-niacinamide-10-zinc-1-30ml-10257914',
      'https://www.boots.ie/cerave-moisturising-cream-340g-10264165',
    ],
    notProduct: ['https://www.boots.com/beauty/skincare/facial-skincare', 'https://www.boots.com/'],
  },
  ingredients: [
    {
      selector: '#product_ingredients ~ p, #product_ingredients ~ ul',
      note: 'product information: the text after the "Ingredients" heading #product_ingredients (DimplyBarkha/gajendra-profecialinks boots/UK/extract.yaml)',
    },
  ],
  copy: {
    title: [{ selector: 'h1[itemprop="name"]', note: 'product name (schema.org microdata)' }],
    description: [
      { selector: '#estore_product_longdesc', note: '"Product details" long description' },
    ],
    highlights: [],
  },
};
