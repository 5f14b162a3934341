import { describe, expect, it } from 'vitest';
import { contentScriptMatches, RETAILER_MATCHES } from '../../../lib/retailers/matches';

/**
 * Chrome's match-pattern semantics: scheme exact, host exact or "*." + suffix (which also
 * matches the bare suffix), path glob over path + query with "*" matching anything.
 */
function matches(pattern: string, url: string): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad pattern ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const u = new URL(url);
  if (u.protocol !== `${scheme}:`) return false;
  const hostOk = host.startsWith('*.')
    ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))
    : u.hostname === host;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
  return hostOk && glob.test(u.pathname + u.search);
}

const anyMatch = (url: string) => contentScriptMatches().some((p) => matches(p, url));

/** Pages of supported retailers that are not product pages: the script must not load there. */
const NOT_PRODUCT_PAGES = [
  'https://www.sephora.com/',
  'https://www.sephora.com/shop/skincare',
  'https://www.sephora.com/brand/the-ordinary',
  'https://www.ulta.com/shop/skin-care',
  'https://www.amazon.com/s?k=serum',
  'https://www.amazon.de/',
  'https://www.boots.com/beauty/skincare/facial-skincare',
  'https://www.target.com/c/skin-care-beauty/-/N-4tfyx',
  'https://www.walmart.com/browse/beauty/skin-care/1085666_1007040',
  'https://www.iherb.com/c/beauty',
  'https://global.oliveyoung.com/display/category?ctgrNo=1000000008',
  'https://www.oliveyoung.co.kr/store/main/getBestList.do',
  'https://sokoglam.com/collections/skincare',
  'https://www.nordstrom.com/browse/beauty/skin-care',
  'https://theordinary.com/en-us/category/skincare',
  'https://www.dermstore.com/skin-care.list',
  'https://www.notino.de/',
  'https://example.com/products/serum',
];

describe('RETAILER_MATCHES', () => {
  it('has unique kebab-case ids and valid patterns', () => {
    const ids = RETAILER_MATCHES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RETAILER_MATCHES) {
      expect(r.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(r.matches.length).toBeGreaterThan(0);
      for (const p of r.matches) {
        expect(p, p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*$/);
        expect(p, `${p}: TLD wildcards are not valid match patterns`).not.toMatch(/\.\*\//);
      }
    }
  });

  it.each(RETAILER_MATCHES.map((r) => [r.id, r.example, r.matches] as const))(
    '%s matches its example product URL',
    (_id, example, patterns) => {
      expect(patterns.some((p) => matches(p, example))).toBe(true);
    },
  );

  it.each(NOT_PRODUCT_PAGES)('does not match %s', (url) => {
    expect(anyMatch(url)).toBe(false);
  });

  it('covers every listed retailer and Amazon country sites', () => {
    expect(RETAILER_MATCHES.map((r) => r.id).sort()).toEqual(
      [
        'amazon',
        'boots',
        'cultbeauty',
        'dermstore',
        'iherb',
        'lookfantastic',
        'nordstrom',
        'notino',
        'oliveyoung',
        'sephora',
        'sokoglam',
        'spacenk',
        'stylevana',
        'target',
        'theordinary',
        'ulta',
        'walmart',
        'yesstyle',
      ].sort(),
    );
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
});
