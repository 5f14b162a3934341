// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runScan } from '../../../lib/cli/scan';
import { createAnalyzer } from '../../../lib/detect/analyze';
import { enrichReport } from '../../../lib/detect/enrich';
import { LEXICON } from '../../../lib/detect/lexicon-data';
import { createCosingDictionary } from '../../../lib/knowledge/cosing';
import cosingCompact from '../../../lib/knowledge/generated/cosing-dictionary.json';
import { scanDocument } from '../../../lib/pipeline';
import { PageReport } from '../../../lib/report';
import { pagePath, parsePage, readExpected, readPage } from '../page/pages';

/**
 * `npm run scan -- --json --url URL FILE.html` gives the report the extension shows for that
 * page: the content script's pipeline (lib/pipeline.ts, in the browser's DOM) followed by the
 * background's CosIng enrichment (lib/background/enrich.ts), compared field for field.
 */

async function cli(...argv: string[]): Promise<PageReport> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan(['--json', ...argv], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return PageReport.parse(JSON.parse(out.join('\n')));
}

const analyzer = createAnalyzer(LEXICON);
const dictionary = createCosingDictionary(cosingCompact);

async function extension(name: string, url: string): Promise<PageReport> {
  const page = parsePage(readPage(name), url);
  try {
    return enrichReport(scanDocument(page.doc, url, { analyzer }).report, dictionary);
  } finally {
    await page.close();
  }
}

const PAGES = [
  'sephora-youth-to-the-people-dream-eye-cream',
  'sephora-drunk-elephant-the-littles-travel-set',
  'sephora-the-inkey-list-vitamin-c-egf-serum-json-only',
  'notino-de-cerave-facial-moisturising-lotion-spf50',
  'skincupid-dr-ceuracle-vegan-kombucha-tea-essence',
  'theordinary-the-power-of-peptides-gift-set',
  'amazon-us-tshirt-non-beauty-no-inci',
  'target-first-aid-beauty-hello-fab-coconut-water-cream',
  'yesstyle-dr-serse-serum',
  'shopify-theinkeylist-exosome-glow-serum',
];

describe('scan CLI and extension agree', () => {
  it.each(PAGES)(
    '%s: same report from the CLI (--url) and the extension pipeline',
    async (name) => {
      const { url } = readExpected(name);
      const fromCli = await cli('--url', url, pagePath(name));
      const fromExtension = await extension(name, url);
      expect(fromCli).toEqual(fromExtension);
    },
  );

  it('picks the adapter from the saved page’s own URL, else by page structure', async () => {
    // No --url: the canonical link names a skincupid.co.uk product page; no host adapter knows
    // that shop, the page structure says Shopify.
    const r = await cli(pagePath('skincupid-dr-ceuracle-vegan-kombucha-tea-essence'));
    expect(r.url).toBe(
      'https://www.skincupid.co.uk/products/dr-ceuracle-vegan-kombucha-tea-essence',
    );
    expect(r.retailer).toBe('shopify');
    const s = await cli(pagePath('sephora-youth-to-the-people-dream-eye-cream'));
    expect(s.retailer).toBe('sephora');
    // A page outside every adapter: the generic finder.
    const g = await cli(pagePath('theordinary-niacinamide-10-zinc-1-serum'));
    expect(g.retailer).toBe('generic');
  });

  it('reports the adapter id as retailer, and the list source', async () => {
    const r = await cli(
      '--url',
      readExpected(PAGES[7] as string).url,
      pagePath(PAGES[7] as string),
    );
    expect(r.retailer).toBe('target');
    expect(r.ingredientLists[0]?.source).toBe('adapter');
  });
});
