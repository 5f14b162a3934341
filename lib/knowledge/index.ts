import { loadKnowledge } from './load';
import type {
  ClaimTerm,
  Evidence,
  IngredientEntry,
  Jurisdiction,
  JurisdictionId,
  KnowledgeData,
  Source,
} from './schema';

/**
 * Read access to the full knowledge module (popup, options, CLI, tests). Validated once, on
 * first use. The content script never imports this: it carries the compact lexicon only.
 */
export interface Knowledge {
  data: KnowledgeData;
  entry(id: string): IngredientEntry | undefined;
  claim(id: string): ClaimTerm | undefined;
  source(id: string): Source | undefined;
  jurisdiction(id: JurisdictionId): Jurisdiction;
  /** Jurisdiction for a browser locale such as "de-AT" or "en-GB"; null when none applies. */
  jurisdictionForLocale(locale: string): Jurisdiction | null;
  evidenceFor(entry: IngredientEntry): Evidence[];
}

let cached: Knowledge | null = null;

export function getKnowledge(): Knowledge {
  cached ??= buildKnowledge(loadKnowledge());
  return cached;
}

export function buildKnowledge(data: KnowledgeData): Knowledge {
  const entries = new Map<string, IngredientEntry>();
  for (const e of [...data.exosome, ...data.related, ...data.confounders]) entries.set(e.id, e);
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const jurisdictions = new Map(data.jurisdictions.map((j) => [j.id, j]));
  const byRegion = new Map<string, Jurisdiction>();
  for (const j of data.jurisdictions) for (const r of j.regions) byRegion.set(r.toUpperCase(), j);

  return {
    data,
    entry: (id) => entries.get(id),
    claim: (id) => claims.get(id),
    source: (id) => sources.get(id),
    jurisdiction(id) {
      const j = jurisdictions.get(id);
      if (!j) throw new Error(`unknown jurisdiction ${id}`);
      return j;
    },
    jurisdictionForLocale(locale) {
      const region = regionOf(locale);
      return region ? (byRegion.get(region) ?? null) : null;
    },
    evidenceFor(entry) {
      if (entry.kind === 'confounder') return [];
      return data.evidence.filter((ev) => ev.appliesTo.includes(entry.sourceClass));
    },
  };
}

/** "de-AT" → "AT"; "en_GB" → "GB"; "fr" → null. */
function regionOf(locale: string): string | null {
  const parts = locale.replace('_', '-').split('-');
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] ?? '';
    if (p.length === 2 && /^[A-Za-z]{2}$/.test(p)) return p.toUpperCase();
  }
  return null;
}
