import { adapterForUrl } from '@/lib/retailers/registry';
import { isRetailerEnabled, isSiteEnabled, type Settings, siteHost } from '@/lib/settings';
import type { SiteState } from './SiteStatus';

/**
 * The popup's view of the tab's site, or null for pages that are not on the web (browser
 * pages, files) or whose address the extension cannot see.
 */
export function siteStateFor(url: string | undefined, settings: Settings): SiteState | null {
  const host = siteHost(url);
  if (host === null || url === undefined) return null;
  // A shop found by host runs by itself on its product pages, unless unticked in the options.
  const shop = adapterForUrl(new URL(url));
  return {
    host,
    globalEnabled: settings.enabled,
    enabled: isSiteEnabled(settings, host),
    automatic: shop !== null && isRetailerEnabled(settings, shop.id),
  };
}
