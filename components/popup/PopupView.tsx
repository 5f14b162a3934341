import { useMemo } from 'react';
import type { EntryCard } from '@/lib/cards';
import { buildCard } from '@/lib/cards/build';
import type { CosingNames } from '@/lib/knowledge/lookup';
import type { PageReport } from '@/lib/report';
import { useKnowledgeView } from '../shared/KnowledgeContext';
import { firstScreenIds } from './FirstScreen';
import { PopupDetails } from './PopupDetails';
import { PopupShell, type PopupShellProps } from './PopupShell';

export interface PopupViewProps extends Omit<PopupShellProps, 'cards' | 'children'> {
  loadDictionary?: () => Promise<CosingNames>;
}

/**
 * The whole popup with the knowledge module at hand (in context): the first screen's cards are
 * built here rather than asked from the background. The extension's popup renders PopupShell
 * first and this module's details once the knowledge chunk has loaded (entrypoints/popup).
 */
export function PopupView(props: PopupViewProps) {
  const { knowledge, region } = useKnowledgeView();
  const cards = useMemo(
    () => cardsFor(props.report, (id) => buildCard(knowledge, id, region.region)),
    [props.report, knowledge, region.region],
  );
  return (
    <PopupShell {...props} cards={cards}>
      <PopupDetails report={props.report} loadDictionary={props.loadDictionary} />
    </PopupShell>
  );
}

export function cardsFor(
  report: PageReport | null,
  build: (id: string) => EntryCard | null,
): Map<string, EntryCard> {
  const out = new Map<string, EntryCard>();
  for (const id of firstScreenIds(report)) {
    const card = build(id);
    if (card) out.set(id, card);
  }
  return out;
}
