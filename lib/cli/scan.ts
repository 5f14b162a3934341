import { Window } from 'happy-dom';
import { type Analyzer, createAnalyzer } from '../detect/analyze';
import { enrichReport } from '../detect/enrich';
import { LEXICON } from '../detect/lexicon-data';
import { createCosingDictionary } from '../knowledge/cosing';
import cosingCompact from '../knowledge/generated/cosing-dictionary.json';
import { scanDocument } from '../pipeline';
import type { PageReport } from '../report';
import { savedPageUrl } from './page-url';
import { InputError, LIMITS } from './read-html';

// The CLI itself (arguments, lookups) is lib/cli/run.ts, which loads this module only to scan
// a page; re-exported so callers keep one entry point.
export { type Io, runScan } from './run';

let analyzer: Analyzer | null = null;
let dictionary: ReturnType<typeof createCosingDictionary> | null = null;

/**
 * Scans saved HTML with the pipeline the content script runs (lib/pipeline.ts): the retailer
 * adapter picked from the URL (`--url`, else the page's canonical link, og:url or "saved from" comment), else
 * by page structure (Shopify), then the generic finder; plus the CosIng dictionary.
 */
export function scanHtml(html: string, url: string | null): PageReport {
  const window = new Window({
    url: 'https://exocheck.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    refuseDeepNesting(doc);
    const pageUrl = url ?? savedPageUrl(doc) ?? 'about:blank';
    analyzer ??= createAnalyzer(LEXICON);
    dictionary ??= createCosingDictionary(cosingCompact);
    return enrichReport(scanDocument(doc, pageUrl, { analyzer }).report, dictionary);
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * happy-dom's selector engine recurses once per level, so a tree nested thousands deep overflows
 * the call stack. readHtmlFile refuses such markup before parsing; this checks the tree that was
 * actually built, walking it without recursion, in case some markup nests deeper than it looked.
 */
function refuseDeepNesting(doc: Document): void {
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [element, depth] = top;
    if (depth > LIMITS.depth) {
      throw new InputError(
        `the page nests elements more than ${LIMITS.depth.toLocaleString('en-US')} levels deep; not a saved product page`,
      );
    }
    for (const child of element.children) stack.push([child, depth + 1]);
  }
}
