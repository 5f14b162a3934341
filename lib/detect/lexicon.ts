import { SOURCE_CLASS_OF } from '../knowledge/classes';
import type { KnowledgeData, LabelName } from '../knowledge/schema';
import { normalizeName } from '../text/normalize';

/**
 * The compact lexicon: everything the matcher and the claim finder need, nothing else
 * (no schemas, no long texts). Generated to lib/knowledge/generated/lexicon.json by
 * `npm run data` so the content script imports plain JSON.
 */
export type LexKind = 'exosome' | 'related' | 'confounder';

export interface Lexicon {
  version: string;
  /** [id, kind, sourceClass (exosome/related) or class (confounder), detail (exosome only)] */
  entries: Array<[string, LexKind, string, string?]>;
  /** normalised name → index into `entries` */
  names: Record<string, number>;
  /** [normalised term, term id, lang, concept] */
  claims: Array<[string, string, string, string]>;
  /** Normalised names of ingredients whose EU maximum is 1% (the 1% line markers). */
  onePercentMarkers: string[];
}

export function labelNameText(n: LabelName): string {
  return typeof n === 'string' ? n : n.name;
}

export function buildLexicon(data: KnowledgeData): Lexicon {
  const entries: Lexicon['entries'] = [];
  const names: Record<string, number> = {};
  const add = (id: string, kind: LexKind, extra: string, all: string[], detail?: string) => {
    const index = entries.length;
    entries.push(detail === undefined ? [id, kind, extra] : [id, kind, extra, detail]);
    for (const n of all) {
      const key = normalizeName(n);
      // First owner wins: hand-written entries come before CosIng-derived ones, and the
      // integrity checks forbid two entries owning one name.
      if (key && !(key in names)) names[key] = index;
    }
  };
  for (const e of data.exosome) {
    add(
      e.id,
      'exosome',
      SOURCE_CLASS_OF[e.materialType],
      [e.name, ...e.names.map(labelNameText)],
      e.detail,
    );
  }
  for (const e of data.related)
    add(e.id, 'related', SOURCE_CLASS_OF[e.materialType], [e.name, ...e.names.map(labelNameText)]);
  for (const e of data.confounders)
    add(e.id, 'confounder', e.class, [e.name, ...e.names.map(labelNameText)]);

  const claims: Lexicon['claims'] = data.claims
    .map((c): [string, string, string, string] => [normalizeName(c.term), c.id, c.lang, c.concept])
    .filter(([term]) => term.length > 0)
    // Longest first, so "exosome-like nanoparticles" wins over "exosome" at one position.
    .sort((a, b) => b[0].length - a[0].length || a[1].localeCompare(b[1]));

  const onePercentMarkers = [
    ...new Set(
      data.orderMarkers.filter((m) => m.maxPercent <= 1).flatMap((m) => m.names.map(normalizeName)),
    ),
  ].sort();

  return { version: data.meta.version, entries, names, claims, onePercentMarkers };
}
