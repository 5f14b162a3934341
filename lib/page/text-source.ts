import { innerRootOf } from './inner-roots';
import { runToEnd, type Steps } from './scheduler';
import type { TextSource } from './types';

/**
 * Page text with a map back to its Text nodes. Reads the DOM as it is, collapsed accordions and
 * hidden tabs included (their text is in the DOM even when not rendered), and never changes it.
 * The only characters added are "\n" for <br> and at block boundaries, so every character that
 * comes from a node sits at `segment.start + offset` and highlights map back exactly.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Subtrees whose text is not page copy (code, templates, form values, our own UI). */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
]);

/** Elements that start a new line when rendered (buttons and cells too: labels sit in them). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export interface TextSourceOptions {
  /** Stop before the text node that would pass this many characters (the result is a prefix). */
  maxChars?: number;
  /** Stop after visiting this many nodes. */
  maxNodes?: number;
  /** Extra subtrees to leave out (menus, product cards ...). Called once per element. */
  skip?: (el: Element) => boolean;
  /** Start at this child of the element instead of its first child. */
  from?: Node | null;
  /** Stop before this child of the element. */
  until?: Node | null;
}

const DEFAULT_MAX_CHARS = 2_000_000;
const DEFAULT_MAX_NODES = 400_000;

const isFrame = (el: Element): boolean => el.localName === 'iframe' || el.localName === 'frame';

/** True for elements whose text is never page text: scripts, templates, SVG, our own UI. */
export function isNonTextElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  const local = el.localName;
  if (local === 'svg' || local === 'math' || local.startsWith('exocheck-ui')) return true;
  return el.hasAttribute('data-exocheck-ui');
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The element's text, in document order, with "\n" for <br> and block boundaries. */
export function textSourceOf(el: Element, options: TextSourceOptions = {}): TextSource {
  return runToEnd(textSourceSteps(el, options));
}

/** Nodes walked between pause points. */
const NODES_PER_STEP = 256;

/** textSourceOf as steps: pauses every NODES_PER_STEP nodes (see runSliced). */
export function* textSourceSteps(el: Element, options: TextSourceOptions = {}): Steps<TextSource> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const skip = options.skip;
  const parts: string[] = [];
  const segments: TextSource['segments'] = [];
  let length = 0;
  let lastChar = '';
  let visited = 0;

  // Block boundaries are added lazily, before the next text: no trailing or doubled "\n".
  let pendingBreak = false;
  const append = (s: string): void => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const flush = (): void => {
    if (pendingBreak && length > 0 && lastChar !== '\n') append('\n');
    pendingBreak = false;
  };
  const boundary = (): void => {
    if (length > 0) pendingBreak = true;
  };

  // Iterative walk (firstChild / nextSibling / parentNode): deep page DOMs must not overflow
  // the stack, and the walk never leaves `el`. An element's shadow root or same-origin frame
  // document is read right after its own children (inner-roots.ts); `hosts` maps such a root
  // back to its host, so the climb continues after the host.
  const until = options.until ?? null;
  const hosts = new Map<Node, Element>();
  const entered = new Set<Element>();
  let node: Node | null = options.from !== undefined ? options.from : el.firstChild;
  if (isNonTextElement(el) && !isFrame(el)) node = null;
  else if (node !== null && node.parentNode !== el) node = null;
  // The element itself may host a root (the section is a web component): read it last.
  const rootOfEl = options.from === undefined && until === null ? innerRootOf(el) : null;
  if (node === null && rootOfEl?.firstChild) {
    entered.add(el);
    hosts.set(rootOfEl, el);
    node = rootOfEl.firstChild;
  }
  const parentOf = (n: Node): Node | null => {
    const p = n.parentNode;
    return p !== null ? (hosts.get(p) ?? p) : null;
  };
  /** Enters the inner root of an element, once; null when none. */
  const enter = (host: Element): Node | null => {
    if (entered.has(host)) return null;
    entered.add(host);
    const root = host === el ? rootOfEl : innerRootOf(host);
    if (!root?.firstChild) return null;
    hosts.set(root, host);
    if (isFrame(host)) boundary();
    return root.firstChild;
  };
  // The walk ended at the character limit with text left to read.
  let stopped = false;
  // The element just visited was left out (script, skipped region): its inner root is too.
  let skipped = false;
  while (node !== null && node !== until && length < maxChars && visited < maxNodes) {
    visited++;
    if (visited % NODES_PER_STEP === 0) yield;
    let descend = false;
    skipped = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        const pending = pendingBreak && length > 0 && lastChar !== '\n' ? 1 : 0;
        if (length + pending + data.length > maxChars) {
          // The node that crosses the limit gives its prefix (see prefixLength), mapped to the
          // node's start, so what was read of it can still be marked; every segment before it
          // maps its node's full text. A long list is one giant node, or several: Chromium's
          // parser splits text at 65,536 characters, so a 20,000-item list is five nodes.
          const take = prefixLength(data, maxChars - length - pending, segments.length === 0);
          if (take > 0) {
            flush();
            segments.push({ node: node as Text, start: length });
            append(data.slice(0, take));
          }
          stopped = true;
          break;
        }
        flush();
        segments.push({ node: node as Text, start: length });
        append(data);
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element;
      if (child.tagName.toUpperCase() === 'BR') {
        flush();
        append('\n');
      } else if (isFrame(child) && !(skip?.(child) ?? false)) {
        boundary();
      } else if (!isNonTextElement(child) && !(skip?.(child) ?? false)) {
        if (isBlockElement(child)) boundary();
        descend = child.firstChild !== null;
      } else skipped = true;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until there is a next sibling (or an inner root to read), closing blocks on the way.
    let next: Node | null = null;
    while (node !== null) {
      if (node.nodeType === ELEMENT_NODE && !skipped) {
        const inner = enter(node as Element);
        if (inner !== null) {
          next = inner;
          break;
        }
      }
      skipped = false; // every node above the visited one was entered
      if (node === el) break;
      if (node.nodeType === ELEMENT_NODE && isBlockElement(node as Element)) {
        // Only elements we entered reach here with children walked; empty blocks still count.
        boundary();
      }
      if (node.nextSibling !== null && node.nextSibling !== until) {
        next = node.nextSibling;
        break;
      }
      if (node.nextSibling === until && until !== null && node.parentNode === el) break;
      const up = parentOf(node);
      if (up !== null && up.nodeType === ELEMENT_NODE && isFrame(up as Element)) boundary();
      if (up === el && rootOfEl === null) break;
      node = up;
    }
    node = next;
  }
  const text = parts.join('');
  // Stopped by a limit with nodes left to read: the source is a prefix of the element's text.
  const cut =
    stopped || (node !== null && node !== until && (length >= maxChars || visited >= maxNodes));
  return {
    text: text.length > maxChars ? text.slice(0, maxChars) : text,
    segments,
    ...(cut ? { cut: true } : {}),
  };
}

