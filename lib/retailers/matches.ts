/**
 * Where the content script is registered in the manifest: product pages of supported
 * retailers only, so the script costs nothing anywhere else. Every other page (Shopify brand
 * stores included) is scanned on demand through the toolbar button or the popup, with
 * `activeTab` + `scripting` instead of a broad host permission.
 *
 * Patterns are Chrome/Firefox match patterns: the path part is matched against path + query,
 * `*` matches any run of characters (slashes included), and the host cannot wildcard a TLD,
 * hence the lists of country domains. Where a retailer's product URLs have no fixed path
 * prefix the pattern uses the shape of its product id and says so; the finder stays silent
 * on the few non-product pages such a pattern lets through.
 *
 * Stand-in until the retailer adapters carry their own host patterns (lib/retailers/*).
 */
export interface RetailerMatch {
  id: string;
  matches: string[];
  /** A real product URL of this retailer; tests check that `matches` accepts it. */
  example: string;
}

const AMAZON_HOSTS = [
  'www.amazon.com',
  'www.amazon.co.uk',
  'www.amazon.de',
  'www.amazon.fr',
  'www.amazon.it',
  'www.amazon.es',
  'www.amazon.ca',
  'www.amazon.com.au',
  'www.amazon.co.jp',
];

// Sephora's European sites use /p/<slug>.html; the Asia-Pacific sites use /products/<slug>.
const SEPHORA_EU = ['www.sephora.fr', 'www.sephora.de', 'www.sephora.it', 'www.sephora.es'];
const SEPHORA_APAC = [
  'www.sephora.com.au',
  'www.sephora.sg',
  'www.sephora.my',
  'www.sephora.nz',
  'www.sephora.hk',
  'www.sephora.ph',
  'www.sephora.co.th',
  'www.sephora.co.id',
];

