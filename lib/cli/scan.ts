import { Window } from 'happy-dom';
import { type Analyzer, createAnalyzer } from '../detect/analyze';
import { enrichReport } from '../detect/enrich';
import { LEXICON } from '../detect/lexicon-data';
import { createCosingDictionary } from '../knowledge/cosing';
import cosingCompact from '../knowledge/generated/cosing-dictionary.json';
import { getKnowledge } from '../knowledge/index';
import type { PageReport } from '../report';
import { analyzeFindings } from '../retailers/analyze-findings';
import { findWithAdapter } from '../retailers/find';
import { formatReport } from './format';
import { formatLookup, lookupJson, processLocale, resolveLookupRegion, runLookup } from './lookup';
import { savedPageUrl } from './page-url';
import { InputError, LIMITS, readHtmlFile } from './read-html';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage: npm run scan -- [--region CC] [--verbose] [--url URL] FILE.html
       npm run scan -- --json [--url URL] FILE.html
       npm run scan -- --lookup "NAME" [--json] [--region CC]`;

interface Args {
  json: boolean;
  verbose: boolean;
  url: string | null;
  lookup: string | null;
  region: string | null;
  file: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    json: false,
    verbose: false,
    url: null,
    lookup: null,
    region: null,
    file: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--url' || a === '--lookup' || a === '--region') {
      const value = argv[++i];
      if (value === undefined) throw new InputError(`${a} needs a value`);
      if (a === '--url') args.url = value;
      else if (a === '--lookup') args.lookup = value;
      else args.region = value;
    } else if (a.startsWith('--url=')) args.url = a.slice(6);
    else if (a.startsWith('--lookup=')) args.lookup = a.slice(9);
    else if (a.startsWith('--region=')) args.region = a.slice(9);
    else if (a === '-h' || a === '--help') throw new InputError(USAGE);
    else if (a.startsWith('--')) throw new InputError(`unknown option ${a}`);
    else if (args.file === null) args.file = a;
    else throw new InputError('give one FILE.html at a time');
  }
  if (args.region !== null && !/^[A-Za-z]{2}$/.test(args.region.trim())) {
    throw new InputError(`--region takes a two-letter country code (or EU): ${args.region}`);
  }
  // The JSON report is the one the extension stores, the same wherever the reader lives.
  if (args.json && args.lookup === null && (args.region !== null || args.verbose)) {
    throw new InputError(
      `${args.region !== null ? '--region' : '--verbose'} applies to the text report; --json prints the whole report`,
    );
  }
  if (args.verbose && args.lookup !== null)
    throw new InputError('--verbose applies to a page scan');
  if (args.url !== null) {
    try {
      new URL(args.url);
    } catch {
      throw new InputError(`--url is not a valid URL: ${args.url}`);
    }
  }
  return args;
}

let analyzer: Analyzer | null = null;
let dictionary: ReturnType<typeof createCosingDictionary> | null = null;

/**
 * Scans saved HTML with the same pipeline the content script runs: the retailer adapter picked
 * from the URL (`--url`, else the page's canonical link, og:url or "saved from" comment), else
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
    const findings = findWithAdapter(doc, pageUrl);
    analyzer ??= createAnalyzer(LEXICON);
    dictionary ??= createCosingDictionary(cosingCompact);
    const lang = doc.documentElement?.getAttribute('lang') ?? null;
    return enrichReport(analyzeFindings(analyzer, pageUrl, findings, lang), dictionary);
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

/** The CLI: returns the exit code; never throws for bad input. */
export async function runScan(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.lookup !== null) {
      const results = await runLookup(args.lookup);
      const region = resolveLookupRegion(args.region, processLocale());
      io.out(
        args.json
          ? JSON.stringify(lookupJson(args.lookup, results, region), null, 2)
          : formatLookup(args.lookup, results, region),
      );
      return 0;
    }
    if (args.file === null) throw new InputError(USAGE);
    const html = await readHtmlFile(args.file);
    const report = scanHtml(html, args.url);
    if (args.json) io.out(JSON.stringify(report, null, 2));
    else {
      const region = resolveLookupRegion(args.region, processLocale());
      io.out(formatReport(report, { knowledge: getKnowledge(), region, verbose: args.verbose }));
    }
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      io.err(`scan: ${err.message}`);
      return 2;
    }
    io.err(`scan: internal error: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
