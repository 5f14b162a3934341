import { allRegulation, annexNotes } from '../cards/build';
import type { Knowledge } from '../knowledge';
import type { IngredientEntry, JurisdictionId } from '../knowledge/schema';
import type { ExosomeFinding, PageReport } from '../report';
import { evidenceFor } from './evidence-text';
import { rulingText } from './regulation-text';
import { field, wrap } from './text-wrap';

/** `--verbose`, per exosome-type finding: every other region, the notes, evidence, 1% hint. */
export function regulationDetails(
  k: Knowledge,
  entry: IngredientEntry,
  f: ExosomeFinding,
  region: JurisdictionId,
): string[] {
  const out: string[] = [];
  const [own, ...others] = allRegulation(k, entry, region);
  if (own?.note) out.push(...field('', own.note));
  for (const a of annexNotes(entry.annexRefs)) out.push(...field(`CosIng ${a.ref}`, a.text));
  out.push(...field('1% hint', f.atOrBelowOnePercent.reason));
  if (others.length > 0) out.push('  Other regions');
  for (const line of others) out.push(...field(line.code, rulingText(line), 12, '    '));
  const { specific, general } = evidenceFor(k, entry);
  if (specific.length + general.length > 0) out.push('  The evidence, in full');
  for (const ev of [...specific, ...general]) {
    out.push(...wrap(`${ev.title}: ${ev.summary}`, '    - ', '      '));
  }
  return out;
}

/** `--verbose`, after the summary: why related items are not exosomes, then every list. */
export function verboseDetails(r: PageReport, k: Knowledge): string[] {
  const out: string[] = [];
  for (const f of r.exosome.related) {
    const e = k.entry(f.entryId);
    if (e?.kind === 'related') {
      out.push('');
      out.push(`${e.name}: not an exosome`);
      out.push(...wrap(e.whyNotExosome, '  ', '  '));
    }
  }
  r.ingredientLists.forEach((list, i) => {
    out.push('');
    const title = list.label ? `List ${i + 1}: ${list.label}` : `List ${i + 1}`;
    const cut = list.truncated ? '; cut: the list is longer than ExoCheck reads' : '';
    out.push(`${title} (${list.ingredients.length} ingredients, from ${list.source}${cut})`);
    for (const ing of list.ingredients) {
      const tag = ing.kind === 'unknown' ? '' : ` [${KIND[ing.kind]}: ${ing.entryId}]`;
      const group = ing.group === 'main' ? '' : ` (${ing.group})`;
      out.push(
        `  ${String(ing.position).padStart(3)}. ${ing.text}${group}${tag}${functionsText(ing.functions)}`,
      );
    }
  });
  if (r.ingredientLists.length > 0) {
    const total = r.ingredientLists.reduce((n, l) => n + l.ingredients.length, 0);
    out.push('');
    out.push(
      `${r.unmatched} of the ${total} ingredients are ordinary ones with no ExoCheck entry; CosIng's functions for them are above.`,
    );
  }
  return out;
}

const KIND = { exosome: 'exosome-type', related: 'related', confounder: 'active' } as const;

function functionsText(functions: string[] | null | undefined): string {
  if (functions === undefined) return '';
  if (functions === null) return ' — not a CosIng INCI name (2021)';
  return functions.length ? ` — ${functions.join(', ')}` : ' — CosIng lists no function';
}
