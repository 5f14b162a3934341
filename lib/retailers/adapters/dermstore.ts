import type { Adapter } from '../types';
import { segments } from '../url';
import { THG_COPY, THG_INGREDIENTS } from './thg-selectors';

export const dermstore: Adapter = {
  id: 'dermstore',
  name: 'Dermstore',
  hosts: ['dermstore.com'],
  matches: ['https://www.dermstore.com/p/*', 'https://www.dermstore.com/product_*'],
  isProductPage(url) {
    const s = segments(url);
    return (
      (s[0] === 'p' && s.length >= 2) || (s.length === 1 && (s[0] ?? '').startsWith('product_'))
    );
  },
  examples: {
    product: [
      'https://www.dermstore.com/p/skinceuticals-c-e-ferulic-1-fl.-oz/11289609/',
      'https://www.dermstore.com/product_CE+Ferulic_31204.htm',
    ],
    notProduct: ['https://www.dermstore.com/skin-care.list', 'https://www.dermstore.com/'],
  },
  ingredients: [
    {
      selector: '[id*="collapseIngredients"]',
      note: 'pre-THG product page: Bootstrap collapse panel "Ingredients", closed by default (DimplyBarkha/gajendra-profecialinks dermstore/US/extract.yaml)',
    },
    ...THG_INGREDIENTS,
  ],
  copy: {
    title: [{ selector: 'h1.prod-name', note: 'pre-THG product page' }, ...THG_COPY.title],
    description: [
      { selector: '[id*="collapseDetails"]', note: 'pre-THG "Details" collapse panel' },
      ...THG_COPY.description,
    ],
    highlights: [],
  },
};
