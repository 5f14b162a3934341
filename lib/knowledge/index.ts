import validated from './generated/knowledge.json';
import type {
  ClaimTerm,
  Evidence,
  IngredientEntry,
  Jurisdiction,
  JurisdictionId,
  KnowledgeData,
  MaterialType,
  Ruling,
  Source,
} from './schema';

/**
 * Read access to the full knowledge module (popup, options, CLI, tests). The data is the
 * schema's output written by `npm run data` (generated/knowledge.json; a test checks it equals
 * a fresh `loadKnowledge()`), so no schema runs at load. The content script never imports
 * this: it carries the compact lexicon only.
 */
export interface Knowledge {
  data: KnowledgeData;
  entry(id: string): IngredientEntry | undefined;
  claim(id: string): ClaimTerm | undefined;
  source(id: string): Source | undefined;
  jurisdiction(id: JurisdictionId): Jurisdiction;
  /** Jurisdiction for a browser locale such as "de-AT" or "en-GB"; null when none applies. */
  jurisdictionForLocale(locale: string): Jurisdiction | null;
  /** Jurisdiction for an ISO 3166 country code ("NO" → EU, "GB" → UK) or "EU"; null when none. */
  jurisdictionForRegion(code: string): Jurisdiction | null;
  /**
   * The cosmetic rulings that apply to a material: exactly one for a known material, every
   * distinct one for "unspecified" (the label does not say what it is made of).
   */
  rulingsFor(jurisdiction: Jurisdiction, material: MaterialType): Ruling[];
  /**
   * Evidence linked to what it studied: items naming the entry, and for exosome-type entries
   * items naming its material type. Never picked by source class: a callus extract gets none
   * of the vesicle studies.
   */
  evidenceFor(entry: IngredientEntry): Evidence[];
}

let cached: Knowledge | null = null;

export function getKnowledge(): Knowledge {
  cached ??= buildKnowledge(validated as unknown as KnowledgeData);
  return cached;
}

export function buildKnowledge(data: KnowledgeData): Knowledge {
  const entries = new Map<string, IngredientEntry>();
  for (const e of [...data.exosome, ...data.related, ...data.confounders]) entries.set(e.id, e);
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const jurisdictions = new Map(data.jurisdictions.map((j) => [j.id, j]));
  const byRegion = new Map<string, Jurisdiction>();
  for (const j of data.jurisdictions) {
    for (const r of j.regions) byRegion.set(r.toUpperCase(), j);
    byRegion.set(j.code, j);
  }

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
    jurisdictionForRegion(code) {
      const c = code.trim().toUpperCase();
      return byRegion.get(c === 'UK' ? 'GB' : c) ?? null;
    },
    rulingsFor(jurisdiction, material) {
      if (material === 'unspecified') return [...jurisdiction.rulings];
      return jurisdiction.rulings.filter((r) => r.materials.includes(material));
    },
    evidenceFor(entry) {
      if (entry.kind === 'confounder') return [];
      return data.evidence.filter(
        (ev) =>
          ev.entries.includes(entry.id) ||
          (entry.kind === 'exosome' && ev.materials.includes(entry.materialType)),
      );
    },
  };
}

/** "de-AT" → "AT"; "en_GB" → "GB"; "fr" → null. */
export function regionOf(locale: string): string | null {
  const parts = locale.replace('_', '-').split('-');
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] ?? '';
    if (p.length === 2 && /^[A-Za-z]{2}$/.test(p)) return p.toUpperCase();
  }
  return null;
}
