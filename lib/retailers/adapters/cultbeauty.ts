import type { Adapter } from '../types';
import { isThgProductPath, THG_COPY, THG_INGREDIENTS } from './thg-selectors';

export const cultbeauty: Adapter = {
  id: 'cultbeauty',
  name: 'Cult Beauty',
  hosts: ['cultbeauty.co.uk', 'cultbeauty.com'],
  // THG URL shapes: "/<slug>/<numeric id>.html" (ids start with 1) and the newer "/p/<slug>/<id>/".
  matches: [
    'https://www.cultbeauty.co.uk/*/1*.html*',
    'https://www.cultbeauty.co.uk/p/*',
    'https://www.cultbeauty.com/*/1*.html*',
    'https://www.cultbeauty.com/p/*',
  ],
  isProductPage: isThgProductPath,
  examples: {
    product: [
      'https://www.cultbeauty.co.uk/paula-s-choice-skin-perfecting-2-bha-liquid-exfoliant-118ml/11174178.html',
      'https://www.cultbeauty.co.uk/p/charlotte-tilbury-beauty-light-wand/13468473/',
    ],
    notProduct: ['https://www.cultbeauty.co.uk/skin-care.list', 'https://www.cultbeauty.co.uk/'],
  },
  ingredients: THG_INGREDIENTS,
  copy: THG_COPY,
};
