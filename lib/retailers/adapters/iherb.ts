import type { Adapter } from '../types';
import { isDigits, segments } from '../url';

export const iherb: Adapter = {
  id: 'iherb',
  name: 'iHerb',
  hosts: ['iherb.com'],
  // www. and the country subdomains (kr., de., …) share one layout.
  matches: ['https://*.iherb.com/pr/*'],
  isProductPage(url) {
    const s = segments(url);
    return s[0] === 'pr' && s.length >= 2 && isDigits(s[s.length - 1]);
  },
  examples: {
    product: [
      'https://kr.iherb.com/pr/now-foods-magnesium-calcium-250-tablets/659',
      'https://www.iherb.com/pr/cosrx-advanced-snail-96-mucin-power-essence-3-38-fl-oz-100-ml/102181',
    ],
    notProduct: ['https://www.iherb.com/c/beauty', 'https://www.iherb.com/'],
  },
  ingredients: [
    {
      selector: '.prodOverviewIngred',
      note: 'product overview: the ingredients block (read so by nytafar/iherb-cli, src/scraper/product.rs)',
    },
    {
      selector: '#product-overview h3 + div',
      note: 'product overview sections: <h3>Ingredients</h3> or <h3>Other ingredients</h3> and the <div> after it',
    },
  ],
  copy: {
    title: [{ selector: 'h1#name', note: 'product name (data-testid="product-name")' }],
    description: [],
    highlights: [],
  },
};
