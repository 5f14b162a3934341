/**
 * Category and search pages filter by ingredient: an "Ingredients" facet is a column of
 * checkboxes named after ingredients, with product counts ("Niacinamide (85)"). It reads like a
 * list under an "Ingredients" heading, but it is a form, not a product's label. An element
 * holding several choice controls is never an ingredient section.
 */

const CHOICE_CONTROLS =
  'input[type="checkbox"], input[type="radio"], [role="checkbox"], [role="radio"], [role="option"], [aria-checked]';
/** One or two controls can sit next to a real list ("Show all"); a facet has many. */
const MIN_CONTROLS = 3;

export function isFilterFacet(el: Element): boolean {
  try {
    let n = 0;
    for (const _ of el.querySelectorAll(CHOICE_CONTROLS)) if (++n >= MIN_CONTROLS) return true;
    return false;
  } catch {
    return false;
  }
}
