import { amazon } from './adapters/amazon';
import { boots } from './adapters/boots';
import { cultbeauty } from './adapters/cultbeauty';
import { dermstore } from './adapters/dermstore';
import { iherb } from './adapters/iherb';
import { lookfantastic } from './adapters/lookfantastic';
import { nordstrom } from './adapters/nordstrom';
import { notino } from './adapters/notino';
import { oliveyoung } from './adapters/oliveyoung';
import { sephora } from './adapters/sephora';
import { shopify } from './adapters/shopify';
import { sokoglam } from './adapters/sokoglam';
import { spacenk } from './adapters/spacenk';
import { stylevana } from './adapters/stylevana';
import { target } from './adapters/target';
import { ulta } from './adapters/ulta';
import { walmart } from './adapters/walmart';
import { yesstyle } from './adapters/yesstyle';
import type { Adapter } from './types';
import { onDomain } from './url';

/**
 * Every retailer adapter. The content script's manifest `matches`, the options page's list of
 * shops, the content script's choice of adapter and the scan CLI all read this one list.
 * Adapters found by host come first; Shopify (found by page structure) is tried last.
 */
export const ADAPTERS: readonly Adapter[] = [
  sephora,
  ulta,
  amazon,
  dermstore,
  boots,
  cultbeauty,
  lookfantastic,
  target,
  walmart,
  iherb,
  oliveyoung,
  yesstyle,
  sokoglam,
  stylevana,
  nordstrom,
  spacenk,
  notino,
  shopify,
];

export function adapterById(id: string): Adapter | null {
  return ADAPTERS.find((a) => a.id === id) ?? null;
}

/** The adapter whose hosts include the URL's host, or null. */
export function adapterForUrl(url: URL): Adapter | null {
  return ADAPTERS.find((a) => a.hosts.length > 0 && onDomain(url.hostname, a.hosts)) ?? null;
}

/** By host first, else by page structure (a Shopify storefront on its own domain). */
export function adapterFor(doc: Document, url: URL): Adapter | null {
  const byHost = adapterForUrl(url);
  if (byHost) return byHost;
  for (const a of ADAPTERS) {
    if (!a.detect) continue;
    try {
      if (a.detect(doc)) return a;
    } catch {
      // a detector that fails on an odd page just does not apply
    }
  }
  return null;
}

/** The adapter for a URL when it is one of that shop's product pages, else null. */
export function productPageAdapter(url: string): Adapter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const a = adapterForUrl(parsed);
  try {
    return a?.isProductPage(parsed) ? a : null;
  } catch {
    return null;
  }
}

export interface Shop {
  id: string;
  /** The name shoppers know (the adapter's `name`): what the options and welcome pages show. */
  name: string;
  /** Read by itself on the shop's product pages (found by host), not only on request. */
  automatic: boolean;
}

/** Every adapter as a shop, sorted by name the way a reader scans a list (case aside). */
export function shopList(adapters: readonly Adapter[] = ADAPTERS): Shop[] {
  return adapters
    .map((a) => ({ id: a.id, name: a.name, automatic: a.hosts.length > 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

/** Every product-page match pattern, for `defineContentScript({ matches })`. */
export function contentScriptMatches(): string[] {
  return ADAPTERS.flatMap((a) => a.matches);
}
