import type { Analyzer } from '@/lib/detect/analyze';
import { findOnPage } from '@/lib/page/find';
import type { PageFindings, TextSource } from '@/lib/page/types';
import type { PageReport } from '@/lib/report';

export interface ScanResult {
  findings: PageFindings;
  report: PageReport;
  /** Identifies the scanned text: equal signatures mean nothing to redo. */
  signature: string;
}

/** Find the sections and copy, then run the pure pipeline on their text. */
export function findPage(
  doc: Document,
  url: string,
): { findings: PageFindings; signature: string } {
  const findings = findOnPage(doc, url);
  const signature = JSON.stringify([
    url,
    findings.retailer,
    findings.sections.map((s) => s.text.text),
    findings.copy.map((c) => c.text.text),
  ]);
  return { findings, signature };
}

export function analyzeFindings(
  analyzer: Analyzer,
  url: string,
  findings: PageFindings,
  lang: string | null,
): PageReport {
  return analyzer.analyze({
    url,
    lang,
    retailer: findings.retailer,
    title: findings.title,
    sections: findings.sections.map((s) => ({ source: s.source, text: s.text.text })),
    copy: findings.copy.map((c) => ({ field: c.field, text: c.text.text })),
  });
}

/** False when the page changed a source's text nodes since they were read (then: scan again). */
export function sourceIsCurrent(source: TextSource): boolean {
  return source.segments.every(
    (seg) => seg.node.isConnected && source.text.startsWith(seg.node.data, seg.start),
  );
}

/** Elements to watch for changes: the found sections and the blocks holding the copy. */
export function regionElements(findings: PageFindings): Element[] {
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
