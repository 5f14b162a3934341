import type { Adapter } from '../types';
import { isThgProductPath, THG_COPY, THG_INGREDIENTS } from './thg-selectors';

export const lookfantastic: Adapter = {
  id: 'lookfantastic',
  name: 'LOOKFANTASTIC',
  hosts: ['lookfantastic.com', 'lookfantastic.co.uk'],
  matches: [
    'https://www.lookfantastic.com/*/1*.html*',
    'https://www.lookfantastic.com/p/*',
    'https://www.lookfantastic.co.uk/*/1*.html*',
    'https://www.lookfantastic.co.uk/p/*',
  ],
  isProductPage: isThgProductPath,
  examples: {
    product: [
      'https://www.lookfantastic.com/the-ordinary-natural-moisturising-factors-ha-30ml/11396687.html',
      'https://www.lookfantastic.com/cerave-facial-moisturising-lotion-spf-25-52ml/11798689.html',
      'https://www.lookfantastic.com/p/the-ordinary-niacinamide-10-zinc-1-30ml/11396688/',
    ],
    notProduct: [
      'https://www.lookfantastic.com/health-beauty/face/skincare.list',
      'https://www.lookfantastic.com/',
    ],
  },
  ingredients: THG_INGREDIENTS,
  copy: THG_COPY,
};
