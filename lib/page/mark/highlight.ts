import type { TextSource } from '../types';
import { pathsHold, scopeSelectors } from './scope';

/**
 * In-page marks, painted with the CSS Custom Highlight API: each mark is a DOM Range over the
 * page's own Text nodes, registered in `CSS.highlights`. Nothing is inserted into, split in or
 * moved out of the page's content, so a framework that owns those nodes (React updating a
 * Text node's value, or removing it) never finds them changed, page selectors such as
 * `:first-child` and `+` match as before, and editable text stays the user's.
 * Highlights need Chrome 105 and Firefox 140, the manifest's minimum versions.
 */

export type MarkKind = 'exosome' | 'related' | 'confounder' | 'claim';
export const MARK_KINDS: readonly MarkKind[] = ['exosome', 'related', 'confounder', 'claim'];

export interface MarkRange {
  start: number;
  end: number;
  kind: MarkKind;
  /** Knowledge entry id (ingredients) or claim term id (claims). */
  id: string;
  /** Which finding of the report this mark shows, for the tooltip ("i:0:3", "c:1"). */
  ref: string;
}

/** One painted mark: a live Range over page text, and the Text nodes it covers. */
export interface Mark {
  readonly kind: MarkKind;
  readonly id: string;
  readonly ref: string;
  readonly range: Range;
  readonly nodes: readonly Text[];
  /** The marked text when it was painted, to tell when the page has changed it. */
  readonly text: string;
}

export const TOOLTIP_ID = 'exocheck-tooltip';
export const MARK_STYLE_ID = 'exocheck-mark-style';
/** Attribute on the element we add to the page's body (the UI host). */
export const UI_ATTR = 'data-exocheck-ui';

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'OPTION']);

/** The parts of `CSS.highlights` and `Highlight` the layer uses; tests pass fakes. */
export interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): boolean };
  create(): { add(range: Range): unknown; clear(): void };
}

/** The browser's Custom Highlight API, or null where it is missing. */
export function browserHighlights(): HighlightApi | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Ctor = (globalThis as { Highlight?: new () => ReturnType<HighlightApi['create']> })
    .Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, create: () => new Ctor() };
}

export interface MarkLayer {
  /** Paints marks for ranges of one source; returns the marks added. */
  add(source: TextSource, ranges: readonly MarkRange[]): Mark[];
  readonly marks: readonly Mark[];
  /** The mark covering a caret position in page text, if any. */
  at(node: Node, offset: number): Mark | null;
  /** Shadow roots holding marks (a caret hit test must be told to look inside them). */
  readonly shadowRoots: readonly ShadowRoot[];
  /** False once the page has moved, emptied or rewritten any marked text. */
  intact(): boolean;
  /** Unpaints every mark. */
  clear(): void;
  /** Unpaints and removes the style. */
  destroy(): void;
}

/**
 * The page's one mark layer: a Highlight per kind, registered under a name with a random part
 * (a page cannot restyle or remove what it cannot name), styled by one <style>. `engine` picks
 * the rules the browser can paint (see markCss); the Firefox build passes 'gecko'.
 */