/**
 * The source cut to at most `max` characters: whole nodes, and a prefix of the node that
 * crosses `max` (a highlighter or a staleness check compares node text with the source text,
 * the last segment's as a prefix).
 */
export function clipSource(source: TextSource, max: number): TextSource {
  if (source.text.length <= max) return source;
  if (source.segments.length === 0)
    return { text: source.text.slice(0, max), segments: [], cut: true };
  const segments: TextSource['segments'] = [];
  let end = 0;
  for (const seg of source.segments) {
    const segEnd = seg.start + seg.node.data.length;
    if (segEnd > max) {
      // The node that crosses `max` keeps its prefix, as textSourceOf does.
      const take = prefixLength(seg.node.data, max - seg.start, segments.length === 0);
      if (take > 0) {
        segments.push(seg);
        end = seg.start + take;
      }
      break;
    }
    segments.push(seg);
    end = segEnd;
  }
  return { text: source.text.slice(0, end), segments, cut: true };
}

/**
 * How much of a node that crosses the size limit to read, within `room` characters: up to its
 * last item separator, so the list does not end in half a name; the raw prefix only for a
 * node read first (nothing else was read); otherwise none of it.
 */
function prefixLength(data: string, room: number, first: boolean): number {
  if (room <= 0) return 0;
  const head = data.slice(0, room);
  const sep = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('\n'));
  if (sep >= 0) return sep + 1;
  return first ? head.length : 0;
}

/** Text that does not come from DOM nodes (JSON-LD, embedded JSON): reported, not highlighted. */
export function textSourceOfString(s: string): TextSource {
  return { text: s, segments: [] };
}

/** The Text node and offset in it for an offset of `source.text`, or null for added "\n"s. */
export function nodeAt(source: TextSource, offset: number): { node: Text; offset: number } | null {
  const segs = source.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid] as TextSource['segments'][number];
    if (seg.start > offset) hi = mid - 1;
    else if (offset >= seg.start + seg.node.data.length) lo = mid + 1;
    else return { node: seg.node, offset: offset - seg.start };
  }
  return null;
}
