import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ADAPTERS, contentScriptMatches } from '../../../lib/retailers/registry';
import { patternMatches } from './match-pattern';

/** The content script's manifest `matches`: product pages of supported shops, nothing else. */

const anyMatch = (url: string) => contentScriptMatches().some((p) => patternMatches(p, url));

/** Pages of supported retailers (and others) that are not product pages. */
const NOT_PRODUCT_PAGES = [
  'https://www.sephora.com/',
  'https://www.sephora.com/shop/skincare',
  'https://www.ulta.com/shop/skin-care',
  'https://www.amazon.com/s?k=serum',
  'https://www.boots.com/beauty/skincare/facial-skincare',
  'https://www.target.com/c/skin-care-beauty/-/N-4tfyx',
  'https://www.walmart.com/browse/beauty/skin-care/1085666_1007040',
  'https://www.iherb.com/c/beauty',
  'https://global.oliveyoung.com/display/category?ctgrNo=1000000008',
  'https://www.oliveyoung.co.kr/store/main/getBestList.do',
  'https://sokoglam.com/collections/skincare',
  'https://www.nordstrom.com/browse/beauty/skin-care',
  'https://www.dermstore.com/skin-care.list',
  'https://www.notino.de/',
  // Shopify stores are found by page structure and scanned on request, never by pattern.
  'https://www.skincupid.co.uk/products/dr-ceuracle-vegan-kombucha-tea-essence',
  'https://example.com/products/serum',
  // The Ordinary's own store has no adapter: the generic finder, on request.
  'https://theordinary.com/en-us/niacinamide-10-zinc-1-serum-100436.html',
];

describe('content script match patterns', () => {
  it('are valid patterns without TLD wildcards, and WXT compiles every one', () => {
    const all = contentScriptMatches();
    expect(all.length).toBeGreaterThan(40);
    expect(new Set(all).size).toBe(all.length);
    for (const p of all) {
      expect(p, p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*$/);
      expect(p, `${p}: TLD wildcards are not valid match patterns`).not.toMatch(/\.\*\//);
      expect(() => new MatchPattern(p), p).not.toThrow();
    }
  });

  it.each(NOT_PRODUCT_PAGES)('do not match %s', (url) => {
    expect(anyMatch(url)).toBe(false);
  });

  it('cover Amazon country sites and the Olive Young and Sephora variants', () => {
    for (const tld of ['com', 'co.uk', 'de', 'fr', 'it', 'es', 'ca', 'com.au', 'co.jp']) {
      expect(anyMatch(`https://www.amazon.${tld}/Some-Serum/dp/B000000000`), tld).toBe(true);
      expect(anyMatch(`https://www.amazon.${tld}/gp/product/B000000000`), tld).toBe(true);
    }
    expect(anyMatch('https://www.oliveyoung.co.kr/store/goods/getGoodsDetail.do?goodsNo=A1')).toBe(
      true,
    );
    expect(anyMatch('https://global.oliveyoung.com/product/detail?prdtNo=GA2')).toBe(true);
    expect(anyMatch('https://www.sephora.fr/p/serum-P1.html')).toBe(true);
  });

  it('agree with WXT MatchPattern on every example URL', () => {
    for (const a of ADAPTERS) {
      const compiled = a.matches.map((m) => new MatchPattern(m));
      for (const url of [...a.examples.product, ...a.examples.notProduct]) {
        const ours = a.matches.some((m) => patternMatches(m, url));
        expect(
          compiled.some((c) => c.includes(url)),
          `${a.id} ${url}`,
        ).toBe(ours);
      }
    }
  });
});