export function createMarkLayer(
  doc: Document,
  api: HighlightApi,
  engine: MarkEngine = 'chromium',
): MarkLayer {
  const prefix = `exocheck-${randomId()}`;
  const highlights = new Map(MARK_KINDS.map((k) => [k, api.create()] as const));
  for (const [kind, h] of highlights) api.registry.set(`${prefix}-${kind}`, h);
  let marks: Mark[] = [];
  let byNode = new Map<Text, Mark[]>();
  // The document's rules name the elements whose own text holds a mark (see scope.ts): by
  // kind, with each one's path, checked again whenever the page's tree changes.
  const holders = new Map<MarkKind, Set<Element>>();
  const paths = new Map<Element, string>();
  let css = '';
  let watch: MutationObserver | null = null;
  const restyle = (force: boolean) => {
    let scopes: Partial<Record<MarkKind, string[]>> | undefined = {};
    for (const [kind, els] of holders) {
      const selectors = scopeSelectors(els, paths);
      if (!selectors) {
        scopes = undefined; // an element no path names: every element gets the rules
        break;
      }
      scopes[kind] = selectors;
    }
    const next = markCss(prefix, engine, scopes);
    if (next === css && !force) return false;
    css = next;
    writeMarkStyle(doc, css);
    return true;
  };
  const watchPaths = () => {
    if (watch || typeof MutationObserver !== 'function') return;
    watch = new MutationObserver(() => {
      try {
        if (paths.size > 0 && !pathsHold(paths)) {
          paths.clear();
          restyle(false);
        }
      } catch {
        // a page that breaks its own head: the marks keep the paths they had
      }
    });
    watch.observe(doc, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    });
  };
  const unwatch = () => {
    watch?.disconnect();
    watch = null;
  };
  // Document styles do not reach into shadow trees: each shadow root holding marks adopts the
  // same rules as a constructed sheet (no element is added to the page's shadow tree). A
  // shadow tree is small, so its rules stay unscoped.
  const shadowRoots: ShadowRoot[] = [];
  let sheet: CSSStyleSheet | null = null;
  const styleShadow = (root: ShadowRoot) => {
    if (shadowRoots.includes(root)) return;
    shadowRoots.push(root);
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(markCss(prefix, engine));
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // no constructable sheets here: the marks in this root are not painted
    }
  };

  return {
    add(source, ranges) {
      const added: Mark[] = [];
      for (const r of ranges) {
        const mark = markOf(source, r);
        // Text in a frame's document belongs to that document's highlights: not marked here.
        if (!mark || mark.nodes[0]?.ownerDocument !== doc) continue;
        const root = mark.nodes[0]?.getRootNode();
        if (root && root !== doc && (root as ShadowRoot).host) styleShadow(root as ShadowRoot);
        if (root === doc) {
          const set = holders.get(mark.kind) ?? new Set<Element>();
          holders.set(mark.kind, set);
          for (const node of mark.nodes) if (node.parentElement) set.add(node.parentElement);
        }
        for (const node of mark.nodes) {
          const list = byNode.get(node);
          if (list) list.push(mark);
          else byNode.set(node, [mark]);
        }
        added.push(mark);
      }
      marks = marks.concat(added);
      if (added.length === 0) return added;
      // Written again if the page removed it (a page that strips foreign nodes is rescanned
      // a bounded number of times, so this is too).
      if (restyle(!doc.getElementById(MARK_STYLE_ID))) flushStyle(doc);
      watchPaths();
      // The ranges go in after the style is settled: the browser's next frame then repaints
      // the highlights without also matching a changed style sheet against the whole page.
      for (const mark of added) highlights.get(mark.kind)?.add(mark.range);
      return added;
    },
    get marks() {
      return marks;
    },
    get shadowRoots() {
      return shadowRoots;
    },
    at(node, offset) {
      const list = byNode.get(node as Text);
      if (!list) return null;
      for (const m of list) {
        try {
          if (m.range.isPointInRange(node, offset)) return m;
        } catch {
          // a node moved to another document: not ours to judge
        }
      }
      return null;
    },
    intact() {
      return marks.every(
        (m) =>
          !m.range.collapsed &&
          m.nodes.every((n) => n.isConnected) &&
          m.range.toString() === m.text,
      );
    },
    clear() {
      for (const h of highlights.values()) h.clear();
      marks = [];
      byNode = new Map();
      // The style stays until marks are added again: with no ranges its rules paint nothing.
      holders.clear();
      paths.clear();
      unwatch();
    },
    destroy() {
      this.clear();
      for (const kind of MARK_KINDS) api.registry.delete(`${prefix}-${kind}`);
      if (css) {
        removeMarkStyle(doc);
        flushStyle(doc);
      }
      css = '';
      for (const root of shadowRoots) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((x) => x !== sheet);
        } catch {
          // the page froze its list: the rules match nothing once the highlights are gone
        }
      }
      shadowRoots.length = 0;
    },
  };
}

/** A Range over [start, end) of a source, or null when any of its text may not be marked. */
function markOf(source: TextSource, r: MarkRange): Mark | null {
  const segs = source.segments;
  if (segs.length === 0 || r.end <= r.start) return null;
  const nodes: Text[] = [];
  let first: { node: Text; offset: number } | null = null;
  let last: { node: Text; offset: number } | null = null;
  for (let i = firstSegmentAtOrBefore(segs, r.start); i < segs.length; i++) {
    const seg = segs[i];
    if (!seg || seg.start >= r.end) break;
    const len = seg.node.data.length;
    const from = Math.max(r.start, seg.start) - seg.start;
    const to = Math.min(r.end, seg.start + len) - seg.start;
    if (to <= from) continue;
    if (!isMarkable(seg.node)) return null;
    nodes.push(seg.node);
    first ??= { node: seg.node, offset: from };
    last = { node: seg.node, offset: to };
  }
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset);
  return { kind: r.kind, id: r.id, ref: r.ref, range, nodes, text: range.toString() };
}

