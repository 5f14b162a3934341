import type { Adapter } from '../types';
import { segments } from '../url';

export const oliveyoung: Adapter = {
  id: 'oliveyoung',
  name: 'Olive Young (global and Korea)',
  hosts: ['oliveyoung.com', 'oliveyoung.co.kr'],
  matches: [
    'https://global.oliveyoung.com/product/detail*',
    'https://www.oliveyoung.co.kr/store/goods/getGoodsDetail.do*',
    // Short share links (the og:url of product pages) show the same product page.
    'https://www.oliveyoung.co.kr/store/G.do*',
    'https://m.oliveyoung.co.kr/m/goods/getGoodsDetail.do*',
  ],
  isProductPage(url) {
    const path = segments(url).join('/');
    if (path === 'product/detail') return url.searchParams.has('prdtNo');
    const kr =
      path === 'store/goods/getGoodsDetail.do' ||
      path === 'store/G.do' ||
      path === 'm/goods/getGoodsDetail.do';
    return kr && url.searchParams.has('goodsNo');
  },
  examples: {
    product: [
      'https://global.oliveyoung.com/product/detail?prdtNo=GA220714317',
      'https://www.oliveyoung.co.kr/store/goods/getGoodsDetail.do?goodsNo=A000000248432',
      'https://www.oliveyoung.co.kr/store/G.do?goodsNo=A000000248432',
    ],
    notProduct: [
      'https://global.oliveyoung.com/display/category?ctgrNo=1000000008',
      'https://www.oliveyoung.co.kr/store/main/getBestList.do',
    ],
  },
  ingredients: [
    {
      selector: '.prd-detail-info dd, .prd-detail-info td',
      note: 'global site: the product information rows ("Ingredients"); markup not verified on a live page, the fixture is reconstructed',
    },
    {
      selector: '[class*="Accordion_accordion-item"] td, [class*="Accordion_accordion-item"] dd',
      note: 'Korea, Next.js page (2026): the cells of the 상품정보 제공고시 accordion table (the 전성분 row), fetched on click; the re-scan on change picks them up (table markup not verified)',
    },
  ],
  copy: {
    title: [
      { selector: '.prd-brand-info .prd-name', note: 'global site (not verified on a live page)' },
      { selector: '[class*="GoodsDetailInfo_title__"]', note: 'Korea, Next.js page (2026)' },
    ],
    description: [],
    highlights: [],
  },
};
