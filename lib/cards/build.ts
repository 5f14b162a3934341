import type { Knowledge } from '../knowledge';
import { SOURCE_CLASS_OF } from '../knowledge/classes';
import type {
  Evidence,
  IngredientEntry,
  Jurisdiction,
  JurisdictionId,
  MaterialType,
  Ruling,
} from '../knowledge/schema';
import type { AnnexNote, EntryCard, RegulationLine, RulingLine, SourceRef } from '.';
import {
  annexText,
  CONFOUNDER_CLASS_LABEL,
  EVIDENCE_LABEL,
  isHumanMaterial,
  MATERIAL_LABEL,
  materialsLabel,
} from './labels';

/**
 * Builds the plain-JSON cards the tooltip and the popup render, from the full knowledge module.
 * Runs in the background (for tooltips), in the popup and in the CLI; never in the content
 * script. Rulings follow the entry's material type: Korea's ban on human cells and its
 * conditional allowance of culture fluid are different lines, and a label that does not say
 * what its material is gets every ruling of the jurisdiction, each naming its materials.
 */

export function buildCard(
  knowledge: Knowledge,
  entryId: string,
  jurisdictionId: JurisdictionId,
): EntryCard | null {
  const entry = knowledge.entry(entryId);
  if (!entry) return null;
  const sources = sourceRefs(knowledge, entry.sources);
  const annex = annexNotes(entry.annexRefs);
  if (entry.kind === 'confounder') {
    return {
      id: entry.id,
      kind: 'confounder',
      name: entry.name,
      summary: entry.evidence,
      confounderClass: entry.class,
      classLabel: CONFOUNDER_CLASS_LABEL[entry.class],
      evidence: entry.evidence,
      evidenceVerdict: entry.evidenceVerdict,
      evidenceLabel: EVIDENCE_LABEL[entry.evidenceVerdict],
      ...(entry.mimics ? { detail: `Copies human ${entry.mimics}` } : {}),
      ...(entry.caveat ? { caveat: entry.caveat } : {}),
      annex,
      sources,
    };
  }
  const jurisdiction = knowledge.data.jurisdictions.find((j) => j.id === jurisdictionId);
  const card: EntryCard = {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    summary: entry.summary,
    sourceClass: SOURCE_CLASS_OF[entry.materialType],
    materialType: entry.materialType,
    materialLabel: MATERIAL_LABEL[entry.materialType],
    detail: entry.detail,
    annex,
    sources,
  };
  if (entry.kind === 'exosome') card.form = entry.form;
  card.studies = knowledge.data.evidence
    .filter((ev) => ev.entries.includes(entry.id))
    .map((ev) => ev.title);
  if (entry.kind === 'related') card.whyNotExosome = entry.whyNotExosome;
  // A card without a regulation line is better than no card while the data is incomplete.
  if (jurisdiction) card.regulation = regulationLine(knowledge, jurisdiction, entry);
  return card;
}

/** Every jurisdiction's ruling for an exosome or related entry, the user's region first. */
export function allRegulation(
  knowledge: Knowledge,
  entry: IngredientEntry,
  firstRegion?: JurisdictionId,
): RegulationLine[] {
  if (entry.kind === 'confounder') return [];
  const list = [...knowledge.data.jurisdictions];
  const first = list.findIndex((j) => j.id === firstRegion);
  if (first > 0) list.unshift(...list.splice(first, 1));
  return list.map((j) => regulationLine(knowledge, j, entry));
}

export interface EvidenceLine {
  id: string;
  title: string;
  summary: string;
  sources: SourceRef[];
}

/** The evidence linked to an entry or to its material type, with resolved sources. */
export function evidenceLines(knowledge: Knowledge, entry: IngredientEntry): EvidenceLine[] {
  return knowledge.evidenceFor(entry).map((ev: Evidence) => ({
    id: ev.id,
    title: ev.title,
    summary: ev.summary,
    sources: sourceRefs(knowledge, ev.sources),
  }));
}

