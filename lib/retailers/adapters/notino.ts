import type { Adapter } from '../types';
import { on, segments } from '../url';

const HOSTS = [
  'www.notino.de',
  'www.notino.at',
  'www.notino.co.uk',
  'www.notino.fr',
  'www.notino.it',
  'www.notino.es',
  'www.notino.nl',
  'www.notino.pl',
  'www.notino.cz',
  'www.notino.sk',
  'www.notino.hu',
  'www.notino.ro',
];

export const notino: Adapter = {
  id: 'notino',
  name: 'Notino',
  hosts: HOSTS.map((h) => h.slice(4)),
  // Product pages are "/<brand>/<product>/" (plus "p-<variant id>/"): no product-only prefix.
  matches: on(HOSTS, ['/*/*/']),
  isProductPage(url) {
    const s = segments(url);
    if (s.length === 2) return true;
    return s.length === 3 && (s[2] ?? '').startsWith('p-');
  },
  examples: {
    product: [
      'https://www.notino.de/cerave/moisturizers-feuchtigkeitscreme-spf-50/',
      'https://www.notino.de/cerave/moisturizers-feuchtigkeitscreme-spf-50/p-16130224/',
      'https://www.notino.co.uk/the-ordinary/niacinamide-10-zinc-1-serum/',
    ],
    notProduct: ['https://www.notino.de/', 'https://www.notino.de/cerave/'],
  },
  ingredients: [
    {
      selector: '#pd-composition-wrapper',
      note: 'product page (2026): the "Inhaltsstoffe"/"Ingredients" tab panel; the description\'s own "Inhaltsstoffe:" marketing bullets sit outside it (decoy)',
    },
  ],
  state: [
    {
      note: 'the Apollo cache (application/json): each CatalogVariant carries documentation.ingredients as HTML',
      from: { script: 'script#__APOLLO_STATE__' },
      paths: ['*.documentation.ingredients'],
    },
  ],
  copy: {
    title: [{ selector: 'h1[data-testid="pd-header-title"]', note: 'brand + product name' }],
    description: [{ selector: '#pd-description-text', note: 'the "Beschreibung" tab text' }],
    highlights: [],
  },
};
