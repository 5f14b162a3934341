import type { EntryCard, SourceRef } from '../../../cards';
import { coiLabel, materialsLabel, STATUS_LABEL, sourceDate } from '../../../cards/labels';
import { EVIDENCE_WORD, WORDS } from '../../../vocabulary';
import { KIND_LABEL, type TooltipModel } from './model';

/**
 * Fills the tooltip element from a model with DOM APIs and textContent only: page text and
 * knowledge text never pass through an HTML parser.
 */
export function renderTooltip(tip: HTMLElement, m: TooltipModel): void {
  const doc = tip.ownerDocument;
  const el = (tag: string, cls: string | null, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const fact = (label: string, text: string, badge?: string) => {
    const p = el('p', 'fact');
    p.append(el('span', 'label', `${label}: `), text);
    if (badge) p.append(el('span', 'badge', badge));
    return p;
  };

  const parts: HTMLElement[] = [];
  const legend = el('div', 'legend');
  const chip = el('span', 'chip');
  chip.setAttribute('data-kind', m.kind);
  chip.setAttribute('aria-hidden', 'true');
  const c = m.card;
  legend.append(chip, el('span', null, whyMarked(m)));
  parts.push(legend, el('p', 'name', m.written));
  if (m.disguiseNote) parts.push(fact('Disguised name', m.disguiseNote));

  if (m.kind === 'claim') {
    if (m.claimNote) parts.push(el('p', 'summary', m.claimNote));
  } else if (!c) {
    parts.push(
      el('p', 'summary', m.pending ? 'Loading details…' : 'Details are in the ExoCheck popup.'),
    );
  } else if (c.kind === 'confounder') {
    // An other active's summary is its evidence line: show it once, with how strong it is.
    const evidence = c.evidence || c.summary;
    parts.push(fact(WORDS.evidence, evidenceText(c, evidence)));
    if (c.summary && c.summary !== evidence) parts.push(el('p', 'summary', c.summary));
    if (c.caveat) parts.push(fact('Note', c.caveat));
    parts.push(...annexFacts(c, fact));
    const src = c.sources[0];
    if (src) parts.push(el('p', 'cite', `${WORDS.sources}: ${cite(src)}`));
  } else {
    parts.push(el('p', 'summary', c.summary));
    parts.push(...materialFacts(c, fact, el));
    if (c.kind === 'related' && c.whyNotExosome)
      parts.push(fact('Why it is not an exosome', c.whyNotExosome));
  }
  if (m.kind === 'exosome' && m.positionHint) parts.push(fact('Position', m.positionHint));
  parts.push(el('p', 'more', 'More in the ExoCheck popup (toolbar button).'));
  tip.replaceChildren(...parts);
}

/**
 * The tooltip's first line: why this name is marked ("Exosome-type ingredient: made from human
 * culture fluid", "Other active (peptide): may explain results"). Only the kind until the card
 * is there. An other active is never called well studied here: its evidence line says how
 * strong the evidence is, and a negative one is said instead of "may explain results".
 */
export function whyMarked(m: Pick<TooltipModel, 'kind' | 'card'>): string {
  const name = KIND_LABEL[m.kind];
  const c = m.card;
  if (!c || m.kind === 'claim') return name;
  if (c.kind === 'confounder') {
    // "(peptide)", but not "Niacinamide (niacinamide)" nor "(other active)".
    const named =
      !c.classLabel || c.confounderClass === 'other-active' || same(c.classLabel, c.name);
    const cls = named ? '' : ` (${lowerFirst(c.classLabel ?? '')})`;
    const does = c.evidenceVerdict === 'negative' ? EVIDENCE_WORD.negative : 'may explain results';
    return `${name}${cls}: ${does}`;
  }
  if (!c.materialType) return name;
  if (c.materialType === 'unspecified')
    return `${name}: the label does not say what it is made from`;
  return `${name}: made from ${materialsLabel([c.materialType])}`;
}

/** "well studied. <evidence>", "limited. …"; the evidence alone when the first line said it. */
function evidenceText(c: EntryCard, evidence: string): string {
  const v = c.evidenceVerdict;
  if (v === 'not-reviewed') return EVIDENCE_WORD[v];
  if (!v || v === 'negative') return evidence;
  return `${EVIDENCE_WORD[v]}. ${evidence}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

type Fact = (label: string, text: string, badge?: string) => HTMLElement;
type El = (tag: string, cls: string | null, text?: string) => HTMLElement;

/** What it is made of, CosIng's annex references, and the region's ruling for that material. */
function materialFacts(c: EntryCard, fact: Fact, el: El): HTMLElement[] {
  const out: HTMLElement[] = [];
  const unstated = c.materialType === 'unspecified';
  const source = unstated
    ? 'not stated: the label does not say what they come from'
    : [c.materialLabel, c.detail].filter(Boolean).join(' — ');
  if (source) out.push(fact(WORDS.madeFrom, source));
  out.push(...annexFacts(c, fact));
  const r = c.regulation;
  if (!r) return out;
  const only = r.rulings.length === 1 ? r.rulings[0] : undefined;
  if (only) {
    out.push(
      fact(
        r.jurisdictionName,
        `${STATUS_LABEL[only.status]}: ${only.headline}`,
        only.confirmed ? undefined : 'not confirmed',
      ),
    );
  } else {
    out.push(fact(r.jurisdictionName, 'depends on what they come from'));
    for (const ruling of r.rulings) {
      out.push(
        fact(
          `If ${ruling.materialsLabel}`,
          STATUS_LABEL[ruling.status],
          ruling.confirmed ? undefined : 'not confirmed',
        ),
      );
    }
  }
  if (r.note) out.push(el('p', 'summary', r.note));
  const src = r.rulings[0]?.sources[0];
  out.push(
    el(
      'p',
      'cite',
      `${src ? `${WORDS.sources}: ${cite(src)}. ` : ''}Checked as of ${r.checkedAsOf}.`,
    ),
  );
  return out;
}

function annexFacts(c: EntryCard, fact: Fact): HTMLElement[] {
  return c.annex.map((a) => fact(`CosIng ${a.ref}`, a.text));
}

/** Citation, date as published (or "undated, read on …") and the conflict-of-interest tag. */
function cite(s: SourceRef): string {
  const coi = coiLabel(s.coi);
  return `${s.citation} (${sourceDate(s)}${coi ? `; ${coi}` : ''})`;
}
