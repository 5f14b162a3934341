import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/popup/PopupView';
import { usePopupData } from '@/components/popup/usePopupData';
import { KnowledgeProvider } from '@/components/shared/KnowledgeContext';
import { getKnowledge, type Knowledge } from '@/lib/knowledge';
import { loadCosingLookup } from '@/lib/knowledge/lookup-load';
import { resolveRegion } from '@/lib/settings';

/** Wires the popup view to the browser: tab, report, settings, scanning. */
export function App({ search, knowledge }: { search: string; knowledge?: Knowledge }) {
  const data = usePopupData(search);
  const k = useMemo(() => knowledge ?? getKnowledge(), [knowledge]);
  const region = useMemo(
    () => resolveRegion(data.settings, navigator.language, k),
    [data.settings, k],
  );
  return (
    <KnowledgeProvider value={{ knowledge: k, region }}>
      <PopupView
        loading={data.loading}
        report={data.report}
        site={data.site}
        scan={data.scan}
        onScan={data.tabId === null ? undefined : data.onScan}
        onSiteToggle={data.onSiteToggle}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        loadDictionary={loadCosingLookup}
      />
    </KnowledgeProvider>
  );
}
