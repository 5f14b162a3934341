// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runScan } from '../../../lib/cli/scan';
import { wrap } from '../../../lib/cli/text-wrap';
import { PageReport } from '../../../lib/report';
import { pagePath } from '../../dom/page/pages';

async function scan(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const SERSE = 'tests/fixtures/exosome/dr-serse-serum.html';
const SHETH = 'tests/fixtures/exosome/dr-sheths-cica-exosomes-vitamin-c-serum.html';
const dir = mkdtempSync(join(tmpdir(), 'exocheck-format-'));
const page = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, `<!doctype html><html><body><h1>${name}</h1>${body}</body></html>`);
  return path;
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('scan text report: the popup first screen', () => {
  it('leads with the verdict, then the finding: made from, the region ruling, the evidence', async () => {
    const r = await scan('--region', 'EU', SERSE);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('DR.SERSE Serum');
    expect(lines).toContain('Verdict: Cell culture fluid found (an exosome-type ingredient)');
    expect(r.out).toContain('Rules for European Union and EEA (--region EU).');
    const at = (label: string) => r.out.indexOf(`\n  ${label}`);
    expect(r.out).toMatch(
      / {2}Made from {5}Human cell culture fluid \(conditioned media\): adipose/,
    );
    expect(r.out).toMatch(
      / {2}Rules {9}European Union and EEA: Prohibited in EU and EEA cosmetics \(Annex II entry 416\)/,
    );
    expect(r.out).toMatch(/ {2}Evidence {6}On this ingredient or its kind: "Human donor material"/);
    // In the popup's order.
    expect(at('Made from')).toBeLessThan(at('Rules'));
    expect(at('Rules')).toBeLessThan(at('Evidence'));
    expect(r.out.indexOf('Evidence')).toBeLessThan(r.out.indexOf('Other actives on this list'));
    expect(r.out).toContain('  Copper Tripeptide-1 (Peptide, limited evidence)');
    expect(r.out).toContain('  Lactic Acid (Exfoliant, well-studied)');
  });

  it('leaves out the list, CosIng functions, other regions and the knowledge-base count', async () => {
    const r = await scan('--region', 'EU', SERSE);
    expect(r.out).not.toMatch(/antiplaque|solvent|viscosity controlling/);
    expect(r.out).not.toMatch(/^ +\d+\. /m);
    expect(r.out).not.toMatch(/knowledge base|no ExoCheck entry/);
    expect(r.out).not.toMatch(/^ {4}(KR|US|GB) /m);
    expect(r.out.split('\n').at(-1)).toMatch(
      /^--verbose: every ingredient with CosIng's functions/,
    );
  });

  it("states each region's ruling in words: --region KR, the locale, and the fallback", async () => {
    const kr = await scan('--region', 'KR', SERSE);
    expect(kr.out).toMatch(/Rules {9}South Korea: Allowed only as cell-free culture fluid meeting/);

    vi.stubEnv('LC_ALL', 'en_GB.UTF-8');
    const gb = await scan(SERSE);
    expect(gb.out).toContain('Rules for United Kingdom (from the locale, region GB;');
    expect(gb.out).toMatch(/United Kingdom: Prohibited: Banned in UK cosmetics/);

    vi.stubEnv('LC_ALL', 'pt_BR.UTF-8');
    const br = await scan(SERSE);
    expect(br.out).toMatch(/Rules for United States: BR maps to no region ExoCheck covers/);
    expect(br.out).toMatch(/United States: No US cosmetic rule names human-derived exosomes/);
  });

  it('a bare "Exosomes" label gets the range of rulings by source', async () => {
    const file = page(
      'bare.html',
      '<h2>Ingredients</h2><p>Water, Glycerin, Exosomes, Butylene Glycol, Phenoxyethanol</p>',
    );
    const r = await scan('--region', 'EU', file);
    expect(r.out).toMatch(/Made from {5}Not stated on the label \(the label does not say/);
    expect(r.out.replace(/\n +/g, ' ')).toMatch(
      /European Union and EEA: Depends on the source, which the label does not say: if human-derived material, Prohibited; if .*No specific rule/,
    );
  });

  it('a claim-only page names the claims with their language, not an "other actives" verdict', async () => {
    const r = await scan('--region', 'US', SHETH);
    expect(r.out).toContain(
      'Verdict: Exosome claim, but no exosome-type ingredient ExoCheck recognises in the list',
    );
    expect(r.out).toContain('  "Exosomes" (English, product name)');
    expect(r.out).not.toContain('Made from');
  });

  it('an ordinary product: its actives, without the "explain exosome results" heading', async () => {
    const r = await scan(pagePath('amazon-clinique-dramatically-different-moisturizing-lotion'));
    expect(r.out).toContain(
      'Verdict: No exosome-type ingredients or claims that ExoCheck recognises',
    );
    expect(r.out).toContain('\nActives on this list:\n');
    expect(r.out).not.toMatch(/attributed to exosomes/);
    expect(r.out).toContain('read with the Amazon adapter');
  });

  it('a page with no list says so, and nothing about lists or the knowledge base', async () => {
    const r = await scan(pagePath('amazon-us-tshirt-non-beauty-no-inci'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Verdict: No ingredient list found on this page');
    expect(r.out).not.toMatch(/knowledge base|no ExoCheck entry|--verbose|Actives/);
  });
});

describe('scan text report --verbose', () => {
  it('adds every ingredient with its functions, every other region, the evidence and the 1% hint', async () => {
    const r = await scan('--verbose', '--region', 'EU', SERSE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('    2. Water — antiplaque, skin conditioning, solvent');
    expect(r.out).toContain(
      '    1. Human Adipose Stromal Cell Conditioned Media [exosome-type: human-adipose-stromal-cell-conditioned-media]',
    );
    expect(r.out).toMatch(/^ {4}KR {10}Allowed only as cell-free culture fluid/m);
    expect(r.out).toMatch(/^ {4}- What reviews conclude: /m);
    expect(r.out).toMatch(/^ {2}1% hint {7}No 1% marker/m);
    expect(r.out).toContain('Lactobacillus Ferment: not an exosome');
    expect(r.out).toContain(
      "25 of the 36 ingredients are ordinary ones with no ExoCheck entry; CosIng's functions for them are above.",
    );
    // The summary comes first, unchanged.
    expect(r.out.indexOf('Verdict:')).toBeLessThan(r.out.indexOf('List 1'));
  });
});

describe('scan options', () => {
  it('--json is the stored report whatever the locale; --region and --verbose are refused with it', async () => {
    vi.stubEnv('LC_ALL', 'ko_KR.UTF-8');
    const ko = await scan('--json', SERSE);
    vi.stubEnv('LC_ALL', 'en_US.UTF-8');
    const us = await scan('--json', SERSE);
    expect(ko.out).toBe(us.out);
    expect(PageReport.parse(JSON.parse(us.out)).exosome.verdict).toBe('ingredient');
    for (const extra of [['--region', 'KR'], ['--verbose']]) {
      const r = await scan('--json', ...extra, SERSE);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/applies to the text report; --json prints the whole report$/);
    }
  });

  it('--verbose is refused with --lookup', async () => {
    const r = await scan('--lookup', 'exosomes', '--verbose');
    expect(r.code).toBe(2);
    expect(r.err).toBe('scan: --verbose applies to a page scan');
  });
});

describe('wrap', () => {
  it('wraps greedily under a label column; an overlong word gets its own line', () => {
    expect(wrap('a bb ccc dddd', '> ', '  ', 8)).toEqual(['> a bb', '  ccc', '  dddd']);
    expect(wrap('x '.repeat(3) + 'y'.repeat(12), '', '', 6)).toEqual(['x x x', 'y'.repeat(12)]);
    expect(wrap('', 'label ', '      ')).toEqual(['label ']);
  });
});
