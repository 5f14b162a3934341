import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { requestReport } from '@/lib/messaging';
import { parseReportReply } from '@/lib/messaging/schemas';
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

/** The user's answer to the grant: none yet, refused, or given (the page is being read). */
export type Answer = 'none' | 'refused' | 'given';

const READ_POLL_MS = 250;
const READ_WAIT_MS = 6000;

/**
 * Whether the tab's page is a supported shop's product page without host access, or null:
 * when it is not (or ExoCheck is off there: `enabled` false), when its address is hidden, or
 * when the check fails. The address is visible to the popup through the activeTab grant of the
 * toolbar click that opened it. `grant` asks for the shop's hosts; once given, the background
 * reads the page (permissions.onAdded, lib/background/site-access.ts) and the popup reloads to
 * show the report (none after a few seconds: the page has no list, and the notice goes).
 */
export function useSiteAccess(
  tabId: number | null,
  enabled: boolean,
  report: PageReport | null,
): { need: SiteAccessNeed | null; answer: Answer; grant: () => void } {
  const [need, setNeed] = useState<SiteAccessNeed | null>(null);
  const [answer, setAnswer] = useState<Answer>('none');
  useEffect(() => {
    let live = true;
    setNeed(null);
    if (tabId === null || !enabled) return;
    (async () => {
      const url = (await browser.tabs.get(tabId)).url;
      const shop = url ? productPageAdapter(url) : null;
      if (!url || !shop) return;
      // The page's own address as the pattern: Chrome counts a content script's match
      // patterns as granted (not "https://host/*"), Firefox its hosts; both cover the page.
      const page = new URL(url);
      const here = `${page.origin}${page.pathname}`;
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
  const grant = useCallback(() => {
    if (!need) return;
    void (async () => {
      const granted = await browser.permissions
        .request({ origins: need.origins })
        .catch(() => false);
      setAnswer(granted ? 'given' : 'refused');
      if (!granted) return;
      if (!report && tabId !== null) {
        for (let waited = 0; waited < READ_WAIT_MS; waited += READ_POLL_MS) {
          await new Promise((next) => setTimeout(next, READ_POLL_MS));
          if (await requestReport(tabId).then(parseReportReply, () => null)) {
            location.reload();
            return;
          }
        }
      }
      setNeed(null);
    })();
  }, [need, report, tabId]);

  // Given and read: the notice goes in the same render as the verdict (the page's report can
  // reach the popup through its own poll before the reload below).
  return { need: answer === 'given' && report ? null : need, answer, grant };
}

/**
 * Says in plain words that the page was not read and why, and offers the grant. With a report
 * (the page was read because the user asked), only the offer to read the shop by itself.
 */
export function SiteAccess({
  need,
  report,
  answer,
  onGrant,
}: {
  need: SiteAccessNeed;
  report: PageReport | null;
  answer: Answer;
  onGrant: () => void;
}) {
  const button =
    answer === 'given' ? null : (
      <button type="button" onClick={onGrant}>
        Allow ExoCheck on {need.shop}
      </button>
    );
  const status =
    answer === 'none' ? null : (
      <p role="status" className="muted">
        {answer === 'given'
          ? 'Allowed. ExoCheck is reading this page…'
          : `Access was not given, so ExoCheck cannot read ${need.shop}’s pages.`}
      </p>
    );
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
