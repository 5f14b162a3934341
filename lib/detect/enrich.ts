import { buildItem } from '../inci/item';
import type { PageReport, ReportIngredient } from '../report';

/** What enrichment needs from the CosIng dictionary (lib/knowledge/cosing.ts provides it). */
export interface DictionaryLookup {
  lookup(name: string): { functions: string[]; annexRefs: string[] } | null;
}

/**
 * Adds CosIng functions and annex references to every ingredient. The content script runs the
 * analysis without the dictionary (30k names would make it heavy); the background and the scan
 * CLI enrich the report with this one function, so both give the same functions.
 * Returns a new report; the input is not changed.
 */
export function enrichReport(report: PageReport, dictionary: DictionaryLookup): PageReport {
  return {
    ...report,
    ingredientLists: report.ingredientLists.map((list) => ({
      ...list,
      ingredients: list.ingredients.map((ing) => {
        const hit = firstHit(namesOf(ing), dictionary);
        return {
          ...ing,
          functions: hit ? hit.functions : null,
          annexRefs: hit ? hit.annexRefs : [],
        };
      }),
    })),
  };
}

/**
 * The names tried for an ingredient as written: the parser's candidates ("Water/Aqua/Eau" →
 * "Water", "Aqua", "Eau"), the same names the matcher tries.
 */
function namesOf(ing: ReportIngredient): string[] {
  const item = buildItem(ing.text, 0, ing.text.length, ing.group);
  return item ? item.candidates : [ing.text, ing.name];
}

function firstHit(names: readonly string[], dictionary: DictionaryLookup) {
  for (const n of names) {
    const hit = dictionary.lookup(n);
    if (hit) return hit;
  }
  return null;
}
