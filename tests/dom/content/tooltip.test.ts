import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryCard } from '../../../lib/cards';
import { markRanges } from '../../../lib/page/highlight';
import { abortLifetime } from '../../../lib/page/scheduler';
import { createTooltip, type TooltipController } from '../../../lib/page/tooltip/controller';
import type { TooltipModel } from '../../../lib/page/tooltip/model';
import { plainSource, rangeOf } from './source';

const CARD: EntryCard = {
  id: 'human-adipose-stromal-cell-cm',
  kind: 'exosome',
  name: 'Human Adipose Stromal Cell Conditioned Media',
  summary: 'Culture medium in which human fat-derived stromal cells were grown.',
  sourceClass: 'human-cell',
  materialType: 'human-culture-fluid',
  materialLabel: 'Human cell culture fluid (conditioned media)',
  detail: 'adipose-derived stromal cells',
  annex: [
    { ref: 'II/416', text: 'EU Annex II entry 416: cells, tissues or products of human origin' },
  ],
  regulation: {
    jurisdiction: 'eu',
    code: 'EU',
    jurisdictionName: 'European Union',
    checkedAsOf: '2026-12-01',
    unspecified: false,
    rulings: [
      {
        materials: ['human-culture-fluid'],
        materialsLabel: 'human culture fluid material',
        status: 'prohibited',
        headline: 'Human cells and their products are banned in cosmetics.',
        rule: 'Regulation (EC) No 1223/2009, Annex II entry 416',
        date: '2009-11-30',
        confirmed: false,
        sources: [
          {
            id: 'eu-1223',
            citation: 'Regulation (EC) No 1223/2009',
            published: '2009-11-30',
            accessed: '2026-12-01',
            confidence: 'primary',
            coi: false,
          },
        ],
      },
    ],
  },
  sources: [],
};

let life: ReturnType<typeof abortLifetime>;
let tip: TooltipController;
let shadowHost: HTMLElement;
let models: Record<string, TooltipModel>;

function setup() {
  document.body.innerHTML =
    '<p id="list">Water, Human Adipose Stromal Cell Conditioned Media, Acetyl Hexapeptide-8</p><button id="after">after</button>';
  const p = document.getElementById('list') as HTMLElement;
  const src = plainSource(p);
  markRanges(
    src,
    [
      {
        ...rangeOf(src, 'Human Adipose Stromal Cell Conditioned Media'),
        kind: 'exosome',
        id: CARD.id,
        ref: 'i:0:1',
      },
      {
        ...rangeOf(src, 'Acetyl Hexapeptide-8'),
        kind: 'confounder',
        id: 'argireline',
        ref: 'i:0:2',
      },
    ],
    { focusable: true },
  );
  shadowHost = document.createElement('exocheck-ui');
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  document.body.append(shadowHost);
  models = {
    'i:0:1': {
      kind: 'exosome',
      written: 'Human Adipose Stromal Cell Conditioned Media',
      card: CARD,
      pending: false,
      positionHint: 'Listed before Phenoxyethanol (max 1% in the EU): likely above 1%.',
      claimNote: null,
    },
    'i:0:2': {
      kind: 'confounder',
      written: 'Acetyl Hexapeptide-8 <img src=x onerror=alert(1)>',
      card: null,
      pending: true,
      positionHint: null,
      claimNote: null,
    },
  };
  life = abortLifetime();
  tip = createTooltip({
    life,
    doc: document,
    container,
    host: shadowHost,
    describe: (mark) => models[mark.dataset.exocheckRef ?? ''] ?? null,
    place: () => () => {},
    closeDelayMs: 10,
  });
}

const markFor = (ref: string) =>
  document.querySelector<HTMLElement>(`mark[data-exocheck-ref="${ref}"]`) as HTMLElement;
const isOpen = () => tip.element.hasAttribute('data-open');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pressEscape = () =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

beforeEach(setup);
afterEach(() => life.invalidate());

