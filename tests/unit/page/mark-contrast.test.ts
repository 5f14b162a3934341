import { describe, expect, it } from 'vitest';
import { contrast, over, parseColor, type Rgba } from '../../../lib/page/mark/contrast';
import { MARK_KINDS, MARK_PAGES, type MarkKind, markCss } from '../../../lib/page/mark/highlight';
import { TOOLTIP_CSS } from '../../../lib/page/mark/tooltip/styles';

/**
 * The marks' contrast, read from the CSS the content script injects (markCss), not from a copy
 * of the palette: every mark's underline is a non-text indicator (WCAG 1.4.11, ≥ 3:1) against
 * each page background the palette claims (MARK_PAGES, light and dark), and text over a fill
 * stays readable (≥ 4.5:1). An exosome-type mark differs from the others by more than hue.
 * Firefox gets rules of its own (markCss(prefix, 'gecko')): it paints no underline, so there
 * the marks are colours and one box, checked the same way further down.
 */

type Decls = Map<string, string>;

/** `::highlight(p-kind){…}` rules of a CSS text, by kind, outside any @media block. */
function rulesOf(css: string): Map<string, Decls> {
  const out = new Map<string, Decls>();
  for (const line of css.split('\n')) {
    if (line.startsWith('@media')) continue;
    const m = /^::highlight\(p-([a-z]+)\)\{([^{}]*)\}$/.exec(line.trim());
    if (!m?.[1] || m[2] === undefined) continue;
    out.set(m[1], declsOf(m[2]));
  }
  return out;
}

function declsOf(body: string): Decls {
  const d: Decls = new Map();
  for (const part of body.split(';')) {
    const i = part.indexOf(':');
    if (i > 0) d.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return d;
}

/** The `::highlight(p-kind){…}` rules inside the one forced-colours block, by kind. */
function forcedRulesOf(css: string): Map<string, Decls> {
  const block = css.split('\n').find((l) => l.startsWith('@media (forced-colors:active){'));
  const out = new Map<string, Decls>();
  for (const m of (block ?? '').matchAll(/::highlight\(p-([a-z]+)\)\{([^{}]*)\}/g)) {
    if (m[1] && m[2] !== undefined) out.set(m[1], declsOf(m[2]));
  }
  return out;
}

/** CSS system colours (what forced colours keeps); Mark and MarkText included. */
const SYSTEM_COLORS = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'Highlight',
  'HighlightText',
  'Mark',
  'MarkText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'GrayText',
  'SelectedItem',
  'SelectedItemText',
  'AccentColor',
  'AccentColorText',
];

const CSS = markCss('p');
const RULES = rulesOf(CSS);
const FORCED = forcedRulesOf(CSS);
const PAGES = [...MARK_PAGES.light, ...MARK_PAGES.dark];
const rule = (kind: MarkKind) => RULES.get(kind) as Decls;
const fillOf = (kind: MarkKind) => {
  const v = rule(kind).get('background-color');
  return v && v !== 'transparent' ? v : null;
};
const px = (v: string | undefined) => Number.parseFloat(v ?? '0');

/** The lowest ratio of a kind's underline against each page and against its fill on it. */
function lineContrast(kind: MarkKind) {
  const line = rule(kind).get('text-decoration-color') ?? '';
  const fill = fillOf(kind);
  return PAGES.map(({ bg }) => {
    const bgc = parseColor(bg);
    const fillOnBg = fill && bgc ? over(parseColor(fill) ?? bgc, bgc) : null;
    const vsPage = contrast(line, bg);
    const vsFill = fillOnBg ? contrast(line, fillOnBg) : vsPage;
    return { bg, ratio: Math.min(vsPage, vsFill) };
  });
}

