import { disguiseNote } from '../labels';
import type { PageReport } from '../report';

/** The report as readable text for a terminal. */
export function formatReport(r: PageReport): string {
  const out: string[] = [];
  out.push(`URL        ${r.url}`);
  if (r.title) out.push(`Title      ${r.title}`);
  out.push(`Retailer   ${r.retailer}`);
  out.push(`Verdict    ${verdictText(r)}`);
  out.push('');
  if (r.ingredientLists.length === 0) out.push('No ingredient list found on this page.');
  r.ingredientLists.forEach((list, i) => {
    const title = list.label ? `List ${i + 1}: ${list.label}` : `List ${i + 1}`;
    const cut = list.truncated ? '; cut: the list is longer than ExoCheck reads' : '';
    out.push(`${title} (${list.ingredients.length} ingredients, from ${list.source}${cut})`);
    for (const ing of list.ingredients) {
      const tag = ing.kind === 'unknown' ? '' : ` [${ing.kind}: ${ing.entryId}]`;
      const group = ing.group === 'main' ? '' : ` (${ing.group})`;
      const fn = functionsText(ing.functions);
      out.push(`  ${String(ing.position).padStart(3)}. ${ing.text}${group}${tag}${fn}`);
    }
    out.push('');
  });
  if (r.exosome.ingredients.length) {
    out.push('Exosome-type ingredients:');
    for (const f of r.exosome.ingredients) {
      out.push(`  - ${f.text} (${f.sourceClass}: ${f.detail}), position ${f.position}`);
      const disguise = disguiseNote(f.disguised);
      if (disguise) out.push(`    ${disguise}`);
      out.push(`    1% hint: ${f.atOrBelowOnePercent.reason}`);
    }
  }
  if (r.exosome.related.length) {
    out.push('Related, not exosomes:');
    for (const f of r.exosome.related) out.push(`  - ${f.text} (${f.entryId})`);
  }
  if (r.exosome.claims.length) {
    out.push('Exosome claims in the product copy:');
    // The same phrase often appears in several copy blocks (meta and page description).
    const seen = new Set<string>();
    for (const c of r.exosome.claims) {
      const key = `${c.text.toLowerCase()}|${c.lang}|${c.field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`  - "${c.text}" (${c.lang}, ${c.field})`);
    }
  }
  if (r.confounders.length) {
    out.push('Well-studied actives in the same list:');
    for (const c of r.confounders) out.push(`  - ${c.text} (${c.class})`);
  }
  out.push(`Not in ExoCheck's knowledge base: ${r.unmatched} ingredient(s)`);
  return out.join('\n');
}

function functionsText(functions: string[] | null | undefined): string {
  if (functions === undefined) return '';
  if (functions === null) return ' — not a CosIng INCI name (2021)';
  return functions.length ? ` — ${functions.join(', ')}` : ' — CosIng lists no function';
}

function verdictText(r: PageReport): string {
  if (r.ingredientLists.length === 0 && r.exosome.verdict === 'none')
    return 'no ingredient list found';
  switch (r.exosome.verdict) {
    case 'ingredient':
      return `exosome-type ingredient found (${r.exosome.ingredients.length})`;
    case 'claim-only':
      return 'exosome claim, but no exosome-type ingredient in the list';
    default:
      return 'no exosome ingredients or claims found';
  }
}
