/**
 * The one pipeline: a document and its URL → what the finder found → the report. The content
 * script, the scan CLI, the DOM tests and the benchmark all run this, so what the extension
 * stores and what `npm run scan` prints cannot drift apart.
 *
 *   find      lib/retailers/find.ts: the retailer adapter, then the generic finder (lib/page)
 *   prepare   the matcher's indexes, built once per analyzer, only when there is a list
 *   analyze   lib/detect/analyze.ts: parse each list, match names, find claims in the copy
 *
 * It is a generator of steps (lib/page/scheduler.ts): the CLI and tests run it to the end,
 * the content script in slices with the main thread given back in between.
 */

import type { AnalyzeInput, Analyzer } from './detect/analyze';
import { runToEnd, type Steps } from './page/scheduler';
import type { PageReport } from './report';
import { findWithAdapterSteps, type RetailerFindings } from './retailers/find';

export type Stage = 'find' | 'prepare' | 'analyze';

/** What the finder found, and a signature of it: equal signatures, same report. */
export interface FoundPage {
  findings: RetailerFindings;
  signature: string;
}

export interface ScannedPage extends FoundPage {
  /** Null only when `proceed` stopped the scan after finding. */
  report: PageReport | null;
}

export interface ScanOptions {
  analyzer: Analyzer;
  /** Skip the retailer adapters (the popup's "Scan this page" on a page already scanned). */
  generic?: boolean;
  /** Asked once the page is found: false ends the scan there, with no report. */
  proceed?: (found: FoundPage) => boolean;
  /** Told as each stage starts (the session's debug log and the benchmark time them). */
  onStage?: (stage: Stage) => void;
}

/** The whole pipeline, run to the end (the CLI, tests). */
export function scanDocument(
  doc: Document,
  url: string,
  options: Omit<ScanOptions, 'proceed'>,
): FoundPage & { report: PageReport } {
  const out = runToEnd(scanDocumentSteps(doc, url, options));
  if (!out.report) throw new Error('unreachable: a scan without proceed always reports');
  return { ...out, report: out.report };
}

/** The whole pipeline as steps (the content script runs them sliced). */
export function* scanDocumentSteps(
  doc: Document,
  url: string,
  options: ScanOptions,
): Steps<ScannedPage> {
  options.onStage?.('find');
  const found = yield* findPageSteps(doc, url, options.generic ?? false);
  if (options.proceed && !options.proceed(found)) return { ...found, report: null };
  yield;
  if (found.findings.sections.length > 0) {
    options.onStage?.('prepare');
    options.analyzer.prepare();
    yield;
  }
  options.onStage?.('analyze');
  const report = yield* options.analyzer.analyzeSteps(analyzeInput(url, found.findings, doc));
  return { ...found, report };
}

/** The find stage alone: findings and their signature. */
export function* findPageSteps(doc: Document, url: string, generic: boolean): Steps<FoundPage> {
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

/** The analyzer's input: the found sections' and copy blocks' text, nothing of the DOM. */
export function analyzeInput(
  url: string,
  findings: RetailerFindings,
  doc: Document | null,
): AnalyzeInput {
  return {
    url,
    // `lang=""` says no language, as an absent attribute does.
    lang: doc?.documentElement?.getAttribute('lang') || null,
    retailer: findings.retailer,
    title: findings.title,
    sections: findings.sections.map((s) => ({
      source: s.source,
      text: s.text.text,
      ...(s.text.cut ? { cut: true } : {}),
    })),
    copy: findings.copy.map((c) => ({ field: c.field, text: c.text.text })),
  };
}
