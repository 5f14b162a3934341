import type { Adapter } from '../types';
import { segments } from '../url';

export const yesstyle: Adapter = {
  id: 'yesstyle',
  name: 'YesStyle',
  hosts: ['yesstyle.com'],
  matches: ['https://www.yesstyle.com/*/info.html/pid.*'],
  isProductPage(url) {
    const s = segments(url);
    const i = s.indexOf('info.html');
    return i >= 1 && (s[i + 1] ?? '').startsWith('pid.');
  },
  examples: {
    product: [
      'https://www.yesstyle.com/en/celimax-the-vita-a-retinal-shot-tightening-booster-15ml/info.html/pid.1130946339',
      'https://www.yesstyle.com/en/cosrx-advanced-snail-96-mucin-power-essence-100ml/info.html/pid.1051010839',
    ],
    notProduct: [
      'https://www.yesstyle.com/en/beauty-skin-care/list.html/bcc.15544_bpt.46',
      'https://www.yesstyle.com/en/home.html',
    ],
  },
  ingredients: [
    {
      selector: '[class*="productDetailPage_ingredients"]',
      note: 'Next.js product page with CSS-module classes (productDetailPage_*): the "Ingredients" block of the product details (class name not verified on a live page; the generic finder covers it if it differs)',
    },
  ],
  copy: {
    title: [
      {
        selector: '[class*="productDetailPage_productUpper-heading"] h1',
        note: 'product heading: brand link + name (aMAAmina/web-scraping inspect_prod.py)',
      },
    ],
    description: [
      {
        selector: '[class*="productDetailPage_productDescription"]',
        note: 'product description (not verified on a live page)',
      },
    ],
    highlights: [],
  },
};
