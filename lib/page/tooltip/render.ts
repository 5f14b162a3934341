import type { EntryCard, SourceRef } from '../../cards';
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
  legend.append(chip, el('span', null, KIND_LABEL[m.kind]));
  parts.push(legend, el('p', 'name', m.written));

  const c = m.card;
  if (m.kind === 'claim') {
    if (m.claimNote) parts.push(el('p', 'summary', m.claimNote));
  } else if (!c) {
    parts.push(
      el('p', 'summary', m.pending ? 'Loading details…' : 'Details are in the ExoCheck popup.'),
    );
  } else if (c.kind === 'confounder') {
    // A confounder's summary is its evidence line: show it once, after its class.
    const evidence = c.evidence || c.summary;
    parts.push(fact(c.classLabel ?? 'Evidence', evidence));
    if (c.summary && c.summary !== evidence) parts.push(el('p', 'summary', c.summary));
    const src = c.sources[0];
    if (src) parts.push(el('p', 'cite', `Source: ${cite(src)}`));
  } else {
    parts.push(el('p', 'summary', c.summary));
    if (c.kind === 'exosome') parts.push(...exosomeFacts(c, fact, el));
    if (c.kind === 'related' && c.whyNotExosome)
      parts.push(fact('Why it is not an exosome', c.whyNotExosome));
  }
  if (m.kind === 'exosome' && m.positionHint) parts.push(fact('Position', m.positionHint));
  parts.push(el('p', 'more', 'More in the ExoCheck popup (toolbar button).'));
  tip.replaceChildren(...parts);
}

function exosomeFacts(
  c: EntryCard,
  fact: (label: string, text: string, badge?: string) => HTMLElement,
  el: (tag: string, cls: string | null, text?: string) => HTMLElement,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  const source = [c.sourceClassLabel, c.detail].filter(Boolean).join(' — ');
  if (source) out.push(fact('Source', source));
  const r = c.regulation;
  if (r) {
    out.push(fact(r.jurisdictionName, r.headline, r.confirmed ? undefined : 'not confirmed'));
    const src = r.sources[0];
    out.push(el('p', 'cite', src ? `Source: ${cite(src)}` : `As of ${r.date}`));
  }
  return out;
}

function cite(s: SourceRef): string {
  return `${s.citation} (${s.date})`;
}

/** One line for screen readers (the light-DOM description the marks point at). */
export function describeText(m: TooltipModel): string {
  const summary = m.kind === 'claim' ? m.claimNote : m.card?.summary;
  return [`${KIND_LABEL[m.kind]}: ${m.written}.`, summary ?? ''].join(' ').trim();
}