type RuledEntry = Pick<IngredientEntry, 'annexRefs'> & {
  materialType: MaterialType;
  cosingRef?: string | undefined;
};

/**
 * One jurisdiction's line for one entry. In the EU, EEA and UK an Annex II reference that
 * CosIng attaches to the name itself (II/419 on deer-cell media) decides over the class ruling,
 * and a human-origin name CosIng gives no II/416 is said to lack it rather than claimed.
 */
export function regulationLine(
  knowledge: Knowledge,
  jurisdiction: Jurisdiction,
  entry: RuledEntry,
): RegulationLine {
  const unspecified = entry.materialType === 'unspecified';
  let rulings = knowledge
    .rulingsFor(jurisdiction, entry.materialType)
    .map((r) => rulingLine(knowledge, r));
  let note: string | undefined;
  const euRules = jurisdiction.id === 'eu' || jurisdiction.id === 'uk';
  if (euRules) {
    const own = entry.annexRefs.filter((r) => r.startsWith('II/') && r !== 'II/416');
    const first = own[0];
    if (first && !unspecified) {
      rulings = [annexIIRuling(knowledge, first, entry.materialType, jurisdiction)];
    }
    if (isHumanMaterial(entry.materialType) && !entry.annexRefs.includes('II/416')) {
      note = entry.cosingRef
        ? 'CosIng (2021) gives this name no Annex II/416 reference; the ban on products of human origin applies by what the material is.'
        : 'Not a registered INCI name, so CosIng has no record for it; the ban on products of human origin applies by what the material is.';
    }
  }
  return {
    jurisdiction: jurisdiction.id,
    code: jurisdiction.code,
    jurisdictionName: jurisdiction.name,
    checkedAsOf: jurisdiction.checkedAsOf,
    unspecified,
    rulings,
    ...(note ? { note } : {}),
  };
}

function rulingLine(knowledge: Knowledge, r: Ruling): RulingLine {
  return {
    materials: [...r.materials],
    materialsLabel: materialsLabel(r.materials),
    status: r.status,
    headline: r.headline,
    rule: r.rule,
    date: r.date,
    confirmed: r.confirmed,
    sources: sourceRefs(knowledge, r.sources),
  };
}

function annexIIRuling(
  knowledge: Knowledge,
  ref: string,
  material: MaterialType,
  jurisdiction: Jurisdiction,
): RulingLine {
  const uk = jurisdiction.id === 'uk';
  const ids = ['cosing-inventory-2021', 'cosing-annex-ii-2025', ...(uk ? ['uk-si-2024-1334'] : [])];
  return {
    materials: [material],
    materialsLabel: materialsLabel([material]),
    status: 'prohibited',
    headline: `CosIng links this name to Annex II entry ${ref.slice(3)}: prohibited in ${uk ? 'UK' : 'EU'} cosmetics`,
    rule: `CosIng's record for this name cites ${annexText(ref)}.${uk ? ' The UK keeps the same Annex II as assimilated law; the GB text of the entry was not read.' : ''}`,
    date: knowledge.data.meta.cosing.annexIIDate,
    confirmed: true,
    sources: sourceRefs(knowledge, ids),
  };
}

export function annexNotes(refs: readonly string[]): AnnexNote[] {
  return refs.map((ref) => ({ ref, text: annexText(ref) }));
}

/** Resolves source ids; an id that does not resolve is left out (the integrity checks fail it). */
export function sourceRefs(knowledge: Knowledge, ids: readonly string[]): SourceRef[] {
  const refs: SourceRef[] = [];
  for (const id of ids) {
    const s = knowledge.source(id);
    if (!s) continue;
    const url = s.url ?? (s.doi ? `https://doi.org/${s.doi}` : undefined);
    refs.push({
      id: s.id,
      citation: s.citation,
      ...(url ? { url } : {}),
      published: s.published,
      accessed: s.accessed,
      confidence: s.confidence,
      coi: s.coi,
    });
  }
  return refs;
}
