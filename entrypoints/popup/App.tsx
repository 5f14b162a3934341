import { lazy, Suspense } from 'react';
import { browser } from 'wxt/browser';
import { ImageOffer } from '@/components/popup/ImageOffer';
import { PopupShell } from '@/components/popup/PopupShell';
import { SiteAccess, useSiteAccess } from '@/components/popup/SiteAccess';
import { usePopupCards } from '@/components/popup/usePopupCards';
import { type PopupStart, usePopupData } from '@/components/popup/usePopupData';
import { pageStateOf } from '@/components/popup/verdict';
import type { Knowledge } from '@/lib/knowledge';

// The knowledge module and every view that needs it load after the first paint.
const Details = lazy(() => import('./Details'));

/** Wires the popup view to the browser: tab, report, settings, cards, scanning. */
export function App({
  search,
  knowledge,
  started,
}: {
  search: string;
  knowledge?: Knowledge;
  /** The first render's data, asked for before React loaded (main.tsx). */
  started?: Promise<PopupStart>;
}) {
  const data = usePopupData(search, started);
  const pageState = pageStateOf({ tabId: data.tabId, site: data.site, noList: data.noList });
  // Switched off here: the page's marks are gone, so is its report from the popup.
  const report = pageState === 'off' ? null : data.report;
  const cards = usePopupCards(report, data.settings.region, data.loading);
  const access = useSiteAccess(
    data.tabId,
    !data.loading && data.site !== null && data.site.enabled && data.site.automatic,
    report,
  );
  return (
    <PopupShell
      loading={data.loading}
      report={report}
      site={data.site}
      scan={data.scan}
      onScan={data.tabId === null ? undefined : data.onScan}
      onSiteToggle={data.onSiteToggle}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      cards={cards}
      pageState={pageState}
      image={
        data.tabId !== null && pageState !== 'off' ? (
          <ImageOffer
            tabId={data.tabId}
            noList={!report || report.ingredientLists.length === 0}
            onReport={data.onReport}
          />
        ) : undefined
      }
      access={
        access.need ? (
          <SiteAccess
            need={access.need}
            report={report}
            answer={access.answer}
            onGrant={access.grant}
          />
        ) : undefined
      }
    >
      {data.loading ? null : (
        <Suspense fallback={<p className="muted">Loading the details…</p>}>
          <Details report={report} settings={data.settings} knowledge={knowledge} />
        </Suspense>
      )}
    </PopupShell>
  );
}
