import type { RetailerFindings } from '../retailers/find';
import type { TextSource } from './types';

/**
 * What the content script keeps watching after a scan: whether a found source still holds the
 * text it was read from, and which elements to observe for changes.
 */

/** False when the page changed a source's text nodes since they were read (then: scan again). */
export function sourceIsCurrent(source: TextSource): boolean {
  // Each node still holds the text read from it. A capped source (a section past
  // MAX_SECTION_CHARS) read only the start of its last node: that prefix must still match.
  return source.segments.every((seg) => {
    if (!seg.node.isConnected) return false;
    const read = source.text.slice(seg.start, seg.start + seg.node.data.length);
    return seg.node.data.startsWith(read);
  });
}

/** Elements to watch for changes: the found sections and the blocks holding the copy. */
export function regionElements(findings: RetailerFindings): Element[] {
  const out: Element[] = [];
  for (const s of findings.sections) if (s.element) out.push(s.element);
  for (const c of findings.copy) {
    const first = c.text.segments[0]?.node;
    const last = c.text.segments.at(-1)?.node;
    const el = first && last ? commonAncestor(first, last) : null;
    if (el) out.push(el);
  }
  return out;
}

function commonAncestor(a: Node, b: Node): Element | null {
  for (let el = a.parentElement; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}
