import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryCard } from '../../../lib/cards';
import { createMarkLayer, type HighlightApi, type Mark } from '../../../lib/page/mark/highlight';
import { createTooltip, type TooltipController } from '../../../lib/page/mark/tooltip/controller';
import type { TooltipModel } from '../../../lib/page/mark/tooltip/model';
import { abortLifetime } from '../../../lib/page/scheduler';
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
let marks: Mark[];
/** The mark the (simulated) pointer is over: the hit test reads it. */
let under: Mark | null;
/** Visibility of each mark's text, as the IntersectionObserver would report it. */
let report: ((target: Element, visible: boolean) => void) | null;

const api: HighlightApi = {
  registry: { set: () => undefined, delete: () => true },
  create: () => ({ add: () => undefined, clear: () => undefined }),
};

function setup() {
  document.body.innerHTML =
    '<p id="list">Water, Human Adipose Stromal Cell Conditioned Media, Acetyl Hexapeptide-8</p><button id="after">after</button>';
  const p = document.getElementById('list') as HTMLElement;
  const src = plainSource(p);
  const layer = createMarkLayer(document, api);
  marks = layer.add(src, [
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
  ]);
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
  under = null;
  report = null;
  life = abortLifetime();
  tip = createTooltip({
    life,
    doc: document,
    container,
    host: shadowHost,
    layer,
    describe: (mark) => models[mark.ref] ?? null,
    place: () => () => {},
    hitTest: () => under,
    watchVisibility: (targets, onChange) => {
      report = onChange;
      for (const t of targets) onChange(t, true);
      return () => {
        report = null;
      };
    },
    closeDelayMs: 10,
  });
  tip.addMarks(marks);
}

const markFor = (ref: string) => marks.find((m) => m.ref === ref) as Mark;
const keyFor = (ref: string) =>
  shadowHost.shadowRoot?.querySelector<HTMLButtonElement>(
    `button.key[data-ref="${ref}"]`,
  ) as HTMLButtonElement;
const isOpen = () => tip.element.hasAttribute('data-open');
/** The tooltip's first line (its legend: why the name is marked). */
const firstLine = () => tip.element.firstElementChild?.textContent ?? '';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The pointer moves to (over) a mark or off it; the controller hit-tests on the next frame. */
async function pointTo(mark: Mark | null, target: EventTarget = document.body) {
  under = mark;
  target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 5, clientY: 5 }));
  await wait(40);
}
const pressEscape = () =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

beforeEach(setup);
afterEach(() => life.invalidate());

