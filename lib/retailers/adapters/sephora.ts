import type { Adapter } from '../types';
import { on, segments } from '../url';

// Europe (SFCC) uses /p/<slug>-P<id>.html; Asia-Pacific uses /products/<slug>; the US site
// serves Canada under /ca/en/ and /ca/fr/.
const EU = ['www.sephora.fr', 'www.sephora.de', 'www.sephora.it', 'www.sephora.es'];
const APAC = [
  'www.sephora.com.au',
  'www.sephora.sg',
  'www.sephora.my',
  'www.sephora.nz',
  'www.sephora.hk',
  'www.sephora.ph',
  'www.sephora.co.th',
  'www.sephora.co.id',
];

export const sephora: Adapter = {
  id: 'sephora',
  name: 'Sephora',
  hosts: ['sephora.com', 'sephora.co.uk', ...[...EU, ...APAC].map((h) => h.slice(4))],
  matches: [
    'https://www.sephora.com/product/*',
    'https://www.sephora.com/ca/*/product/*',
    'https://www.sephora.co.uk/p/*',
    ...on(EU, ['/p/*']),
    ...on(APAC, ['/products/*']),
  ],
  isProductPage(url) {
    const s = segments(url);
    if (s[0] === 'product') return s.length >= 2;
    if (s[0] === 'ca') return s[2] === 'product' && s.length >= 4;
    return (s[0] === 'p' || s[0] === 'products') && s.length >= 2;
  },
  examples: {
    product: [
      'https://www.sephora.com/product/youth-to-the-people-dream-eye-cream-with-goji-stem-cell-ceramides-P463144',
      'https://www.sephora.com/product/protini-tm-polypeptide-cream-P427421?skuId=2025633',
      'https://www.sephora.com/ca/en/product/sheer-skin-tint-with-hyaluronic-acid-squalane-P501777',
      'https://www.sephora.fr/p/the-serum-P3731022.html',
      'https://www.sephora.com.au/products/drunk-elephant-protini-polypeptide-cream',
    ],
    notProduct: [
      'https://www.sephora.com/',
      'https://www.sephora.com/shop/skincare',
      'https://www.sephora.com/brand/the-ordinary',
      'https://www.sephora.fr/soin-visage/',
    ],
  },
  ingredients: [
    {
      selector: '#ingredients',
      note: 'US/CA product page (2019–2024): the collapsed "Ingredients" accordion panel (height 0, text in the DOM); highlight bullets first, then the INCI after <br><br>; kits list each component after "Name:"',
    },
  ],
  state: [
    {
      note: 'US/CA: the linkStore page state; the only copy of the list on pages without the accordion ("json-only" variant)',
      from: { script: 'script#linkStore' },
      paths: ['page.product.currentSku.ingredientDesc'],
    },
  ],
  copy: {
    title: [{ selector: 'h1[data-comp~="DisplayName"]', note: 'US/CA: brand link + product name' }],
    description: [
      {
        selector: '[data-at="about_the_product_title"] ~ div',
        note: 'US/CA: the blocks after the "About the Product" heading ("What it is: …")',
      },
    ],
    highlights: [],
  },
};
