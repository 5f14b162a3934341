import type { Adapter } from '../types';
import { on, segments } from '../url';

const HOSTS = [
  'www.amazon.com',
  'www.amazon.co.uk',
  'www.amazon.de',
  'www.amazon.fr',
  'www.amazon.it',
  'www.amazon.es',
  'www.amazon.ca',
  'www.amazon.com.au',
  'www.amazon.co.jp',
  'www.amazon.in',
];

/** An ASIN: ten letters or digits. */
function isAsin(s: string | undefined): boolean {
  if (s === undefined || s.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!ok) return false;
  }
  return true;
}

export const amazon: Adapter = {
  id: 'amazon',
  name: 'Amazon',
  hosts: HOSTS.map((h) => h.slice(4)),
  // "/<slug>/dp/<ASIN>" is the common form; "/dp/<ASIN>" and "/gp/product/<ASIN>" the short ones.
  matches: on(HOSTS, ['/dp/*', '/*/dp/*', '/gp/product/*']),
  isProductPage(url) {
    const s = segments(url);
    const dp = s.indexOf('dp');
    if (dp >= 0) return isAsin(s[dp + 1]);
    return s[0] === 'gp' && s[1] === 'product' && isAsin(s[2]);
  },
  examples: {
    product: [
      'https://www.amazon.com/Funny-Data-Systems-Business-Analyst/dp/B07FNW9FGJ',
      'https://www.amazon.com/dp/B00TTD9BRC',
      'https://www.amazon.com/gp/product/B08YQX3SKH?th=1&psc=1',
      'https://www.amazon.co.uk/Panasonic-eneloop-BK-3MCCE-8BE-Batteries-White/dp/B00JZBX8DQ',
    ],
    notProduct: [
      'https://www.amazon.com/s?k=serum',
      'https://www.amazon.de/',
      'https://www.amazon.com/gp/bestsellers/beauty',
    ],
  },
  // All the places Amazon puts a list, best first; the first that holds one wins.
  ingredients: [
    {
      selector: '#important-information .content > p',
      after: 'ingredients',
      note: 'beauty and grocery pages: "Important information" → <h4>Ingredients:</h4><p>…</p> (as read by vidhanmehta/ingredients_analyzer)',
    },
    {
      selector: '#important-information .content',
      note: 'drug-facts variant: "Active Ingredients: …" / "Inactive Ingredients: …" paragraphs in one block (as read by forbaokhanh/dermscan)',
    },
    {
      selector: '#productDetails_feature_div tr, #detailBullets_feature_div li',
      note: 'the "Product details" table or bullet list with an "Ingredients" row',
    },
    { selector: '#aplus p, #aplus li', note: 'A+ (brand) content that prints the full list' },
    {
      selector: '#feature-bullets li',
      note: 'sellers who paste "Ingredients: …" into the "About this item" bullets',
    },
  ],
  copy: {
    title: [{ selector: '#productTitle', note: 'every product page' }],
    description: [{ selector: '#productDescription', note: 'the "Product description" block' }],
    highlights: [{ selector: '#feature-bullets', note: '"About this item" bullets' }],
  },
};
