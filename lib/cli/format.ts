import {
  type FindingForm,
  ingredientCount,
  ingredientTitle,
  VERDICT_TITLE,
  verdictOf,
} from '../../components/popup/verdict';
import { buildCard } from '../cards/build';
import { CONFOUNDER_CLASS_LABEL, disguiseNote } from '../cards/labels';
import type { Knowledge } from '../knowledge';
import type { EvidenceVerdict, JurisdictionId } from '../knowledge/schema';
import type { PageReport } from '../report';
import { adapterById } from '../retailers/registry';
import { evidenceLine } from './evidence-text';
import { regulationDetails, verboseDetails } from './format-verbose';
import type { LookupRegion } from './lookup';
import { rulingText } from './regulation-text';
import { field, wrap } from './text-wrap';

export interface ReportView {
  knowledge: Knowledge;
  /** The region whose rules are shown (`--region`, else the locale, else the fallback). */
  region: LookupRegion & { id: JurisdictionId };
  /** Every ingredient with its CosIng functions, every region's rules, the evidence. */
  verbose?: boolean;
}

/**
 * The report as text, in the popup's order: the verdict; each exosome-type finding with what
 * it is made from, the region's ruling and the evidence; the other actives on the list;
 * claims. Everything else (the lists with CosIng functions, other regions, evidence texts,
 * the 1% hint) only with `verbose`.
 */
export function formatReport(r: PageReport, view: ReportView): string {
  const { knowledge: k } = view;
  const out: string[] = [];
  // about:blank: a saved page that names no address (and no --url).
  const url = r.url === 'about:blank' ? 'no page address' : r.url;
  out.push(r.title ?? url);
  out.push(`${r.title ? `${url}, ` : ''}${readBy(r.retailer)}`);
  out.push('');
  out.push(`Verdict: ${verdictTitle(r, k)}`);
  out.push(...wrap(explain(r), '', ''));

  const findings = r.exosome.ingredients;
  if (findings.length > 0) {
    out.push(...wrap(regionNote(view), '', ''));
    for (const f of findings) {
      const card = buildCard(k, f.entryId, view.region.id);
      const entry = k.entry(f.entryId);
      out.push('');
      out.push(card?.name ?? f.text);
      const where = r.ingredientLists.length > 1 ? ` in ${listName(r, f.listIndex)}` : '';
      out.push(...field('On the label', `"${f.text}", position ${f.position}${where}`));
      const disguise = disguiseNote(f.disguised);
      if (disguise) out.push(...field('Caution', disguise));
      if (card) {
        const made =
          card.materialType === 'unspecified'
            ? `${card.materialLabel} (the label does not say what they come from)`
            : `${card.materialLabel}: ${card.detail}`;
        out.push(...field('Made from', made));
        if (card.regulation) {
          out.push(
            ...field(
              'Rules',
              `${card.regulation.jurisdictionName}: ${rulingText(card.regulation)}`,
            ),
          );
        }
      }
      if (entry) out.push(...field('Evidence', evidenceLine(k, entry, view.verbose)));
      if (view.verbose && entry) out.push(...regulationDetails(k, entry, f, view.region.id));
    }
  }

  const actives = otherActives(r, k);
  if (actives.length > 0) {
    out.push('');
    out.push(
      r.exosome.verdict === 'none'
        ? 'Actives on this list:'
        : 'Other actives on this list, which may explain results attributed to exosomes:',
    );
    out.push(...actives);
  }

  if (r.exosome.related.length > 0) {
    out.push('');
    out.push('Marketed alongside exosomes, but not exosomes:');
    for (const f of r.exosome.related) {
      const name = k.entry(f.entryId)?.name ?? f.text;
      const label = name === f.text ? '' : `"${f.text}", `;
      out.push(`  ${name} (${label}position ${f.position})`);
    }
  }

  const claims = distinct(r.exosome.claims);
  if (claims.length > 0) {
    out.push('');
    out.push('Exosome claims in the product text:');
    const shown = view.verbose ? claims : claims.slice(0, 5);
    for (const c of shown) out.push(`  "${c.text}" (${language(c.lang)}, ${FIELD[c.field]})`);
    if (shown.length < claims.length) out.push(`  … ${claims.length - shown.length} more`);
  }

  if (view.verbose) out.push(...verboseDetails(r, k));
  else if (r.ingredientLists.length > 0) {
    out.push('');
    out.push(
      "--verbose: every ingredient with CosIng's functions, every region's rules, the evidence.",
    );
  }
  return out.join('\n');
}

