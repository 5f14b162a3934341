import type { Adapter } from '../types';
import { segments } from '../url';

export const walmart: Adapter = {
  id: 'walmart',
  name: 'Walmart',
  hosts: ['walmart.com'],
  matches: ['https://www.walmart.com/ip/*'],
  isProductPage: (url) => segments(url)[0] === 'ip' && segments(url).length >= 2,
  examples: {
    product: [
      'https://www.walmart.com/ip/CeraVe-Moisturizing-Cream-16-oz/3425429',
      'https://www.walmart.com/ip/193361645',
    ],
    notProduct: [
      'https://www.walmart.com/browse/beauty/skin-care/1085666_1007040',
      'https://www.walmart.com/',
    ],
  },
  // The "Ingredients" section is rendered by the app; __NEXT_DATA__ has it from the start.
  ingredients: [],
  state: [
    {
      note: 'Next.js page data: idml.ingredients.ingredients.value (the path Walmart ingredient extensions on GitHub read, e.g. the walmartExtractIngredients helpers)',
      from: { script: 'script#__NEXT_DATA__' },
      paths: ['props.pageProps.initialData.data.idml.ingredients.ingredients.value'],
    },
  ],
  copy: {
    title: [{ selector: '#main-title', note: 'product title' }],
    description: [],
    highlights: [],
  },
};
