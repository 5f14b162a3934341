import { getKnowledge } from '../knowledge';
import { formatReport } from './format';
import { formatLookup, lookupJson, processLocale, resolveLookupRegion, runLookup } from './lookup';
import { InputError, readHtmlFile } from './read-html';

/**
 * The `npm run scan` command line. A lookup needs only the knowledge module and the CosIng
 * lookup; happy-dom and the page pipeline (lib/cli/scan.ts, most of the start-up time) are
 * imported only to scan a page.
 */

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage: npm run scan -- [--region CC] [--verbose] [--url URL] FILE.html
       npm run scan -- --json [--url URL] FILE.html
       npm run scan -- --image [--json] [--region CC] [--verbose] FILE.png|jpg
       npm run scan -- --lookup "NAME" [--json] [--region CC]`;

interface Args {
  json: boolean;
  verbose: boolean;
  url: string | null;
  lookup: string | null;
  region: string | null;
  file: string | null;
  /** The file is an image whose list is read by OCR (lib/ocr). */
  image: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    json: false,
    verbose: false,
    url: null,
    lookup: null,
    region: null,
    file: null,
    image: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.json = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--image') args.image = true;
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
  if (args.image && args.lookup !== null)
    throw new InputError('--image reads a file, not a lookup');
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
    const report = args.image
      ? await (await import('./scan-image')).scanImage(args.file, args.url)
      : (await import('./scan')).scanHtml(await readHtmlFile(args.file), args.url);
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