function verdictTitle(r: PageReport, k: Knowledge): string {
  const verdict = verdictOf(r);
  if (verdict !== 'ingredient') return VERDICT_TITLE[verdict];
  const forms = r.exosome.ingredients.flatMap((f): FindingForm[] => {
    const e = k.entry(f.entryId);
    return e?.kind === 'exosome' ? [e.form] : [];
  });
  return ingredientTitle(forms);
}

/** The sentence under the verdict (the popup's, less its "ask it to look" button). */
function explain(r: PageReport): string {
  const total = ingredientCount(r);
  const n = r.exosome.ingredients.length;
  const cut = r.ingredientLists.some((l) => l.truncated)
    ? ` The list is longer than ExoCheck reads: only its first ${total} items were read.`
    : '';
  switch (verdictOf(r)) {
    case 'ingredient':
      return `${n} exosome-type ingredient${n === 1 ? '' : 's'} in the ingredient list (${total} ingredients read).${cut}`;
    case 'claim-only':
      return r.ingredientLists.length === 0
        ? 'The product text uses exosome wording, and no ingredient list was found to check it against.'
        : `The product text uses exosome wording, but none of the ${total} listed ingredients is an exosome-type ingredient ExoCheck recognises (culture fluid can be listed under other names).${cut}`;
    case 'none':
      return `${total} ingredients read; none is an exosome-type ingredient and the product text makes no exosome claim ExoCheck knows.${cut}`;
    default:
      return `ExoCheck found no ingredient list in this file.${unread(r)}`;
  }
}

function unread(r: PageReport): string {
  const u = r.unread;
  if (!u) return '';
  const parts: string[] = [];
  if (u.frames.length > 0)
    parts.push(` Part of the page is in frames from other sites (${u.frames.join(', ')}).`);
  if (u.largeData > 0) parts.push(' Some embedded data was larger than ExoCheck reads (2 MB).');
  return parts.join('');
}

function readBy(retailer: string): string {
  if (retailer === 'none') return 'no ingredient list found';
  if (retailer === 'generic') return 'read with the generic finder';
  if (retailer === 'json-ld') return "read from the page's structured data";
  if (retailer === 'image') return 'read from an image (offline OCR)';
  const shop = adapterById(retailer);
  return `read with the ${shop?.name ?? retailer} adapter`;
}

function regionNote({ knowledge, region }: ReportView): string {
  const name = knowledge.jurisdiction(region.id).name;
  if (region.via === 'region') return `Rules for ${name} (--region ${region.asked}).`;
  if (region.via === 'locale')
    return `Rules for ${name} (from the locale, region ${region.asked}; --region changes it).`;
  return `Rules for ${name}: ${region.asked ? `${region.asked} maps to no region ExoCheck covers` : 'the locale names no region'}, so the United States, as in the extension; --region changes it.`;
}

function listName(r: PageReport, i: number): string {
  const label = r.ingredientLists[i]?.label;
  return label ? `"${label}"` : `list ${i + 1}`;
}

const EVIDENCE_SHORT: Record<EvidenceVerdict, string> = {
  positive: 'well-studied',
  limited: 'limited evidence',
  negative: 'no better than placebo in the study reviewed',
  'not-reviewed': 'evidence not reviewed',
};

/** Each active once, with its class and how well it is studied. */
function otherActives(r: PageReport, k: Knowledge): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of r.confounders) {
    if (seen.has(c.entryId)) continue;
    seen.add(c.entryId);
    const e = k.entry(c.entryId);
    const how = e?.kind === 'confounder' ? `, ${EVIDENCE_SHORT[e.evidenceVerdict]}` : '';
    const cls = CONFOUNDER_CLASS_LABEL[c.class];
    const what = cls.toLowerCase() === c.text.toLowerCase() ? how.slice(2) : `${cls}${how}`;
    out.push(`  ${c.text} (${what})`);
  }
  return out;
}

function language(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const FIELD: Record<PageReport['exosome']['claims'][number]['field'], string> = {
  title: 'product name',
  description: 'description',
  highlights: 'highlights',
  other: 'product text',
};

/** The same phrase often stands in several copy blocks (the page's and the meta description). */
function distinct(claims: PageReport['exosome']['claims']) {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.text.toLowerCase()}|${c.lang}|${c.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
