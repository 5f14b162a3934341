import type {
  ConfounderClass,
  EvidenceVerdict,
  JurisdictionId,
  MaterialType,
  RegulatoryStatus,
  SourceClass,
} from '../knowledge/schema';

/**
 * What the tooltip and the popup show for one knowledge entry, resolved for one region.
 * Plain JSON, so the background can build it from the full knowledge module and send it to
 * the content script (which never loads the module itself). Built by `buildCard` in
 * lib/cards/build.ts.
 */
export interface SourceRef {
  id: string;
  citation: string;
  url?: string;
  /** Publication date, or "undated": never the day it was read. */
  published: string;
  /** Day the copy relied on was read. */
  accessed: string;
  confidence: 'primary' | 'secondary';
  /** true, false, or "not-checked" (nobody looked at the authors' affiliations). */
  coi: boolean | 'not-checked';
}

/** One ruling of a jurisdiction, for the material types it names. */
export interface RulingLine {
  materials: MaterialType[];
  /** "human cells or tissue", "non-human material (animal, plant, alga, microbial)". */
  materialsLabel: string;
  status: RegulatoryStatus;
  headline: string;
  rule: string;
  /** Publication date of the newest rule or statement relied on. */
  date: string;
  /** false: the UI says "not confirmed". */
  confirmed: boolean;
  sources: SourceRef[];
}

export interface RegulationLine {
  jurisdiction: JurisdictionId;
  /** ISO 3166 code or "EU". */
  code: string;
  jurisdictionName: string;
  /** Day this jurisdiction's sources were last checked. */
  checkedAsOf: string;
  /**
   * true when the label does not say what the material is: `rulings` then holds every
   * ruling of the jurisdiction (the range), each naming its material types.
   */
  unspecified: boolean;
  /** One ruling for a known material; the range for an unspecified one. */
  rulings: RulingLine[];
  /** An entry-specific remark, e.g. CosIng giving a human-origin name no II/416 reference. */
  note?: string;
}

/** An annex reference CosIng carries for the name, in words. */
export interface AnnexNote {
  ref: string;
  text: string;
}

export interface EntryCard {
  id: string;
  kind: 'exosome' | 'related' | 'confounder';
  name: string;
  /** One line: what it is (exosome/related) or the evidence line (confounder). */
  summary: string;
  sourceClass?: SourceClass;
  materialType?: MaterialType;
  /** "Human cell culture fluid (conditioned media)", "Alga", ... */
  materialLabel?: string;
  /** Exosome-type entries: culture fluid, vesicles, platelet extract, or lysate/extract. */
  form?: 'conditioned-media' | 'vesicles' | 'platelet-extract' | 'lysate-or-extract';
  /**
   * Exosome and related entries: titles of the reviewed studies of this very ingredient
   * (empty when only its kind of material was studied), for the popup's first screen.
   */
  studies?: string[];
  detail?: string;
  confounderClass?: ConfounderClass;
  /** "Peptide", "Growth factor", ... */
  classLabel?: string;
  evidence?: string;
  evidenceVerdict?: EvidenceVerdict;
  /** "Well-studied active", "Common active (evidence not reviewed)", ... */
  evidenceLabel?: string;
  caveat?: string;
  whyNotExosome?: string;
  /** CosIng annex references (II/416, II/419 …) in words; empty when CosIng lists none. */
  annex: AnnexNote[];
  /** For the region asked for (exosome and related entries). */
  regulation?: RegulationLine;
  sources: SourceRef[];
}
