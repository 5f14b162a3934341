import { useMemo } from 'react';
import { PopupDetails } from '@/components/popup/PopupDetails';
import { KnowledgeProvider } from '@/components/shared/KnowledgeContext';
import { getKnowledge, type Knowledge } from '@/lib/knowledge';
import { loadCosingLookup } from '@/lib/knowledge/lookup-load';
import type { PageReport } from '@/lib/report';
import { resolveRegion, type Settings } from '@/lib/settings';

/**
 * The popup's details and lookup, in their own chunk: the knowledge module (most of the
 * popup's weight) is parsed after the verdict and first screen are on screen.
 */
export default function Details({
  report,
  settings,
  knowledge,
}: {
  report: PageReport | null;
  settings: Settings;
  knowledge?: Knowledge;
}) {
  const k = useMemo(() => knowledge ?? getKnowledge(), [knowledge]);
  const region = useMemo(() => resolveRegion(settings, navigator.language, k), [settings, k]);
  return (
    <KnowledgeProvider value={{ knowledge: k, region }}>
      <PopupDetails report={report} loadDictionary={loadCosingLookup} />
    </KnowledgeProvider>
  );
}
