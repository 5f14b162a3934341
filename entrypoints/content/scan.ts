import { runToEnd, type Steps } from '@/lib/page/scheduler';
import type { TextSource } from '@/lib/page/types';
import { findWithAdapterSteps, type RetailerFindings } from '@/lib/retailers/find';

/**
 * Find the sections and copy (retailer adapter, then the generic finder); the session runs the
 * pure pipeline on their text (lib/retailers/analyze-findings). `generic`: the user's "Scan this page" on a page ExoCheck already
 * scanned runs the generic finder alone.
 */
export function findPage(
  doc: Document,
  url: string,
  generic = false,
): { findings: RetailerFindings; signature: string } {
  return runToEnd(findPageSteps(doc, url, generic));
}

/** findPage as steps: the session runs them in slices (runSliced), never one long task. */
export function* findPageSteps(
  doc: Document,
  url: string,
  generic = false,
): Steps<{ findings: RetailerFindings; signature: string }> {
  const findings = yield* findWithAdapterSteps(doc, url, { generic });
  const signature = JSON.stringify([
    url,
    findings.retailer,
    findings.adapter?.origins,
    findings.sections.map((s) => s.text.text),
    findings.copy.map((c) => c.text.text),
  ]);
  return { findings, signature };
}

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

/** The debug line for a supported product page whose adapter found no list itself. */
export function adapterMissNote(findings: RetailerFindings): string | null {
  const a = findings.adapter;
  if (!a?.productPage) return null;
  if (a.origins.length > 0 && a.origins.every((o) => o !== 'generic')) return null;
  const generic = a.origins.length > 0 ? ' (the generic finder found a list)' : '';
  return `adapter ${a.id} matched nothing on a product page${generic}`;
}
