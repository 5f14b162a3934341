// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LookupJson } from '../../../lib/cli/lookup';
import { InputError, LIMITS, readHtmlFile } from '../../../lib/cli/read-html';
import { runScan, scanHtml } from '../../../lib/cli/scan';
import { PageReport } from '../../../lib/report';
import { pagePath } from '../../dom/page/pages';

async function scan(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function report(file: string, url?: string): Promise<PageReport> {
  const r = await scan('--json', ...(url ? ['--url', url] : []), file);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return PageReport.parse(JSON.parse(r.out));
}

const EXO = 'tests/fixtures/exosome';

describe('scan CLI on the exosome-product fixtures', () => {
  it('DR.SERSE: human conditioned media is an exosome-type ingredient', async () => {
    const r = await report(`${EXO}/dr-serse-serum.html`, 'https://drserse.example/products/serum');
    expect(r.url).toBe('https://drserse.example/products/serum');
    expect(r.exosome.verdict).toBe('ingredient');
    expect(r.exosome.ingredients).toHaveLength(1);
    expect(r.exosome.ingredients[0]).toMatchObject({
      entryId: 'human-adipose-stromal-cell-conditioned-media',
      sourceClass: 'human-cell',
      position: expect.any(Number),
    });
    expect(r.exosome.ingredients[0]?.atOrBelowOnePercent.value).toBeNull();
    const confounders = r.confounders.map((c) => c.text);
    expect(confounders).toEqual(
      expect.arrayContaining([
        'Copper Tripeptide-1',
        'Acetyl Hexapeptide-8',
        'rh-Polypeptide-1',
        'rh-Oligopeptide-1',
      ]),
    );
    // The dictionary marks the human-origin growth factor with its Annex II reference.
    const rh = r.ingredientLists
      .flatMap((l) => l.ingredients)
      .find((i) => i.text === 'rh-Polypeptide-1');
    expect(rh?.annexRefs).toContain('II/416');
  });

  it('Dr. Drawing: soy phytoplacenta conditioned media is related, EGF is after the 1% marker', async () => {
    const r = await report(`${EXO}/dr-drawing-salmon-dna-ampoule.html`);
    expect(r.exosome.verdict).toBe('none');
    expect(r.exosome.related.map((x) => x.entryId)).toContain(
      'glycine-max-phytoplacenta-conditioned-media',
    );
    const list = r.ingredientLists[0];
    const names = list?.ingredients.map((i) => i.text) ?? [];
    expect(names.indexOf('rh-Oligopeptide-1 (Egf)')).toBeGreaterThan(
      names.indexOf('Phenoxyethanol'),
    );
    expect(r.confounders.find((c) => c.text === 'rh-Oligopeptide-1 (Egf)')?.class).toBe(
      'growth-factor',
    );
  });

  it("Dr. Sheth's: exosomes claimed in the copy, none in the list → claim-only", async () => {
    const r = await report(`${EXO}/dr-sheths-cica-exosomes-vitamin-c-serum.html`);
    expect(r.exosome.verdict).toBe('claim-only');
    expect(r.exosome.claims.some((c) => c.field === 'title' && /exosomes/i.test(c.text))).toBe(
      true,
    );
    expect(r.exosome.ingredients).toEqual([]);
  });
});

describe('scan CLI on real saved pages', () => {
  const ordinary = [
    'sephora-youth-to-the-people-dream-eye-cream',
    'sephora-kora-organics-plant-stem-cell-retinol-alternative-serum',
    'sephora-the-inkey-list-vitamin-c-egf-serum-json-only',
    'notino-de-cerave-facial-moisturising-lotion-spf50',
    'theordinary-gf-15-solution-growth-factors-serum',
    'skincupid-dr-ceuracle-vegan-kombucha-tea-essence',
  ];
  it.each(ordinary)('%s: finds the list; an ordinary product gets verdict none', async (name) => {
    const r = await report(pagePath(name));
    expect(r.retailer).not.toBe('none');
    expect(r.ingredientLists.length).toBeGreaterThan(0);
    expect(r.exosome.verdict).toBe('none');
    expect(r.exosome.ingredients).toEqual([]);
  });

  it('uses the saved page canonical URL when no --url is given', async () => {
    const r = await report(pagePath('sephora-youth-to-the-people-dream-eye-cream'));
    expect(r.url).toMatch(/^https:\/\/www\.sephora\.com\//);
  });

  it.each([
    'notino-cloudflare-challenge-no-product',
    'oliveyoung-kr-ranking-listing-with-exosome-product-names',
    'amazon-us-tshirt-non-beauty-no-inci',
  ])('%s: no list is a normal report (retailer none, exit 0)', async (name) => {
    const r = await report(pagePath(name));
    expect(r.retailer).toBe('none');
    expect(r.ingredientLists).toEqual([]);
    expect(r.exosome.verdict).toBe('none');
  });

  it('prints readable text without --json (tests/unit/cli/format.test.ts has the rest)', async () => {
    const r = await scan('--region', 'EU', `${EXO}/dr-serse-serum.html`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Verdict: Cell culture fluid found (an exosome-type ingredient)');
    expect(r.out).toContain('\nHuman Adipose Stromal Cell Conditioned Media\n');
  });
});

describe('scan CLI on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exocheck-scan-'));
  const binary = join(dir, 'image.html');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const text = join(dir, 'notes.html');
  writeFileSync(text, 'just some words, no markup at all');

  it.each([
    [['missing-file.html'], /no such file: missing-file\.html/],
    [[binary], /binary file, not HTML/],
    [[text], /does not look like HTML/],
    [[dir], /is a directory/],
    [[], /usage:/],
    [['--url', 'not a url', `${EXO}/dr-serse-serum.html`], /--url is not a valid URL/],
    [['--bogus'], /unknown option --bogus/],
  ])('%j → one clear line and a non-zero exit', async (argv, message) => {
    const r = await scan(...(argv as string[]));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(message.source.startsWith('usage') ? 4 : 1);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('scan CLI on hostile input: one line, exit 2, bounded work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exocheck-hostile-'));
  const page = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, `<!doctype html><html><body>${body}</body></html>`);
    return path;
  };

  const refused = async (path: string, message: RegExp) => {
    const r = await scan(path);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(1);
  };

  it('a million empty elements (11 MB) is refused before parsing', async () => {
    const path = page('million.html', '<div></div>'.repeat(1_000_000));
    await refused(path, /million\.html has more than 50,000 elements; not a saved product page/);
  });

  it('a million attributes on one element is refused before parsing', async () => {
    let attrs = '';
    for (let i = 0; i < 1_000_000; i++) attrs += ` a${i}`;
    await refused(
      page('attributes.html', `<div${attrs}>x</div>`),
      /has more than 100,000 attributes/,
    );
  });

  it('markup nested 100,000 levels deep is refused, not a stack overflow', async () => {
    const path = page('deep.html', `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`);
    await refused(path, /deep\.html nests elements more than 1,000 levels deep/);
  });

  it('nesting that reaches the parser anyway is refused after parsing, not a stack overflow', () => {
    const html = `<html><body>${'<div>'.repeat(4000)}Ingredients: Water</body></html>`;
    expect(() => scanHtml(html, null)).toThrow(InputError);
    expect(() => scanHtml(html, null)).toThrow(/nests elements more than 1,000 levels deep/);
  });

  it.skipIf(!existsSync('/dev/zero'))('/dev/zero is refused without reading it', async () => {
    await refused('/dev/zero', /^scan: \/dev\/zero is a device, not a regular file$/);
  });

  const fifo = join(dir, 'page.fifo');
  let hasFifo = false;
  try {
    execFileSync('mkfifo', [fifo], { stdio: 'ignore' });
    hasFifo = true;
  } catch {
    // No mkfifo (Windows): nothing to test.
  }
  it.skipIf(!hasFifo)('a named pipe with no writer is refused at once, not waited on', async () => {
    await refused(fifo, /page\.fifo is a named pipe, not a regular file$/);
  });

  it.skipIf(!existsSync('/proc/self/status'))(
    'a file whose size reads 0 (/proc) is still read only up to the byte limit',
    async () => {
      await expect(readHtmlFile('/proc/self/status', { ...LIMITS, bytes: 100 })).rejects.toThrow(
        /\/proc\/self\/status is larger than 100 bytes; not a saved product page/,
      );
    },
  );
});

