/**
 * Linear passes over saved HTML that tell, before happy-dom parses it, how many nodes it would
 * build and how deep its elements would nest. happy-dom needs kilobytes per node (a million empty
 * elements pass 1.5 GB) and its selector engine recurses once per level (a few thousand levels
 * exhaust the call stack), so the CLI refuses a page past its limits instead.
 *
 * Every search moves forward and no regular expression can backtrack, so each pass is linear in
 * the input, whatever it holds. The character classes below are happy-dom's (its tokenizer is a
 * set of regular expressions in html-parser/HTMLParser.js), so the passes split markup as it does.
 */

export interface MarkupShape {
  /** Elements, comments and doctypes: every "<" that can open one, in scripts too. */
  readonly elements: number;
  /** Attributes of start tags (each one a node too). */
  readonly attributes: number;
  /** The deepest nesting of elements, as happy-dom's tree builder would nest them. */
  readonly depth: number;
}

export type MarkupLimits = MarkupShape;

const GT = 62; // >
const SLASH = 47; // /
const EQUALS = 61; // =
const BANG = 33; // !
const QUESTION = 63; // ?
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

/** JavaScript's `\s`, which happy-dom's tokenizer uses. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `[^\s/!>?]`: what a tag name is made of (happy-dom makes an element of `<1>` or `<é>`). */
function isTagNameChar(c: number): boolean {
  return !Number.isNaN(c) && c !== SLASH && c !== BANG && c !== GT && c !== QUESTION && !isSpace(c);
}

/** `[a-zA-Z0-9-_:.$@?\\<\[\]]`: what an attribute name is made of. */
function isAttributeNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z
    (c >= 64 && c <= 93) || // @ A-Z [ \ ]
    (c >= 48 && c <= 58) || // 0-9 :
    c === 45 || // -
    c === 46 || // .
    c === 95 || // _
    c === 36 || // $
    c === 63 || // ?
    c === 60 // <
  );
}

/** `[^"'=<>\\`\s]`: what an unquoted attribute value is made of. */
function isUnquotedValueChar(c: number): boolean {
  return (
    !Number.isNaN(c) &&
    c !== DOUBLE_QUOTE &&
    c !== SINGLE_QUOTE &&
    c !== EQUALS &&
    c !== 60 && // <
    c !== GT &&
    c !== 92 && // \
    c !== 96 && // `
    !isSpace(c)
  );
}

/** Lower-cases A-Z only, as the HTML parser does (so `</É>` does not close `<é>`). */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

function skip(html: string, from: number, test: (c: number) => boolean): number {
  let i = from;
  while (i < html.length && test(html.charCodeAt(i))) i++;
  return i;
}

/**
 * Counts every "<" that can open a node (an element, a comment, a doctype), up to `max` + 1.
 * Counting them all, inside scripts and comments too, makes this an upper bound that no markup
 * can hide from; real pages have few others (the largest saved one: 6,511 for 5,891 elements).
 */
export function countNodeStarts(html: string, max = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1 && count <= max; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if (isTagNameChar(c) || c === BANG || c === QUESTION) count++;
  }
  return count;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const RAW_TEXT = new Set(['script', 'style']);

const CELL_CLOSERS = ['td', 'th', 'tr', 'tbody', 'tfoot', 'thead'];
const P_CLOSERS = [
  ...['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl'],
  ...['fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'],
];

/** For an open element: the start tags that close it while it is the innermost one. */
const CLOSED_BY = new Map<string, ReadonlySet<string>>([
  ['p', new Set(P_CLOSERS)],
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['option', new Set(['option', 'optgroup'])],
  ['optgroup', new Set(['optgroup'])],
  ['rp', new Set(['rp', 'rt'])],
  ['rt', new Set(['rp', 'rt'])],
  ['td', new Set(CELL_CLOSERS)],
  ['th', new Set(CELL_CLOSERS)],
  ['tr', new Set(['tr', 'tbody', 'tfoot', 'thead'])],
  ['tbody', new Set(['tbody', 'tfoot', 'thead'])],
  ['thead', new Set(['tbody', 'tfoot', 'thead'])],
  ['tfoot', new Set(['tbody', 'tfoot', 'thead'])],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, new Set([h])] as const),
]);

/** The stack of open elements, with a count per name so an end tag finds its match in O(1). */
class OpenElements {
  private readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  deepest = 0;

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** A start tag: `leaf` for one that holds nothing (<br>, or "/>" in SVG). */
  start(name: string, leaf: boolean): void {
    // Implied end tags, so that real pages are not over-counted: an open <p> ends at a <div>,
    // an <li> at the next <li>, a link at the next link.
    for (let top = this.top(); top && CLOSED_BY.get(top)?.has(name); top = this.top()) this.pop();
    if (name === 'a') this.close('a');
    if (name === 'tr' && this.top() === 'table') this.push('tbody'); // implied, as in the browser
    if (leaf) this.deepest = Math.max(this.deepest, this.names.length + 1);
    else this.push(name);
  }

  /** An end tag closes everything up to its element; one with no open element is ignored. */
  close(name: string): void {
    if (this.has(name)) while (this.pop() !== name);
  }