describe('mark styles', () => {
  it('has one rule per kind', () => {
    expect([...RULES.keys()].sort()).toEqual([...MARK_KINDS].sort());
  });

  it.each(MARK_KINDS)('%s: the underline is at least 3:1 on every claimed page', (kind) => {
    const low = lineContrast(kind).filter((r) => r.ratio < 3);
    expect(low.map((r) => `${r.bg} ${r.ratio.toFixed(2)}:1`)).toEqual([]);
  });

  it.each(MARK_KINDS)('%s: text over the fill stays at least 4.5:1', (kind) => {
    const fill = fillOf(kind);
    if (!fill) return;
    const low = PAGES.flatMap(({ bg, text }) => {
      const bgc = parseColor(bg);
      const f = parseColor(fill);
      if (!bgc || !f) throw new Error(`bad colour ${bg} / ${fill}`);
      const ratio = contrast(text, over(f, bgc));
      return ratio < 4.5 ? [`${text} on ${fill} over ${bg}: ${ratio.toFixed(2)}:1`] : [];
    });
    expect(low).toEqual([]);
  });

  it('an exosome-type mark differs from every other by line style and weight, not hue alone', () => {
    const exo = rule('exosome');
    for (const kind of MARK_KINDS.filter((k) => k !== 'exosome')) {
      const other = rule(kind);
      expect(exo.get('text-decoration-style'), kind).not.toBe(other.get('text-decoration-style'));
      expect(px(exo.get('text-decoration-thickness')), kind).toBeGreaterThan(
        px(other.get('text-decoration-thickness')),
      );
    }
  });

  it('an exosome-type mark has the strongest fill of all, on light and dark pages', () => {
    const strength = (kind: MarkKind) => parseColor(fillOf(kind) ?? 'rgba(0,0,0,0)')?.a ?? 0;
    for (const kind of MARK_KINDS.filter((k) => k !== 'exosome')) {
      expect(strength('exosome'), kind).toBeGreaterThan(strength(kind));
    }
  });

  it('never uses a text shadow (it would blur the page text)', () => {
    expect(CSS).not.toContain('text-shadow');
  });

  it('every kind has its own line style (all that survives forced colours)', () => {
    // Chromium paints every custom highlight as Highlight/HighlightText in forced-colours mode,
    // whatever the rules say (see KIND_LOOK); the decoration style is kept.
    const styles = MARK_KINDS.map((k) => rule(k).get('text-decoration-style'));
    expect(new Set(styles).size).toBe(MARK_KINDS.length);
  });

  it('in forced colours, the exosome mark keeps a line of its own inside the Highlight box', () => {
    // A line thicker than 2 px is drawn below the box, in HighlightText on Canvas: invisible.
    const forced = FORCED.get('exosome') ?? new Map();
    const style = forced.get('text-decoration-style');
    expect(style).toBeDefined();
    for (const kind of MARK_KINDS) expect(rule(kind).get('text-decoration-style')).not.toBe(style);
    expect(px(forced.get('text-decoration-thickness'))).toBeLessThanOrEqual(2);
  });

  it('in forced colours, every kind is painted in system colours only (Firefox)', () => {
    // Firefox paints only colour and background of a highlight, and turns author colours into
    // Canvas in forced colours: without a system colour a mark is not seen at all.
    expect([...FORCED.keys()].sort()).toEqual([...MARK_KINDS].sort());
    for (const [kind, decls] of FORCED) {
      expect(SYSTEM_COLORS, kind).toContain(decls.get('color'));
      for (const [prop, value] of decls) {
        if (prop.startsWith('text-decoration')) continue;
        expect(SYSTEM_COLORS, `${kind} ${prop}`).toContain(value);
      }
    }
  });

  it('in forced colours, only the exosome mark is a box (Mark), the others are not', () => {
    expect(FORCED.get('exosome')?.get('background-color')).toBe('Mark');
    expect(FORCED.get('exosome')?.get('color')).toBe('MarkText');
    for (const kind of MARK_KINDS.filter((k) => k !== 'exosome')) {
      expect(FORCED.get(kind)?.has('background-color'), kind).toBe(false);
      expect(FORCED.get(kind)?.get('color'), kind).not.toBe('CanvasText');
    }
  });

  it('the tooltip chip, its top border and the focus ring use the lines on the tooltip too', () => {
    // Light and dark tooltip backgrounds, as TOOLTIP_CSS writes them.
    const bgs = [...TOOLTIP_CSS.matchAll(/\.tip\{[^{}]*?background:(#[0-9a-f]{6})/g)].map(
      (m) => m[1] as string,
    );
    expect(bgs).toHaveLength(2);
    for (const kind of MARK_KINDS) {
      const line = rule(kind).get('text-decoration-color') ?? '';
      for (const bg of bgs) expect(contrast(line, bg), `${kind} on ${bg}`).toBeGreaterThan(3);
    }
  });
});

/** Hue angle (0–360) of an sRGB colour. */
function hueOf({ r, g, b }: Rgba): number {
  const [x, y, z] = [r / 255, g / 255, b / 255];
  const max = Math.max(x, y, z);
  const d = max - Math.min(x, y, z);
  if (d === 0) return 0;
  const h = max === x ? ((y - z) / d) % 6 : max === y ? (z - x) / d + 2 : (x - y) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('mark styles in Firefox', () => {
  // Firefox 140 paints only `color` and `background-color` of a `::highlight()`: no underline,
  // text shadow or outline. Before these rules its related, other-active and claim marks were
  // invisible and the exosome one a pale tint.
  const GECKO_CSS = markCss('p', 'gecko');
  const GECKO = rulesOf(GECKO_CSS);
  const GECKO_FORCED = forcedRulesOf(GECKO_CSS);
  const g = (kind: MarkKind) => GECKO.get(kind) as Decls;
  const boxOf = (kind: MarkKind) => {
    const v = g(kind).get('background-color');
    return v && v !== 'transparent' ? v : null;
  };
  const OTHERS = MARK_KINDS.filter((k) => k !== 'exosome');

  it('has one rule per kind, of the two properties Firefox paints', () => {
    expect([...GECKO.keys()].sort()).toEqual([...MARK_KINDS].sort());
    for (const [kind, decls] of GECKO) {
      for (const prop of decls.keys()) expect(['color', 'background-color'], kind).toContain(prop);
      expect(decls.has('color'), kind).toBe(true);
    }
  });

  it('leaves the Chromium rules as they were', () => {
    expect(markCss('p', 'chromium')).toBe(CSS);
    expect(CSS).not.toMatch(/[{;]color:#/);
  });

  it('the exosome mark is the only box, and an opaque one', () => {
    expect(parseColor(boxOf('exosome') ?? '')?.a).toBe(1);
    for (const kind of OTHERS) expect(boxOf(kind), kind).toBeNull();
  });

  it('the exosome box is at least 3:1 on every claimed page, its text at least 4.5:1 on it', () => {
    const box = boxOf('exosome') ?? '';
    const low = PAGES.flatMap(({ bg }) => {
      const ratio = contrast(box, bg);
      return ratio < 3 ? [`${box} on ${bg}: ${ratio.toFixed(2)}:1`] : [];
    });
    expect(low).toEqual([]);
    expect(contrast(g('exosome').get('color') ?? '', box)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(OTHERS)('%s: its text colour is 3:1 against the page and the page text', (kind) => {
    // Without a box or a line, colour is the mark: it must stand from the background and from
    // the words around it (WCAG G183), on light and dark pages alike.
    const color = g(kind).get('color') ?? '';
    const low = PAGES.flatMap(({ bg, text }) =>
      [[bg, contrast(color, bg)] as const, [text, contrast(color, text)] as const].flatMap(
        ([against, ratio]) =>
          ratio < 3 ? [`${color} against ${against}: ${ratio.toFixed(2)}:1`] : [],
      ),
    );
    expect(low).toEqual([]);
  });

  it('the unboxed kinds differ from each other by hue', () => {
    const hues = OTHERS.map((k) => hueOf(parseColor(g(k).get('color') ?? '') as Rgba));
    for (let i = 0; i < hues.length; i++) {
      for (let j = i + 1; j < hues.length; j++) {
        const d = Math.abs((hues[i] as number) - (hues[j] as number));
        expect(Math.min(d, 360 - d), `${OTHERS[i]} / ${OTHERS[j]}`).toBeGreaterThanOrEqual(25);
      }
    }
  });

  it('keeps the forced-colours block (system colours, the exosome mark as Mark)', () => {
    expect(GECKO_FORCED).toEqual(FORCED);
  });
});

describe('contrast helper', () => {
  it('matches WCAG reference values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // Half-transparent black over white is mid grey.
    expect(contrast('rgba(0,0,0,.5)', '#ffffff')).toBeCloseTo(contrast('#808080', '#fff'), 1);
  });

  it('reads only the colour forms it knows', () => {
    expect(parseColor('#0a0B0c')).toEqual({ r: 10, g: 11, b: 12, a: 1 });
    expect(parseColor('rgba(1, 2, 3, .5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('Mark')).toBeNull();
    expect(parseColor('rgb(1,2)')).toBeNull();
    expect(() => contrast('Mark', '#fff')).toThrow();
  });
});
