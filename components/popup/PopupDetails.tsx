import type { CosingNames } from '@/lib/knowledge/lookup';
import type { PageReport } from '@/lib/report';
import { ClaimsFound } from './ClaimsFound';
import { ConfounderGroups } from './ConfounderGroups';
import { ExosomeFindings } from './ExosomeFindings';
import { FullList } from './FullList';
import { LookupBox } from './LookupBox';
import { PopupFooter } from './PopupFooter';
import { RelatedFindings } from './RelatedFindings';
import { UnmatchedList } from './UnmatchedList';

/** Everything after the first screen, with sources; needs the knowledge module (in context). */
export function PopupDetails({
  report,
  loadDictionary,
}: {
  report: PageReport | null;
  loadDictionary?: () => Promise<CosingNames>;
}) {
  return (
    <>
      {report ? (
        <div className="details">
          <ExosomeFindings report={report} />
          <RelatedFindings report={report} />
          <ClaimsFound report={report} />
          <ConfounderGroups report={report} />
          <UnmatchedList report={report} />
          <FullList report={report} />
        </div>
      ) : null}
      <LookupBox loadDictionary={loadDictionary} />
      <PopupFooter reportVersion={report?.knowledgeVersion} />
    </>
  );
}
