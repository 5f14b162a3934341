import type { TextSource } from './types';

/**
 * In-page marks: wraps [start, end) ranges of a TextSource's text in
 * `<mark class="exocheck-mark">` elements by splitting the page's own Text nodes, so page text
 * is never re-parsed as HTML. Marking is idempotent (text already inside a mark is skipped)
 * and `removeMarks` puts the text back into the very Text nodes it came from.
 */

export type MarkKind = 'exosome' | 'related' | 'confounder' | 'claim';

export interface MarkRange {
  start: number;
  end: number;
  kind: MarkKind;
  /** Knowledge entry id (ingredients) or claim term id (claims). */
  id: string;
  /** Which finding of the report this mark shows, for the tooltip ("i:0:3", "c:1"). */
  ref: string;
}

export interface MarkOptions {
  /** Keyboard-reachable and described by the tooltip (off when tooltips are off). */
  focusable: boolean;
}

export const MARK_CLASS = 'exocheck-mark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;
export const TOOLTIP_ID = 'exocheck-tooltip';
export const MARK_STYLE_ID = 'exocheck-mark-style';
/** Attribute on every other element we add to the light DOM (UI host, description). */
export const UI_ATTR = 'data-exocheck-ui';

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'OPTION']);

interface Piece {
  node: Text;
  from: number;
  to: number;
  range: MarkRange;
}

/**
 * Wraps every range in marks; a range spanning several Text nodes gets one mark per node,
 * all with the same kind, id and ref. Returns the marks added. Sources without segments
 * (text from JSON) are skipped: they are reported but not marked.
 */
export function markRanges(
  source: TextSource,
  ranges: readonly MarkRange[],
  options: MarkOptions,
): HTMLElement[] {
  if (source.segments.length === 0 || ranges.length === 0) return [];
  const byNode = new Map<Text, Piece[]>();
  for (const range of ranges) {
    for (const piece of piecesOf(source, range)) {
      const list = byNode.get(piece.node);
      if (list) list.push(piece);
      else byNode.set(piece.node, [piece]);
    }
  }
  const added: HTMLElement[] = [];
  for (const [node, pieces] of byNode) {
    if (!isMarkable(node)) continue;
    // Last piece first: splitText keeps the head in `node`, so earlier offsets stay valid.
    pieces.sort((a, b) => b.from - a.from);
    const length = node.data.length;
    let limit = length;
    for (const p of pieces) {
      if (p.to > limit) continue; // overlaps a piece already wrapped in this node
      added.push(wrap(node, p, p.to < length, options));
      limit = p.from;
    }
  }
  return added;
}

/** Pieces of one range, one per Text node it touches; whitespace-only pieces are dropped. */
function piecesOf(source: TextSource, range: MarkRange): Piece[] {
  const pieces: Piece[] = [];
  const segs = source.segments;
  for (let i = firstSegmentAtOrBefore(segs, range.start); i < segs.length; i++) {
    const seg = segs[i];
    if (!seg || seg.start >= range.end) break;
    const len = seg.node.data.length;
    const from = Math.max(range.start, seg.start) - seg.start;
    const to = Math.min(range.end, seg.start + len) - seg.start;
    if (to <= from) continue;
    if (seg.node.data.slice(from, to).trim() === '') continue;
    pieces.push({ node: seg.node, from, to, range });
  }
  return pieces;
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
 * Text the user can edit (a review form, an editor, a CMS's inline editing) is theirs: marks
 * inside it would change what they type and what the editor saves.
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
  // Never nest marks: text already marked (a second pass) is left alone.
  return parent.closest(MARK_SELECTOR) === null && parent.closest(`[${UI_ATTR}]`) === null;
}

/** `joinNext`: text followed this piece in the original node (maybe since wrapped itself). */
function wrap(node: Text, p: Piece, joinNext: boolean, options: MarkOptions): HTMLElement {
  let target = node;
  if (p.to < target.data.length) target.splitText(p.to);
  const joinPrev = p.from > 0;
  if (joinPrev) target = target.splitText(p.from);
  const doc = node.ownerDocument;
  const mark = doc.createElement('mark');
  mark.className = MARK_CLASS;
  mark.setAttribute('data-exocheck-kind', p.range.kind);
  mark.setAttribute('data-exocheck-id', p.range.id);
  mark.setAttribute('data-exocheck-ref', p.range.ref);
  // Which neighbours were split off this text, so removal can join them back exactly.
  const join = [joinPrev && 'prev', joinNext && 'next'].filter(Boolean).join(' ');
  if (join) mark.setAttribute('data-exocheck-join', join);
  if (options.focusable) {
    mark.tabIndex = 0;
    mark.setAttribute('aria-describedby', TOOLTIP_ID);
  }
  target.parentNode?.insertBefore(mark, target);
  mark.append(target);
  return mark;
}

/**
 * Removes every mark under `root` and joins the text back into the Text nodes it was split
 * from. Only the splits we made are joined (recorded on the mark): `normalize()` would also
 * merge the page's own adjacent Text nodes, which frameworks such as React hold on to.
 */
export function removeMarks(root: ParentNode): number {
  const marks = [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)];
  for (const mark of marks) unwrapMark(mark);
  return marks.length;
}

