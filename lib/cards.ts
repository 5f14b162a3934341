import type { ConfounderClass, RegulatoryStatus, SourceClass } from './knowledge/schema';

/**
 * What the tooltip and the popup show for one knowledge entry, resolved for one region.
 * Plain JSON, so the background can build it from the full knowledge module and send it to
 * the content script (which never loads the module itself). Built by `buildCard` in
 * lib/cards-build.ts.
 */
export interface SourceRef {
  id: string;
  citation: string;
  url?: string;
  date: string;
  confidence: 'primary' | 'secondary';
  coi: boolean;
}

export interface RegulationLine {
  jurisdiction: string;
  jurisdictionName: string;
  status: RegulatoryStatus;
  headline: string;
  rule: string;
  date: string;
  /** false: the UI says "not confirmed". */
  confirmed: boolean;
  sources: SourceRef[];
}

export interface EntryCard {
  id: string;
  kind: 'exosome' | 'related' | 'confounder';
  name: string;
  /** One line: what it is (exosome/related) or the evidence line (confounder). */
  summary: string;
  sourceClass?: SourceClass;
  /** "Human cells", "Plant", ... */
  sourceClassLabel?: string;
  detail?: string;
  confounderClass?: ConfounderClass;
  /** "Peptide", "Growth factor", ... */
  classLabel?: string;
  evidence?: string;
  caveat?: string;
  whyNotExosome?: string;
  /** For the region asked for (exosome and related entries; human-origin ones use the human ruling). */
  regulation?: RegulationLine;
  sources: SourceRef[];
}
