import type { ClaimHit } from './claims';

/**
 * A claim term inside an ingredient name is part of that ingredient, not a claim: where a copy
 * block repeats the page's list ("Ingredients: Water, Human Adipose Stromal Cell Conditioned
 * Media, …" in a JSON-LD description, or a description block that holds the list), the hit
 * "Conditioned Media" lies within the name of a listed item there.
 *
 * `names`: the lower-cased item texts of the page's lists. A hit is dropped when some name
 * that contains the hit's text occurs in the copy covering the hit; only the window around the
 * hit is searched, so the cost is per hit and per candidate name, not per copy character.
 */
export function withoutIngredientNames(
  text: string,
  hits: readonly ClaimHit[],
  names: readonly string[],
): ClaimHit[] {
  if (hits.length === 0 || names.length === 0) return [...hits];
  return hits.filter((hit) => !insideName(text, hit, names));
}

function insideName(text: string, hit: ClaimHit, names: readonly string[]): boolean {
  const term = hit.text.toLowerCase();
  for (const name of names) {
    if (name.length < term.length || !name.includes(term)) continue;
    const from = Math.max(0, hit.end - name.length);
    const window = text.slice(from, hit.start + name.length).toLowerCase();
    for (let at = window.indexOf(name); at >= 0; at = window.indexOf(name, at + 1)) {
      if (from + at <= hit.start && from + at + name.length >= hit.end) return true;
    }
  }
  return false;
}
