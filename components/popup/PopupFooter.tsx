import { useKnowledgeView } from '../shared/KnowledgeContext';

export const PRIVACY_LINE = 'Nothing leaves your browser: no network requests, no analytics.';

export function PopupFooter({ reportVersion }: { reportVersion?: string }) {
  const { knowledge } = useKnowledgeView();
  const { meta } = knowledge.data;
  return (
    <footer className="footer">
      <p>
        Knowledge v{meta.version}, facts as of {meta.factsAsOf} (the oldest region check; each
        ruling shows its own date)
        {reportVersion && reportVersion !== meta.version
          ? ` (this page was read with v${reportVersion})`
          : ''}
        .
      </p>
      <p>
        CosIng data: European Commission (inventory {meta.cosing.inventoryDate}, Annex II{' '}
        {meta.cosing.annexIIDate}).
      </p>
      <p>{PRIVACY_LINE}</p>
    </footer>
  );
}
