import type { DictionaryLookup } from '../detect/analyze';
import type { PageReport } from '../report';

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
        const hit = dictionary.lookup(ing.text) ?? dictionary.lookup(ing.name);
        return {
          ...ing,
          functions: hit ? hit.functions : null,
          annexRefs: hit ? hit.annexRefs : [],
        };
      }),
    })),
  };
}
