import type { DictionaryLookup } from '../detect/analyze';
import { buildItem } from '../inci/item';
import type { PageReport, ReportIngredient } from '../report';

/**
 * Adds CosIng functions and annex references to every ingredient. The content script runs the
 * analysis without the dictionary (30k names would make it heavy); the background has it.
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
 * The names the analysis tries for an ingredient as written: the parser's candidates
 * ("Water/Aqua/Eau" → "Water", "Aqua", "Eau"), so the extension's report and the scan CLI's
 * (which looks the candidates up while analysing) give every ingredient the same functions.
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
