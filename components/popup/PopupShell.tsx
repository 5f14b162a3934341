import type { ReactNode } from 'react';
import type { EntryCard } from '@/lib/cards';
import type { PageReport } from '@/lib/report';
import { FirstScreen } from './FirstScreen';
import type { ScanState } from './ScanButton';
import { type SiteState, SiteStatus } from './SiteStatus';
import { VerdictBanner } from './VerdictBanner';
import type { FindingForm, PageState } from './verdict';

export interface PopupShellProps {
  loading: boolean;
  report: PageReport | null;
  /** null when the tab's address is not visible to the extension. */
  site: SiteState | null;
  scan: ScanState;
  onScan?: () => void;
  onSiteToggle?: (enable: boolean) => void;
  onOpenOptions?: () => void;
  /** Cards by entry id for the user's region; null while they load. */
  cards: ReadonlyMap<string, EntryCard> | null;
  /** What is known about the page when there is no report. */
  pageState?: PageState;
  /** The details and the lookup (they need the knowledge module, which loads after this). */
  children?: ReactNode;
  /** The site-access notice (SiteAccess.tsx); without a report it stands in for the verdict. */
  access?: ReactNode;
  /** The offer to read the list from an image (ImageOffer.tsx), under the verdict. */
  image?: ReactNode;
}

/** The part of the popup that needs no knowledge module: verdict and first screen. */
export function PopupShell(props: PopupShellProps) {
  const { report, loading, site, cards } = props;
  const forms = (report?.exosome.ingredients ?? []).flatMap((f): FindingForm[] => {
    const form = cards?.get(f.entryId)?.form;
    return form ? [form] : [];
  });
  return (
    <div className="popup">
      <header className="header">
        <h1>ExoCheck</h1>
        <a className="link-button" href="#lookup-title">
          Look up an ingredient
        </a>
        {props.onOpenOptions ? (
          <button type="button" className="link-button" onClick={props.onOpenOptions}>
            Options
          </button>
        ) : null}
      </header>
      <main>
        {site ? <SiteStatus site={site} onToggle={props.onSiteToggle} /> : null}
        {props.access}
        {loading ? (
          <p role="status">Reading this page's report…</p>
        ) : props.access && !report ? null : (
          <>
            <VerdictBanner
              report={report}
              scan={props.scan}
              onScan={props.onScan}
              forms={cards ? forms : undefined}
              pageState={props.pageState}
            />
            {report ? <FirstScreen report={report} cards={cards} /> : null}
          </>
        )}
        {loading ? null : props.image}
        {props.children}
      </main>
    </div>
  );
}
