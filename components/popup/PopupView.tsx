import type { CosingNames } from '@/lib/knowledge/lookup';
import type { PageReport } from '@/lib/report';
import { useKnowledgeView } from '../shared/KnowledgeContext';
import { ClaimsFound } from './ClaimsFound';
import { ConfounderGroups } from './ConfounderGroups';
import { ExosomeFindings } from './ExosomeFindings';
import { FullList } from './FullList';
import { LookupBox } from './LookupBox';
import { PopupFooter } from './PopupFooter';
import { RelatedFindings } from './RelatedFindings';
import type { ScanState } from './ScanButton';
import { type SiteState, SiteStatus } from './SiteStatus';
import { UnmatchedList } from './UnmatchedList';
import { VerdictBanner } from './VerdictBanner';
import type { FindingForm } from './verdict';

export interface PopupViewProps {
  loading: boolean;
  report: PageReport | null;
  /** null when the tab's address is not visible to the extension. */
  site: SiteState | null;
  scan: ScanState;
  onScan?: () => void;
  onSiteToggle?: (enable: boolean) => void;
  onOpenOptions?: () => void;
  loadDictionary?: () => Promise<CosingNames>;
}

/** The popup's content, rendered from a report plus the knowledge module (in context). */
export function PopupView(props: PopupViewProps) {
  const { report, loading, site } = props;
  const { knowledge } = useKnowledgeView();
  const forms = (report?.exosome.ingredients ?? []).flatMap((f): FindingForm[] => {
    const e = knowledge.entry(f.entryId);
    return e?.kind === 'exosome' ? [e.form] : [];
  });
  return (
    <div className="popup">
      <header className="header">
        <h1>ExoCheck</h1>
        {props.onOpenOptions ? (
          <button type="button" className="link-button" onClick={props.onOpenOptions}>
            Options
          </button>
        ) : null}
      </header>
      <main>
        {site ? <SiteStatus site={site} onToggle={props.onSiteToggle} /> : null}
        {loading ? (
          <p role="status">Reading this page's report…</p>
        ) : (
          <>
            <VerdictBanner report={report} scan={props.scan} onScan={props.onScan} forms={forms} />
            {report ? (
              <>
                <ExosomeFindings report={report} />
                <RelatedFindings report={report} />
                <ClaimsFound report={report} />
                <ConfounderGroups report={report} />
                <UnmatchedList report={report} />
                <FullList report={report} />
              </>
            ) : null}
          </>
        )}
        <LookupBox loadDictionary={props.loadDictionary} />
      </main>
      <PopupFooter reportVersion={report?.knowledgeVersion} />
    </div>
  );
}