function firstSegmentAtOrBefore(segs: TextSource['segments'], offset: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segs[mid]?.start ?? 0) <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * Text the user can edit (a review form, an editor, a CMS's inline editing) is theirs: a mark
 * there would be painted under what they type.
 */
export function isEditable(el: Element): boolean {
  if (el.ownerDocument.designMode === 'on') return true;
  for (let e: Element | null = el; e !== null; e = e.parentElement) {
    const ce = e.getAttribute('contenteditable');
    if (ce === null) continue;
    return ce.toLowerCase() !== 'false';
  }
  return false;
}

function isMarkable(node: Text): boolean {
  const parent = node.parentElement;
  if (!node.isConnected || !parent) return false;
  if (SKIP_PARENTS.has(parent.tagName)) return false;
  if (isEditable(parent)) return false;
  return parent.closest(`[${UI_ATTR}]`) === null;
}

/** True for nodes ExoCheck put into the page (UI host, mark style). */
export function isOwnNode(node: Node | null): boolean {
  if (!node) return false;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.closest(`[${UI_ATTR}], #${MARK_STYLE_ID}`) !== null;
}

/**
 * Pages the mark palette is made for: a light page (black or near-black text on white or
 * off-white) and a dark one (light text on #121212 or #1f1f1f). A page's colours do not follow
 * the user's colour scheme (most shops stay light in a dark browser), so there is one palette
 * for both, not a `prefers-color-scheme` switch. Checked in tests/unit/page/mark-contrast.test.ts.
 */
export const MARK_PAGES = {
  light: [
    { bg: '#ffffff', text: '#000000' },
    { bg: '#f5f5f5', text: '#222222' },
  ],
  dark: [
    { bg: '#121212', text: '#e0e0e0' },
    { bg: '#1f1f1f', text: '#e0e0e0' },
  ],
} as const;

export interface MarkLook {
  /** Underline colour: at least 3:1 against every page in MARK_PAGES, and against the fill. */
  line: string;
  style: 'solid' | 'dashed' | 'dotted' | 'wavy';
  /** Underline thickness, px. */
  width: number;
  /** Translucent background; text over it stays at least 4.5:1 on every page in MARK_PAGES. */
  fill?: string;
}

/**
 * One look per kind, shared by the marks and the tooltip (legend chip, top border, focus
 * ring). Marks rank: an exosome-type ingredient gets the only fill and the only solid, thick
 * underline; the others are thinner broken lines, dashed (related), dotted (other actives),
 * wavy (claims in the product text), so neither colour nor a colour-vision deficiency decides
 * which is which. The line colours are mid-tones (relative luminance about 0.15–0.2), which
 * is what reaching 3:1 against both white and #1f1f1f needs. In forced-colours mode Chromium
 * repaints every custom highlight as Highlight/HighlightText whatever these rules say (even
 * system colours in a `forced-colors` query); the line style is what survives there (see
 * FORCED_EXOSOME). Firefox paints none of these lines (see GECKO_LOOK), and in forced colours
 * keeps system colours and nothing else (see FORCED_COLORS).
 */
export const KIND_LOOK: Record<MarkKind, MarkLook> = {
  exosome: { line: '#cb3bce', style: 'solid', width: 3, fill: 'rgba(231,71,235,.18)' },
  related: { line: '#0284c7', style: 'dashed', width: 2 },
  confounder: { line: '#c26a00', style: 'dotted', width: 2 },
  claim: { line: '#dc2626', style: 'wavy', width: 1 },
};

/**
 * Which rules a browser can paint on a `::highlight()`: Chromium draws text decorations
 * (KIND_LOOK), Firefox (Gecko, 140) only `color` and `background-color` (GECKO_LOOK). Chosen
 * when the extension is built, not sniffed in the page.
 */
export type MarkEngine = 'chromium' | 'gecko';

export interface GeckoMarkLook {
  /** Text colour of the marked words. */
  color: string;
  /** Opaque box behind them (the exosome kind only). */
  background?: string;
}

/**
 * The marks in Firefox, which paints only the colour and background of a highlight: no
 * underline, so the line styles and weights of KIND_LOOK cannot be seen there. An exosome-type
 * ingredient is the only kind in a box, opaque, in its line colour, with black text (5:1 on
 * it); the box stands at least 3:1 against every page in MARK_PAGES, light and dark. The other
 * kinds get no box: their words turn to a mid-tone in their kind's hue (blue related, orange
 * other actives, red claims), at least 3:1 against every page background and 3:1 against that
 * page's own text, the contrast that tells words in colour from the words around them when
 * nothing else does (WCAG technique G183). Box or no box is a difference of shape, not of hue;
 * the tooltip's first line names the kind. One palette for light and dark pages, as KIND_LOOK
 * (a page's colours do not follow the user's scheme). The orange is a shade darker than its
 * line (#c26a00 is 2.97:1 against the dark pages' #e0e0e0 text). Checked in
 * tests/unit/page/mark-contrast.test.ts.
 */
export const GECKO_LOOK: Record<MarkKind, GeckoMarkLook> = {
  exosome: { color: '#000000', background: '#cb3bce' },
  related: { color: '#0284c7' },
  confounder: { color: '#b86500' },
  claim: { color: '#dc2626' },
};

/**
 * The exosome mark's line in forced colours: a 3 px line is drawn below the Highlight box, in
 * HighlightText on the page's Canvas, so it vanishes; a 2 px double line stays inside the box
 * and no other kind has it. (Chromium; Firefox paints no decoration on a highlight at all.)
 */
export const FORCED_EXOSOME = { style: 'double', width: 2 } as const;

/**
 * The marks' system colours in forced colours, for Firefox. Firefox 140 paints only `color`
 * and `background-color` of a `::highlight()` (no text decoration, shadow or stroke), and in
 * forced colours it replaces every author colour there, GECKO_LOOK's too, with Canvas (a
 * translucent fill keeps its alpha): without these every mark vanished. System colours are
 * kept. The exosome mark gets the only box, as it gets the only fill elsewhere: Mark/MarkText,
 * the colours for marked text; the other kinds stay unboxed and turn to LinkText, the one
 * system colour made to be read on Canvas besides CanvasText. Box or no box is a difference of
 * shape, not of hue alone. Chromium ignores these colours in forced colours (it paints Highlight/HighlightText).
 */
export const FORCED_COLORS: Record<MarkKind, { color: string; background?: string }> = {
  exosome: { color: 'MarkText', background: 'Mark' },
  related: { color: 'LinkText' },
  confounder: { color: 'LinkText' },
  claim: { color: 'LinkText' },
};

/**
 * The marks' look: one `::highlight()` rule per kind, and one forced-colours block (a single
 * rule of the sheet). Highlight pseudo-elements only paint (colour, background, decoration),
 * so a mark can never change the page's layout. The per-kind rules are the engine's
 * (KIND_LOOK for Chromium, GECKO_LOOK for Firefox); the forced-colours block is the same for
 * both (each browser ignores the part it does not paint). With `scopes`, each kind's rules
 * apply to the elements its selectors name (see scope.ts), and a kind with none has no rule;
 * without, to every element.
 */
export function markCss(
  prefix: string,
  engine: MarkEngine = 'chromium',
  scopes?: Partial<Record<MarkKind, readonly string[]>>,
): string {
  const kinds = scopes ? MARK_KINDS.filter((k) => (scopes[k]?.length ?? 0) > 0) : MARK_KINDS;
  if (kinds.length === 0) return '';
  const target = (kind: MarkKind) => {
    const pseudo = `::highlight(${prefix}-${kind})`;
    return scopes ? (scopes[kind] ?? []).map((s) => s + pseudo).join(',') : pseudo;
  };
  const forced = kinds
    .map((kind) => {
      const f = FORCED_COLORS[kind];
      const line =
        kind === 'exosome'
          ? `text-decoration-style:${FORCED_EXOSOME.style};text-decoration-thickness:${FORCED_EXOSOME.width}px;`
          : '';
      const bg = f.background ? `background-color:${f.background};` : '';
      return `${target(kind)}{${line}${bg}color:${f.color}}`;
    })
    .join('');
  const decls = engine === 'gecko' ? geckoDecls : chromiumDecls;
  return kinds
    .map((kind) => `${target(kind)}{${decls(kind)}}`)
    .concat(`@media (forced-colors:active){${forced}}`)
    .join('\n');
}

function chromiumDecls(kind: MarkKind): string {
  const k = KIND_LOOK[kind];
  const fill = k.fill ? `background-color:${k.fill};` : '';
  return `${fill}text-decoration-line:underline;text-decoration-style:${k.style};text-decoration-thickness:${k.width}px;text-decoration-color:${k.line}`;
}

function geckoDecls(kind: MarkKind): string {
  const g = GECKO_LOOK[kind];
  return `${g.background ? `background-color:${g.background};` : ''}color:${g.color}`;
}

function writeMarkStyle(doc: Document, css: string): void {
  const style = doc.getElementById(MARK_STYLE_ID);
  if (style) {
    if (style.textContent !== css) style.textContent = css;
    return;
  }
  if (!css) return; // only shadow roots hold marks: nothing for the document
  const created = doc.createElement('style');
  created.id = MARK_STYLE_ID;
  created.textContent = css;
  (doc.head ?? doc.documentElement).append(created);
}

/**
 * Has the browser apply a changed mark style now, in this task. A new style sheet is matched
 * against every element of the page (Chromium: 17-21 ms on a 100,000-node page), and the
 * frame that paints new highlights walks the whole page again (about as long): done in the
 * same frame they were one task of 40-70 ms; this way each is about half. Only the style is
 * computed, never the layout.
 */
function flushStyle(doc: Document): void {
  try {
    const root = doc.documentElement;
    if (root) doc.defaultView?.getComputedStyle(root).getPropertyValue('color');
  } catch {
    // a detached or frozen document: the next frame applies the style
  }
}

export function removeMarkStyle(doc: Document): void {
  doc.getElementById(MARK_STYLE_ID)?.remove();
}

function randomId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}