  private push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.deepest = Math.max(this.deepest, this.names.length);
  }

  private top(): string | undefined {
    return this.names[this.names.length - 1];
  }

  private pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }
}

/** Where the attribute starting at `from` ends: after its name, or after `name=value`. */
function attributeEnd(html: string, from: number): number {
  const name = skip(html, from, isAttributeNameChar);
  let i = skip(html, name, isSpace);
  if (html.charCodeAt(i) !== EQUALS) return name;
  i = skip(html, i + 1, isSpace);
  const quote = html.charCodeAt(i);
  if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
    const close = html.indexOf(html.charAt(i), i + 1);
    return close === -1 ? html.length : close + 1;
  }
  return isUnquotedValueChar(quote) ? skip(html, i, isUnquotedValueChar) : name;
}

/**
 * The ">" that ends the start tag whose attributes begin at `from` (-1 if none), and how many
 * attributes it has. A ">" inside a quoted value does not end the tag.
 */
function startTagEnd(html: string, from: number): { gt: number; attributes: number } {
  let attributes = 0;
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === GT) return { gt: i, attributes };
    if (isAttributeNameChar(c)) {
      attributes++;
      i = attributeEnd(html, i);
    } else {
      i++;
    }
  }
  return { gt: -1, attributes };
}

/** Where a comment whose text begins at `from` ends: past its "-->" or "--!>". */
function commentEnd(html: string, from: number): number {
  for (let i = html.indexOf('--', from); i !== -1; i = html.indexOf('--', i + 1)) {
    if (html.charCodeAt(i + 2) === GT) return i + 3;
    if (html.charCodeAt(i + 2) === BANG && html.charCodeAt(i + 3) === GT) return i + 4;
  }
  return html.length;
}

/** The index past the next ">" at or after `from`, or the end of the input. */
function pastGt(html: string, from: number): number {
  const gt = html.indexOf('>', from);
  return gt === -1 ? html.length : gt + 1;
}

/** Where the end tag at `at` ("</name", white space, ">") ends, and its name; null if not one. */
function endTag(html: string, at: number): { name: string; end: number } | null {
  const nameEnd = skip(html, at + 2, isTagNameChar);
  const gt = skip(html, nameEnd, isSpace);
  if (nameEnd === at + 2 || html.charCodeAt(gt) !== GT) return null;
  return { name: asciiLower(html.slice(at + 2, nameEnd)), end: gt + 1 };
}

/** Where the text of a <script> or <style> ends: at its own end tag. */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let i = html.indexOf('</', from); i !== -1; i = html.indexOf('</', i + 2)) {
    if (endTag(html, i)?.name === name) return i;
  }
  return html.length;
}

/** One pass that follows the tree builder: the open elements and the attributes seen. */
class TreeScan {
  startTags = 0;
  attributes = 0;
  readonly open = new OpenElements();

  constructor(private readonly html: string) {}

  /** Reads the markup at `at` (a "<"); returns where to look for the next one. */
  step(at: number): number {
    const { html } = this;
    const next = html.charCodeAt(at + 1);
    if (next === BANG && html.startsWith('<!--', at)) return commentEnd(html, at + 4);
    if (next === BANG || next === QUESTION) return pastGt(html, at + 2); // doctype, CDATA, <?…>
    if (next === SLASH) {
      const tag = endTag(html, at);
      if (tag === null) return at + 1; // happy-dom reads "</div x>" as text
      this.open.close(tag.name);
      return tag.end;
    }
    return isTagNameChar(next) ? this.startTag(at + 1) : at + 1;
  }

  private startTag(from: number): number {
    const { html } = this;
    const nameEnd = skip(html, from, isTagNameChar);
    const name = asciiLower(html.slice(from, nameEnd));
    const { gt, attributes } = startTagEnd(html, nameEnd);
    this.startTags++;
    this.attributes += attributes;
    if (gt === -1) return html.length; // never closed: the rest is one unfinished tag
    // "/>" closes an element only in SVG; elsewhere <div/> stays open, as in the browser.
    const selfClosed = html.charCodeAt(gt - 1) === SLASH;
    const leaf = VOID.has(name) || (selfClosed && (name === 'svg' || this.open.has('svg')));
    this.open.start(name, leaf);
    return !leaf && RAW_TEXT.has(name) ? rawTextEnd(html, gt + 1, name) : gt + 1;
  }
}

/**
 * Measures `html`. With `limits`, stops as soon as a count passes its limit (the counts
 * returned then exceed the limits, which is all the caller needs).
 */
export function measureMarkup(html: string, limits?: MarkupLimits): MarkupShape {
  const max = limits ?? { elements: Infinity, attributes: Infinity, depth: Infinity };
  const scan = new TreeScan(html);
  const within = () =>
    scan.open.deepest <= max.depth &&
    scan.attributes <= max.attributes &&
    scan.startTags <= max.elements;
  for (let at = html.indexOf('<'); at !== -1 && within(); ) at = html.indexOf('<', scan.step(at));
  const elements = countNodeStarts(html, max.elements);
  return { elements, attributes: scan.attributes, depth: scan.open.deepest };
}
