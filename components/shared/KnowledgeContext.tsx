import { createContext, type ReactNode, useContext } from 'react';
import type { Knowledge } from '@/lib/knowledge';
import type { RegionResolution } from '@/lib/settings';

/** The knowledge module and the user's resolved region, for every view in popup and options. */
export interface KnowledgeView {
  knowledge: Knowledge;
  region: RegionResolution;
}

const Ctx = createContext<KnowledgeView | null>(null);

export function KnowledgeProvider({
  value,
  children,
}: {
  value: KnowledgeView;
  children: ReactNode;
}) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useKnowledgeView(): KnowledgeView {
  const v = useContext(Ctx);
  if (!v) throw new Error('useKnowledgeView outside KnowledgeProvider');
  return v;
}