describe('tooltip', () => {
  it('is one role=tooltip element with id exocheck-tooltip, and the marks point at a description', () => {
    expect(tip.element.getAttribute('role')).toBe('tooltip');
    expect(tip.element.id).toBe('exocheck-tooltip');
    expect(shadowHost.shadowRoot?.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
    // aria-describedby resolves in the light DOM (ids do not cross the shadow boundary).
    const id = markFor('i:0:1').getAttribute('aria-describedby') as string;
    const desc = document.getElementById(id);
    expect(desc).not.toBeNull();
    expect(desc?.hidden).toBe(true);
    expect(isOpen()).toBe(false);
  });

  it('opens on keyboard focus with the card content and closes on Escape', () => {
    markFor('i:0:1').focus();
    expect(isOpen()).toBe(true);
    expect(tip.anchor).toBe(markFor('i:0:1'));
    const text = tip.element.textContent ?? '';
    expect(text).toContain('Exosome-type ingredient');
    expect(text).toContain('Human Adipose Stromal Cell Conditioned Media');
    expect(text).toContain(CARD.summary);
    expect(text).toContain(
      'Made from: Human cell culture fluid (conditioned media) — adipose-derived stromal cells',
    );
    expect(text).toContain('CosIng II/416: EU Annex II entry 416');
    expect(text).toContain('Checked as of 2026-12-01');
    expect(text).toContain('European Union');
    expect(text).toContain('not confirmed');
    expect(text).toContain('Regulation (EC) No 1223/2009 (2009-11-30)');
    expect(text).toContain('Listed before Phenoxyethanol');
    expect(text).toContain('More in the ExoCheck popup');
    expect(tip.element.getAttribute('data-kind')).toBe('exosome');
    expect(document.getElementById('exocheck-tooltip')?.textContent).toContain(
      'Exosome-type ingredient: Human Adipose Stromal Cell Conditioned Media.',
    );
    pressEscape();
    expect(isOpen()).toBe(false);
  });

  it('closes on blur', () => {
    markFor('i:0:1').focus();
    expect(isOpen()).toBe(true);
    (document.getElementById('after') as HTMLElement).focus();
    expect(isOpen()).toBe(false);
  });

  it('opens on hover, stays while the pointer is on the tooltip, closes after leaving', async () => {
    const mark = markFor('i:0:2');
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(isOpen()).toBe(true);
    expect(tip.element.textContent).toContain('Common active that may explain results');
    expect(tip.element.textContent).toContain('Loading details…');
    // Pointer moves from the mark onto the tooltip (retargeted to the host at document level).
    mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: shadowHost }));
    tip.element.dispatchEvent(new MouseEvent('mouseenter'));
    await wait(30);
    expect(isOpen()).toBe(true);
    tip.element.dispatchEvent(new MouseEvent('mouseleave'));
    await wait(30);
    expect(isOpen()).toBe(false);
    // Hover then leave to the page.
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    expect(isOpen()).toBe(true); // grace delay
    await wait(30);
    expect(isOpen()).toBe(false);
  });

  it('shows page text as text', () => {
    markFor('i:0:2').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tip.element.querySelector('img')).toBeNull();
    expect(tip.element.textContent).toContain('Acetyl Hexapeptide-8 <img src=x onerror=alert(1)>');
  });

  it('re-renders when cards arrive, and follows the mark that is hovered', () => {
    markFor('i:0:2').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    models['i:0:2'] = {
      ...(models['i:0:2'] as TooltipModel),
      pending: false,
      card: {
        id: 'argireline',
        kind: 'confounder',
        name: 'Acetyl Hexapeptide-8',
        summary: 'A signal peptide.',
        classLabel: 'Peptide',
        evidence: 'Small trials report fewer expression lines.',
        evidenceLabel: 'Active with limited evidence',
        caveat: 'Older sources call it Acetyl Hexapeptide-3.',
        annex: [],
        sources: [
          {
            id: 's1',
            citation: 'Blanes-Mira 2002',
            published: '2002-10-01',
            accessed: '2026-12-01',
            confidence: 'primary',
            coi: true,
          },
        ],
      },
    };
    tip.refresh();
    const text = tip.element.textContent ?? '';
    expect(text).toContain('Peptide: Small trials report fewer expression lines.');
    // The label follows the evidence, and caveats and the COI tag reach the tooltip.
    expect(text).toContain('Active with limited evidence');
    expect(text).not.toContain('Well-studied');
    expect(text).toContain('Note: Older sources call it Acetyl Hexapeptide-3.');
    expect(text).toContain(
      'Source: Blanes-Mira 2002 (2002-10-01; author has a commercial interest)',
    );
    markFor('i:0:1').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tip.anchor).toBe(markFor('i:0:1'));
  });

  it('leaves nothing behind when its lifetime ends', () => {
    markFor('i:0:1').focus();
    life.invalidate();
    expect(shadowHost.shadowRoot?.querySelector('[role="tooltip"]')).toBeNull();
    expect(document.getElementById('exocheck-tooltip')).toBeNull();
    // Listeners are gone too: focusing again opens nothing.
    (document.getElementById('after') as HTMLElement).focus();
    markFor('i:0:1').focus();
    expect(tip.anchor).toBeNull();
  });
});