describe('scan --lookup', () => {
  it('finds a misspelled exosome ingredient', async () => {
    const r = await scan('--lookup', 'humen adipose stromal cel exosomes');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[1]).toMatch(/Human Adipose Stromal Cell Exosomes/);
  });

  it('finds a trade name and prints JSON with --json', async () => {
    const r = await scan('--lookup', 'argireline', '--json');
    const out = JSON.parse(r.out) as LookupJson;
    expect(out.matches[0]).toMatchObject({ entryId: 'acetyl-hexapeptide-8', kind: 'confounder' });
    expect(out.matches[0]?.rulings).toEqual([]);
  });

  const rulings = async (name: string, region: string) => {
    const r = await scan('--lookup', name, '--json', '--region', region);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as LookupJson;
    const match = out.matches.find((m) => m.name === name);
    if (!match) throw new Error(`no match named ${name}`);
    return { out, match };
  };

  it('--region KR: platelet extract is prohibited, adipocyte culture fluid allowed with conditions', async () => {
    const platelet = await rulings('Human Platelet Extract', 'KR');
    expect(platelet.out.region).toEqual({ asked: 'KR', jurisdiction: 'KR', via: 'region' });
    expect(platelet.match.materialType).toBe('human-blood-derivative');
    expect(platelet.match.rulings[0]).toMatchObject({ jurisdiction: 'KR', status: 'prohibited' });
    const fluid = await rulings('Human Adipocyte Conditioned Media Extract', 'KR');
    expect(fluid.match.rulings[0]).toMatchObject({
      jurisdiction: 'KR',
      status: 'allowed-with-conditions',
    });
    // Every jurisdiction once, each with its checked date and dated sources.
    const codes = fluid.match.rulings.map((r) => r.jurisdiction);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['US', 'EU', 'GB', 'CN', 'JP', 'TW', 'CA', 'AU']));
    for (const r of fluid.match.rulings) {
      expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const s of r.sources)
        expect(s.published === 'undated' || /^\d{4}/.test(s.published)).toBe(true);
    }
    const ca = fluid.match.rulings.find((r) => r.jurisdiction === 'CA');
    const us = fluid.match.rulings.find((r) => r.jurisdiction === 'US');
    expect(ca?.ruleDate && ca.ruleDate > '2025-08-14').toBe(true);
    expect(us?.ruleDate && us.ruleDate >= '2025-05-05').toBe(true);
  });

  it('--region NO puts the EU ruling first; an uncovered country falls back to the US, saying so', async () => {
    const no = await rulings('Human Platelet Extract', 'NO');
    expect(no.out.region).toEqual({ asked: 'NO', jurisdiction: 'EU', via: 'region' });
    expect(no.match.rulings[0]).toMatchObject({ jurisdiction: 'EU', status: 'prohibited' });
    const br = await rulings('Human Platelet Extract', 'BR');
    expect(br.out.region).toEqual({ asked: 'BR', jurisdiction: 'US', via: 'fallback' });
  });

  it('a bare "Exosomes" label gets the range of rulings, each naming its materials', async () => {
    const { match } = await rulings('Exosomes', 'EU');
    expect(match.materialType).toBe('unspecified');
    const eu = match.rulings.filter((r) => r.jurisdiction === 'EU');
    expect(eu.map((r) => r.status)).toEqual(['prohibited', 'no-specific-rule']);
    expect(eu[0]?.materialTypes).toContain('human-vesicles');
    expect(eu[1]?.materialTypes).toContain('plant');
  });

  it('shows the same rulings briefly in text, the region first', async () => {
    const r = await scan('--lookup', 'Human Platelet Extract', '--region', 'KR');
    expect(r.out.split('\n')[0]).toMatch(/rules for South Korea first, --region KR/);
    expect(r.out).toMatch(/ {3}KR: Prohibited \[not confirmed\]: .*\(checked \d{4}-\d{2}-\d{2}\)/);
    expect(r.out).toMatch(/ {3}TW: Prohibited: /);
  });

  it('rejects a --region that is not a country code', async () => {
    const r = await scan('--lookup', 'exosomes', '--region', 'Korea');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--region takes a two-letter country code/);
  });

  it('falls back to CosIng names for ordinary ingredients', async () => {
    const r = await scan('--lookup', 'phenoxyethanol');
    expect(r.out).toMatch(/CosIng INCI name: .*preservative/i);
    // CosIng's capitals in readable case; --json keeps CosIng's spelling.
    expect(r.out).toMatch(/^1\. Phenoxyethanol$/m);
    const json = JSON.parse((await scan('--lookup', 'phenoxyethanol', '--json')).out) as LookupJson;
    expect(json.matches[0]?.name).toBe('PHENOXYETHANOL');
  });
});