/** Unwraps one mark, joining its text back into the node it was split from. */
export function unwrapMark(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const join = mark.getAttribute('data-exocheck-join') ?? '';
  const prev = mark.previousSibling;
  let head: Text | null = null;
  if (join.includes('prev') && isText(prev) && mark.childNodes.length <= 1) {
    prev.appendData(mark.textContent ?? '');
    head = prev;
  } else {
    const kids = [...mark.childNodes];
    for (const kid of kids) parent.insertBefore(kid, mark);
    const last = kids.at(-1);
    head = isText(last) ? last : null;
  }
  mark.remove();
  const next = head?.nextSibling;
  if (head && join.includes('next') && isText(next)) {
    head.appendData(next.data);
    next.remove();
  }
}

// nodeType, not instanceof: content scripts see page nodes through their own world's wrappers.
function isText(node: Node | null | undefined): node is Text {
  return node?.nodeType === 3;
}

/** True for nodes ExoCheck put into the page (marks, UI host, description, style). */
export function isOwnNode(node: Node | null): boolean {
  if (!node) return false;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.closest(`${MARK_SELECTOR}, [${UI_ATTR}], #${MARK_STYLE_ID}`) !== null;
}

/**
 * One colour and underline style per kind, shared by the marks and the tooltip legend.
 * Tints are translucent and the line colours are mid-tones, so both read on light and dark
 * pages; the underline style differs too, so colour is not the only cue.
 */
export const KIND_LOOK: Record<MarkKind, { tint: string; line: string; style: string }> = {
  exosome: { tint: 'rgba(217,70,239,.24)', line: '#d946ef', style: 'solid' },
  related: { tint: 'rgba(14,165,233,.2)', line: '#0ea5e9', style: 'dotted' },
  confounder: { tint: 'rgba(245,158,11,.24)', line: '#f59e0b', style: 'solid' },
  claim: { tint: 'rgba(239,68,68,.18)', line: '#ef4444', style: 'dashed' },
};

/**
 * Specificity of three ids on top of `mark.exocheck-mark` (ids nothing carries, so it matches
 * every mark): a page's own `!important` rules for <mark>, even long descendant chains such
 * as `html body main section.ingredients p mark`, lose to ours.
 */
const OUTRANK = ':not(#exocheck-x):not(#exocheck-x):not(#exocheck-x)';

/**
 * The marks' look, as one <style> in the page (not inline styles, so a mark is just its
 * attributes). `all: unset` drops whatever the page does to <mark>; every font and spacing
 * property then inherits, so the line box and the layout do not change.
 */
function markCss(): string {
  const m = `mark.${MARK_CLASS}${OUTRANK}`;
  const kinds = Object.entries(KIND_LOOK).map(
    ([kind, k]) =>
      `${m}[data-exocheck-kind="${kind}"]{--exocheck-tint:${k.tint};--exocheck-line:${k.line};--exocheck-style:${k.style}}`,
  );
  return [
    `${m}{all:unset!important;background-color:var(--exocheck-tint)!important;text-decoration-line:underline!important;text-decoration-thickness:2px!important;text-decoration-color:var(--exocheck-line)!important;text-decoration-style:var(--exocheck-style)!important;text-underline-offset:2px!important;text-decoration-skip-ink:none!important;border-radius:2px!important;cursor:help!important}`,
    ...kinds,
    `${m}:focus-visible{outline:2px solid var(--exocheck-line)!important;outline-offset:1px!important}`,
  ].join('\n');
}

export function ensureMarkStyle(doc: Document): void {
  if (doc.getElementById(MARK_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = MARK_STYLE_ID;
  style.textContent = markCss();
  (doc.head ?? doc.documentElement).append(style);
}

export function removeMarkStyle(doc: Document): void {
  doc.getElementById(MARK_STYLE_ID)?.remove();
}
