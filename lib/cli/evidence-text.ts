import type { Knowledge } from '../knowledge';
import type { Evidence, IngredientEntry } from '../knowledge/schema';
import { MaterialType } from '../knowledge/schema';

/** The evidence on the ingredient or its kind of material, and the notes on every kind. */
export function evidenceFor(
  knowledge: Knowledge,
  entry: IngredientEntry,
): { specific: Evidence[]; general: Evidence[] } {
  const all = MaterialType.options.length;
  const specific: Evidence[] = [];
  const general: Evidence[] = [];
  for (const ev of knowledge.evidenceFor(entry)) {
    const own =
      ev.entries.includes(entry.id) || (ev.materials.length > 0 && ev.materials.length < all);
    (own ? specific : general).push(ev);
  }
  return { specific, general };
}

/**
 * One line on the evidence, by what ExoCheck has reviewed: the studies and notes on this
 * ingredient or its kind by title, and a count of the notes on all exosome-type products
 * (reviews, safety, skin penetration …), which --verbose prints in full.
 */
export function evidenceLine(
  knowledge: Knowledge,
  entry: IngredientEntry,
  verbose = false,
): string {
  const { specific, general } = evidenceFor(knowledge, entry);
  if (specific.length + general.length === 0) return "None reviewed in ExoCheck's knowledge.";
  const rest =
    general.length > 0
      ? `${general.length} general note${general.length === 1 ? '' : 's'} on exosome-type products (reviews, safety …) ${verbose ? 'below' : 'in --verbose'}.`
      : '';
  if (specific.length === 0) {
    return `Nothing specific to this ingredient or its kind; ${rest}`;
  }
  const titles = specific.map((ev) => `"${ev.title}"`).join('; ');
  return `On this ingredient or its kind: ${titles}.${rest ? ` Plus ${rest}` : ''}`;
}