const NOTINO_HOSTS = [
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

const on = (hosts: string[], paths: string[]) =>
  hosts.flatMap((h) => paths.map((p) => `https://${h}${p}`));

export const RETAILER_MATCHES: RetailerMatch[] = [
  {
    id: 'sephora',
    matches: [
      'https://www.sephora.com/product/*',
      // Canada lives under www.sephora.com/ca/en/ and /ca/fr/.
      'https://www.sephora.com/ca/*/product/*',
      'https://www.sephora.co.uk/p/*',
      ...on(SEPHORA_EU, ['/p/*']),
      ...on(SEPHORA_APAC, ['/products/*']),
    ],
    example:
      'https://www.sephora.com/product/youth-to-the-people-dream-eye-cream-with-goji-stem-cell-ceramides-P463144',
  },
  {
    id: 'ulta',
    matches: [
      'https://www.ulta.com/p/*',
      // Older product URLs, still linked from search engines.
      'https://www.ulta.com/ulta/browse/productDetail.jsp*',
    ],
    example: 'https://www.ulta.com/p/hyaluronic-acid-2-b5-pimprod2000512',
  },
  {
    id: 'amazon',
    // "/<slug>/dp/<ASIN>" is the common form; "/dp/<ASIN>" and "/gp/product/<ASIN>" the short ones.
    matches: on(AMAZON_HOSTS, ['/dp/*', '/*/dp/*', '/gp/product/*']),
    example: 'https://www.amazon.com/dp/B07FNW9FGJ',
  },
  {
    id: 'dermstore',
    matches: ['https://www.dermstore.com/p/*', 'https://www.dermstore.com/product_*'],
    example: 'https://www.dermstore.com/p/skinceuticals-c-e-ferulic-1-fl.-oz/11289609/',
  },
  {
    id: 'boots',
    // Product URLs are "/<slug>-<8-digit id starting with 1>", with no path prefix.
    matches: ['https://www.boots.com/*-1*', 'https://www.boots.ie/*-1*'],
    example: 'https://www.boots.com/the-ordinary-niacinamide-10-zinc-1-30ml-10257914',
  },
  {
    id: 'cultbeauty',
    // THG platform: "/<slug>/<numeric id>.html" (ids start with 1) and the newer "/p/<slug>/<id>/".
    matches: [
      'https://www.cultbeauty.co.uk/*/1*.html*',
      'https://www.cultbeauty.co.uk/p/*',
      'https://www.cultbeauty.com/*/1*.html*',
      'https://www.cultbeauty.com/p/*',
    ],
    example:
      'https://www.cultbeauty.co.uk/paula-s-choice-skin-perfecting-2-bha-liquid-exfoliant-118ml/11174178.html',
  },
  {
    id: 'lookfantastic',
    // Same THG URL shapes as Cult Beauty.
    matches: [
      'https://www.lookfantastic.com/*/1*.html*',
      'https://www.lookfantastic.com/p/*',
      'https://www.lookfantastic.co.uk/*/1*.html*',
      'https://www.lookfantastic.co.uk/p/*',
    ],
    example:
      'https://www.lookfantastic.com/the-ordinary-natural-moisturising-factors-ha-30ml/11396687.html',
  },
  {
    id: 'target',
    matches: ['https://www.target.com/p/*'],
    example: 'https://www.target.com/p/cerave-hydrating-facial-cleanser-16-fl-oz/-/A-14509556',
  },
  {
    id: 'walmart',
    matches: ['https://www.walmart.com/ip/*'],
    example: 'https://www.walmart.com/ip/CeraVe-Moisturizing-Cream-16-oz/3425429',
  },
  {
    id: 'iherb',
    // www. and the country subdomains (kr., de., ...) share one layout.
    matches: ['https://*.iherb.com/pr/*'],
    example:
      'https://www.iherb.com/pr/cosrx-advanced-snail-96-mucin-power-essence-3-38-fl-oz-100-ml/102181',
  },
  {
    id: 'oliveyoung',
    matches: [
      'https://global.oliveyoung.com/product/detail*',
      'https://www.oliveyoung.co.kr/store/goods/getGoodsDetail.do*',
      // Short share links (the og:url of product pages) show the same product page.
      'https://www.oliveyoung.co.kr/store/G.do*',
      'https://m.oliveyoung.co.kr/m/goods/getGoodsDetail.do*',
    ],
    example: 'https://www.oliveyoung.co.kr/store/goods/getGoodsDetail.do?goodsNo=A000000248432',
  },
  {
    id: 'yesstyle',
    matches: ['https://www.yesstyle.com/*/info.html/pid.*'],
    example:
      'https://www.yesstyle.com/en/cosrx-advanced-snail-96-mucin-power-essence-100ml/info.html/pid.1051010839',
  },
  {
    id: 'sokoglam',
    // *.sokoglam.com also matches the bare sokoglam.com the store uses.
    matches: [
      'https://*.sokoglam.com/products/*',
      'https://*.sokoglam.com/collections/*/products/*',
    ],
    example: 'https://sokoglam.com/products/cosrx-advanced-snail-96-mucin-power-essence',
  },
  {
    id: 'stylevana',
    // Product pages are "/<locale>/<slug>.html"; category pages share the shape (the finder
    // finds no list there).
    matches: ['https://www.stylevana.com/*/*.html*'],
    example:
      'https://www.stylevana.com/en_US/cosrx-advanced-snail-96-mucin-power-essence-100ml.html',
  },
  {
    id: 'nordstrom',
    matches: ['https://www.nordstrom.com/s/*'],
    example: 'https://www.nordstrom.com/s/augustinus-bader-the-rich-cream/5455843',
  },
  {
    id: 'spacenk',
    // Product ids are upper-case "MUK…"/"MUS…" numbers: "/<region>/<category path>/<slug>-MUK200028329.html".
    matches: ['https://www.spacenk.com/*-MU*.html*'],
    example:
      'https://www.spacenk.com/uk/skincare/moisturisers/face-moisturisers/the-rich-cream-MUK200028329.html',
  },
  {
    id: 'notino',
    // Product pages are "/<brand>/<product>/"; Notino has no product-only path prefix.
    matches: on(NOTINO_HOSTS, ['/*/*/']),
    example: 'https://www.notino.de/cerave/moisturizers-feuchtigkeitscreme-spf-50/',
  },
  {
    id: 'theordinary',
    // "/<locale>/<slug>-<6-digit id starting 100>.html".
    matches: ['https://theordinary.com/*-100*.html*', 'https://www.theordinary.com/*-100*.html*'],
    example: 'https://theordinary.com/en-us/niacinamide-10-zinc-1-serum-100436.html',
  },
];

/** Every retailer's product-page patterns, for `defineContentScript({ matches })`. */
export function contentScriptMatches(): string[] {
  return RETAILER_MATCHES.flatMap((r) => r.matches);
}
