import type { EntryCard, RegulationLine, SourceRef } from './cards';
import type { Knowledge } from './knowledge';
import type {
  Evidence,
  IngredientEntry,
  Jurisdiction,
  JurisdictionId,
  Ruling,
  SourceClass,
} from './knowledge/schema';
import { CONFOUNDER_CLASS_LABEL, SOURCE_CLASS_LABEL } from './labels';

/**
 * Builds the plain-JSON cards the tooltip and the popup render, from the full knowledge module.
 * Runs in the background (for tooltips) and in the popup; never in the content script.
 */

/**
 * Which ruling applies. Human-derived material has its own rules almost everywhere; an
 * ingredient whose source the label does not state gets the human ruling too, because that
 * is the one that could apply and the stricter one (the UI says the source is not stated).
 */
export function rulingKind(sourceClass: SourceClass): 'human' | 'nonHuman' {
  return sourceClass === 'plant' || sourceClass === 'animal' || sourceClass === 'microbial'
    ? 'nonHuman'
    : 'human';
}

export function buildCard(
  knowledge: Knowledge,
  entryId: string,
  jurisdictionId: JurisdictionId,
): EntryCard | null {
  const entry = knowledge.entry(entryId);
  if (!entry) return null;
  const sources = sourceRefs(knowledge, entry.sources);
  if (entry.kind === 'confounder') {
    return {
      id: entry.id,
      kind: 'confounder',
      name: entry.name,
      summary: entry.evidence,
      confounderClass: entry.class,
      classLabel: CONFOUNDER_CLASS_LABEL[entry.class],
      evidence: entry.evidence,
      ...(entry.mimics ? { detail: `Copies human ${entry.mimics}` } : {}),
      ...(entry.caveat ? { caveat: entry.caveat } : {}),
      sources,
    };
  }
  const jurisdiction = findJurisdiction(knowledge, jurisdictionId);
  const card: EntryCard = {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    summary: entry.summary,
    sourceClass: entry.sourceClass,
    sourceClassLabel: SOURCE_CLASS_LABEL[entry.sourceClass],
    detail: entry.detail,
    sources,
  };
  if (entry.kind === 'related') card.whyNotExosome = entry.whyNotExosome;
  if (jurisdiction) card.regulation = regulationLine(knowledge, jurisdiction, entry.sourceClass);
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
  return list.map((j) => regulationLine(knowledge, j, entry.sourceClass));
}

export interface EvidenceLine {
  id: string;
  title: string;
  summary: string;
  sources: SourceRef[];
}

/** The evidence summaries that apply to an entry's source class, with resolved sources. */
export function evidenceLines(knowledge: Knowledge, entry: IngredientEntry): EvidenceLine[] {
  return knowledge.evidenceFor(entry).map((ev: Evidence) => ({
    id: ev.id,
    title: ev.title,
    summary: ev.summary,
    sources: sourceRefs(knowledge, ev.sources),
  }));
}

export function regulationLine(
  knowledge: Knowledge,
  jurisdiction: Jurisdiction,
  sourceClass: SourceClass,
): RegulationLine {
  const ruling: Ruling = jurisdiction[rulingKind(sourceClass)];
  return {
    jurisdiction: jurisdiction.id,
    jurisdictionName: jurisdiction.name,
    status: ruling.status,
    headline: ruling.headline,
    rule: ruling.rule,
    date: ruling.date,
    confirmed: ruling.confirmed,
    sources: sourceRefs(knowledge, ruling.sources),
  };
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
      date: s.date,
      confidence: s.confidence,
      coi: s.coi,
    });
  }
  return refs;
}

function findJurisdiction(knowledge: Knowledge, id: JurisdictionId): Jurisdiction | undefined {
  // Not knowledge.jurisdiction(): it throws for a missing id, and a card without a
  // regulation line is better than no card while the data is incomplete.
  return knowledge.data.jurisdictions.find((j) => j.id === id);
}
