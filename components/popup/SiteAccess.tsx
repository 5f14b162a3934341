import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/report';
import { productPageAdapter } from '@/lib/retailers/registry';

/**
 * A supported shop's product page that the browser does not let ExoCheck read by itself.
 * Firefox (MV3) lets the user withhold or withdraw a shop's host access (about:addons →
 * Permissions, or the extensions panel); Chrome's "on click" site access does the same.
 * The content script then never runs there, and the popup says so instead of "no list found".
 */
export interface SiteAccessNeed {
  /** The shop's name, as shoppers know it ("Sephora"). */
  shop: string;
  /** The tab's host. */
  host: string;
  /** Every host of that shop, as origin patterns: what the grant asks for. */
  origins: string[];
}

/** Origin patterns ("https://*.sephora.com/*") of match patterns with paths. */
export function originsOf(matches: readonly string[]): string[] {
  return [...new Set(matches.map((m) => m.replace(/^([^:/]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}

/**
 * Whether the tab's page is a supported shop's product page without host access, or null:
 * when it is not (or ExoCheck is off there: `enabled` false), when its address is hidden, or
 * when the check fails. The address is visible to the popup through the activeTab grant of the
 * toolbar click that opened it.
 */
export function useSiteAccess(
  tabId: number | null,
  enabled: boolean,
): { need: SiteAccessNeed | null; grant: () => Promise<boolean> } {
  const [need, setNeed] = useState<SiteAccessNeed | null>(null);
  useEffect(() => {
    let live = true;
    setNeed(null);
    if (tabId === null || !enabled) return;
    (async () => {
      const url = (await browser.tabs.get(tabId)).url;
      const shop = url ? productPageAdapter(url) : null;
      if (!url || !shop) return;
      const here = `${new URL(url).origin}/*`;
      if (await browser.permissions.contains({ origins: [here] })) return;
      if (live) {
        setNeed({ shop: shop.name, host: new URL(url).host, origins: originsOf(shop.matches) });
      }
    })().catch(() => {});
    return () => {
      live = false;
    };
  }, [tabId, enabled]);

  // permissions.request must be the click's first call: Firefox drops the user gesture at
  // the first await.
  const grant = useCallback(async () => {
    if (!need) return false;
    const granted = await browser.permissions.request({ origins: need.origins }).catch(() => false);
    if (granted) setNeed(null);
    return granted;
  }, [need]);

  return { need, grant };
}

/**
 * Says in plain words that the page was not read and why, and offers the grant. With a report
 * (the page was read because the user asked), only the offer to read the shop by itself.
 */
export function SiteAccess({
  need,
  report,
  onGrant,
}: {
  need: SiteAccessNeed;
  report: PageReport | null;
  onGrant: () => Promise<boolean>;
}) {
  const [refused, setRefused] = useState(false);
  const ask = () => {
    void onGrant().then((granted) => setRefused(!granted));
  };
  const button = (
    <button type="button" onClick={ask}>
      Allow ExoCheck on {need.shop}
    </button>
  );
  const status = refused ? (
    <p role="status" className="muted">
      Access was not given, so ExoCheck cannot read {need.shop}’s pages.
    </p>
  ) : null;
  if (report) {
    return (
      <div className="site-access" data-site-access="offer">
        <p>
          ExoCheck read this page because you asked. To read {need.shop}’s product pages by itself,
          it needs your permission for {need.host}.
        </p>
        {button}
        {status}
      </div>
    );
  }
  return (
    <section
      className="verdict site-access"
      aria-labelledby="access-title"
      data-site-access="needed"
    >
      <h2 id="access-title">ExoCheck has not read this page</h2>
      <p>
        Your browser has not given ExoCheck access to <strong>{need.host}</strong>, so it cannot
        read the ingredients on {need.shop}’s product pages. Allow it, and ExoCheck reads this page
        now and {need.shop}’s pages by itself from then on. Nothing leaves your browser.
      </p>
      {button}
      {status}
    </section>
  );
}
