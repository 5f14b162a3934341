import type { Adapter } from '../types';
import { segments } from '../url';

export const ulta: Adapter = {
  id: 'ulta',
  name: 'Ulta Beauty',
  hosts: ['ulta.com'],
  matches: [
    'https://www.ulta.com/p/*',
    // Older product URLs, still linked from search engines.
    'https://www.ulta.com/ulta/browse/productDetail.jsp*',
  ],
  isProductPage(url) {
    const s = segments(url);
    // "/p/<slug>-pimprod2000512" or, for Ulta-sourced listings, "/p/<slug>-xlsImpprod14301025".
    const slug = (s[1] ?? '').toLowerCase();
    if (s[0] === 'p')
      return s.length === 2 && (slug.includes('pimprod') || slug.includes('xlsimpprod'));
    return s.join('/') === 'ulta/browse/productDetail.jsp' && url.searchParams.has('productId');
  },
  examples: {
    product: [
      'https://www.ulta.com/p/hyaluronic-acid-2-b5-pimprod2000512',
      'https://www.ulta.com/p/macximal-sleek-satin-lipstick-pimprod2047503',
      'https://www.ulta.com/p/moisture-surge-100h-auto-replenishing-hydrator-xlsImpprod18731137',
      'https://www.ulta.com/ulta/browse/productDetail.jsp?productId=pimprod2017480',
    ],
    notProduct: ['https://www.ulta.com/shop/skin-care', 'https://www.ulta.com/'],
  },
  ingredients: [
    {
      selector: 'details[aria-controls="Ingredients"]',
      note: '2023– product page: the "Ingredients" <details> accordion, closed by default (read so by forbaokhanh/dermscan, dermscan/url_parser.py)',
    },
    {
      selector: '.ProductDetail__ingredients .ProductDetail__productContent',
      note: '2020 product page (DimplyBarkha/gajendra-profecialinks ulta/US/extract.yaml)',
    },
  ],
  copy: {
    title: [{ selector: '.ProductMainSection__productName', note: '2020 product page' }],
    description: [
      {
        selector: 'details[aria-controls="Details"]',
        note: '2023– "Details" accordion, by analogy with the Ingredients one (not verified on a live page)',
      },
    ],
    highlights: [],
  },
};