describe('tooltip', () => {
  it('is one role=tooltip element; each mark has a key described by it, in the same root', () => {
    expect(tip.element.getAttribute('role')).toBe('tooltip');
    expect(tip.element.id).toBe('exocheck-tooltip');
    const root = shadowHost.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('[role="tooltip"]')).toHaveLength(1);
    const keys = [...root.querySelectorAll<HTMLButtonElement>('button.key')];
    expect(keys.map((k) => k.textContent)).toEqual([
      'Exosome-type ingredient: Human Adipose Stromal Cell Conditioned Media',
      'Other active: Acetyl Hexapeptide-8',
    ]);
    for (const k of keys) {
      expect(root.getElementById(k.getAttribute('aria-describedby') as string)).toBe(tip.element);
    }
    // Nothing in the light DOM: the page's own elements get no new sibling.
    expect(document.querySelectorAll('#exocheck-tooltip')).toHaveLength(0);
    expect(isOpen()).toBe(false);
  });

  it('opens on keyboard focus of a key with the card content and closes on Escape', () => {
    keyFor('i:0:1').focus();
    expect(isOpen()).toBe(true);
    expect(tip.anchor).toBe(markFor('i:0:1'));
    const text = tip.element.textContent ?? '';
    expect(firstLine()).toBe('Exosome-type ingredient: made from human culture fluid');
    expect(tip.element.firstElementChild?.className).toBe('legend');
    expect(text).toContain('Human Adipose Stromal Cell Conditioned Media');
    expect(text).toContain(CARD.summary);
    expect(text).toContain(
      'Made from: Human cell culture fluid (conditioned media) — adipose-derived stromal cells',
    );
    expect(text).toContain('CosIng II/416: EU Annex II entry 416');
    expect(text).toContain('Checked as of 2026-12-01');
    expect(text).toContain('European Union');
    expect(text).toContain('not confirmed');
    expect(text).toContain('Sources: Regulation (EC) No 1223/2009 (2009-11-30)');
    expect(text).toContain('Listed before Phenoxyethanol');
    expect(text).toContain('More in the ExoCheck popup');
    expect(tip.element.getAttribute('data-kind')).toBe('exosome');
    // A focus ring around the mark's text, since the key itself is not visible.
    expect(shadowHost.shadowRoot?.querySelector('.ring')?.hasAttribute('data-open')).toBe(true);
    pressEscape();
    expect(isOpen()).toBe(false);
  });

  it('closes on blur, and moves with focus from key to key', () => {
    keyFor('i:0:1').focus();
    expect(isOpen()).toBe(true);
    keyFor('i:0:2').focus();
    expect(tip.anchor).toBe(markFor('i:0:2'));
    (document.getElementById('after') as HTMLElement).focus();
    expect(isOpen()).toBe(false);
  });

  it('hides the key of a mark whose text cannot be seen (a collapsed panel): no tab stop', () => {
    expect(keyFor('i:0:1').hidden).toBe(false);
    report?.(document.getElementById('list') as Element, false);
    expect(keyFor('i:0:1').hidden).toBe(true);
    expect(keyFor('i:0:2').hidden).toBe(true);
    report?.(document.getElementById('list') as Element, true);
    expect(keyFor('i:0:1').hidden).toBe(false);
  });

  it('opens on hover, stays while the pointer is on the tooltip, closes after leaving', async () => {
    await pointTo(markFor('i:0:2'));
    expect(isOpen()).toBe(true);
    // Before its card arrives the first line says the kind only.
    expect(firstLine()).toBe('Other active');
    expect(tip.element.textContent).toContain('Loading details…');
    // Pointer moves from the mark onto the tooltip (retargeted to the host at document level).
    await pointTo(null, shadowHost);
    tip.element.dispatchEvent(new MouseEvent('mouseenter'));
    await wait(30);
    expect(isOpen()).toBe(true);
    tip.element.dispatchEvent(new MouseEvent('mouseleave'));
    await wait(30);
    expect(isOpen()).toBe(false);
    // Hover then leave to the page: a grace delay, then closed.
    await pointTo(markFor('i:0:2'));
    expect(isOpen()).toBe(true);
    under = null;
    document.body.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    await wait(0);
    await wait(40);
    expect(isOpen()).toBe(false);
  });

  it('shows page text as text', async () => {
    await pointTo(markFor('i:0:2'));
    expect(tip.element.querySelector('img')).toBeNull();
    expect(tip.element.textContent).toContain('Acetyl Hexapeptide-8 <img src=x onerror=alert(1)>');
  });

  it('re-renders when cards arrive, and follows the mark that is hovered', async () => {
    await pointTo(markFor('i:0:2'));
    models['i:0:2'] = {
      ...(models['i:0:2'] as TooltipModel),
      pending: false,
      card: {
        id: 'argireline',
        kind: 'confounder',
        name: 'Acetyl Hexapeptide-8',
        summary: 'A signal peptide.',
        confounderClass: 'peptide',
        classLabel: 'Peptide',
        evidence: 'Small trials report fewer expression lines.',
        evidenceVerdict: 'limited',
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
    // The first line says why it is marked; the evidence line how strong the evidence is.
    expect(firstLine()).toBe('Other active (peptide): may explain results');
    expect(text).toContain('Evidence: limited. Small trials report fewer expression lines.');
    expect(text).not.toMatch(/well.studied/i);
    expect(text).toContain('Note: Older sources call it Acetyl Hexapeptide-3.');
    expect(text).toContain(
      'Sources: Blanes-Mira 2002 (2002-10-01; author has a commercial interest)',
    );
    await pointTo(markFor('i:0:1'));
    expect(tip.anchor).toBe(markFor('i:0:1'));
  });

  it('forgets its marks and keys when they are unpainted', () => {
    keyFor('i:0:1').focus();
    tip.clearMarks();
    expect(isOpen()).toBe(false);
    expect(shadowHost.shadowRoot?.querySelectorAll('button.key')).toHaveLength(0);
  });

  it('leaves nothing behind when its lifetime ends', async () => {
    keyFor('i:0:1').focus();
    const root = shadowHost.shadowRoot as ShadowRoot;
    life.invalidate();
    expect(root.querySelector('[role="tooltip"]')).toBeNull();
    expect(root.querySelector('button.key, .ring')).toBeNull();
    // Listeners are gone too: pointing again opens nothing.
    await pointTo(markFor('i:0:1'));
    expect(tip.anchor).toBeNull();
  });
});
