import type { AnalyzeInput, Analyzer } from '../detect/analyze';
import type { PageReport } from '../report';
import type { RetailerFindings } from './find';

/**
 * Runs the pure pipeline on what the finder found. The one bridge from DOM findings to the
 * analyzer, shared by the content script, the scan CLI and the tests, so they cannot drift.
 */
export function analyzeFindings(
  analyzer: Analyzer,
  url: string,
  findings: RetailerFindings,
  lang: string | null,
): PageReport {
  return analyzer.analyze(inputOf(url, findings, lang));
}

/** analyzeFindings as steps (one per list and copy block), for sliced runs. */
export function analyzeFindingsSteps(
  analyzer: Analyzer,
  url: string,
  findings: RetailerFindings,
  lang: string | null,
): Generator<void, PageReport, void> {
  return analyzer.analyzeSteps(inputOf(url, findings, lang));
}

function inputOf(url: string, findings: RetailerFindings, lang: string | null): AnalyzeInput {
  return {
    url,
    lang,
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
