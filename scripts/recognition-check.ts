// `npx tsx scripts/recognition-check.ts`: what a CosIng recognition check on candidate lists
// would cost the content script and what it would buy (issue 9). Open Food Facts keeps a
// detected ingredient list only when at least 60% of its items are known names; the content
// script cannot carry the 30k-name dictionary, but it could carry a Bloom filter of the
// normalised names. This builds that filter (1% false positives) and measures:
// - its size, raw and gzip (the content script's budget is gzip);
// - its false-positive rate on strings that are not CosIng names;
// - the share of recognised items in every list the pipeline reports on the saved pages (true
//   lists: a check must keep them all) and in comma-separated runs of their other text, the
//   product copy and pages without a list (what a check would have to reject).
// A measurement, not a test: it prints and exits 0.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { createAnalyzer } from '../lib/detect/analyze';
import { LEXICON } from '../lib/detect/lexicon-data';
import { buildItem } from '../lib/inci/item';
import { createCosingDictionary } from '../lib/knowledge/cosing';
import cosingCompact from '../lib/knowledge/generated/cosing-dictionary.json';
import { scanDocument } from '../lib/pipeline';
import { normalizeName } from '../lib/text/normalize';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');
const THRESHOLD = 0.6;

/** A Bloom filter over strings: FNV-1a and a second hash, k probes by double hashing. */
class Bloom {
  readonly bits: Uint8Array;
  constructor(
    readonly m: number,
    readonly k: number,
  ) {
    this.bits = new Uint8Array(Math.ceil(m / 8));
  }
  static sized(n: number, p: number): Bloom {
    const m = Math.ceil((-n * Math.log(p)) / Math.LN2 ** 2);
    return new Bloom(m, Math.max(1, Math.round((m / n) * Math.LN2)));
  }
  private hashes(s: string): [number, number] {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = (Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15)) >>> 0;
    }
    // Unsigned, and odd so that the k probes differ.
    return [h1, (h2 | 1) >>> 0];
  }
  add(s: string): void {
    const [a, b] = this.hashes(s);
    for (let i = 0; i < this.k; i++) {
      const bit = (a + i * b) % this.m;
      this.bits[bit >> 3] = (this.bits[bit >> 3] as number) | (1 << (bit & 7));
    }
  }
  has(s: string): boolean {
    const [a, b] = this.hashes(s);
    for (let i = 0; i < this.k; i++) {
      const bit = (a + i * b) % this.m;
      if (!((this.bits[bit >> 3] as number) & (1 << (bit & 7)))) return false;
    }
    return true;
  }
}

const dictionary = createCosingDictionary(cosingCompact);
const names = dictionary.names();
const keys = new Set(names.map(normalizeName).filter(Boolean));
const bloom = Bloom.sized(keys.size, 0.01);
for (const k of keys) bloom.add(k);

// False positives: strings near real names but not in CosIng (a letter changed), and words.
let probes = 0;
let falsePositives = 0;
for (let i = 0; i < names.length; i += 3) {
  const key = normalizeName(names[i] as string);
  const mutated = `${key.slice(0, -1)}${key.endsWith('q') ? 'z' : 'q'}`;
  if (keys.has(mutated)) continue;
  probes++;
  if (bloom.has(mutated)) falsePositives++;
}

/** The names the matcher and the CosIng enrichment try for an item ("Water/Aqua/Eau" → three). */
const candidates = (text: string) => buildItem(text, 0, text.length, 'main')?.candidates ?? [text];
const recognised = (items: string[]) => {
  const isIn = (has: (k: string) => boolean) =>
    items.filter((t) => candidates(t).some((c) => has(normalizeName(c)))).length;
  const known = isIn((k) => keys.has(k));
  const bloomed = isIn((k) => bloom.has(k));
  return { n: items.length, exact: known / items.length, bloom: bloomed / items.length };
};

function pages(): Array<{ file: string; url: string }> {
  const out: Array<{ file: string; url: string }> = [];
  for (const dir of readdirSync(FIX, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(path.join(FIX, dir.name))) {
      if (!f.endsWith('.expected.json')) continue;
      const exp = JSON.parse(readFileSync(path.join(FIX, dir.name, f), 'utf8'));
      out.push({
        file: path.join(FIX, dir.name, f.replace('.expected.json', '.html')),
        url: exp.url,
      });
    }
  }
  return out;
}

/** Comma-separated runs of 4+ short parts in a text: what a list-shaped false candidate is. */
function commaRuns(text: string): string[][] {
  const out: string[][] = [];
  for (const block of text.split(/\n+/)) {
    const parts = block
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length >= 4 && parts.every((p) => p.length <= 60)) out.push(parts);
  }
  return out;
}

const analyzer = createAnalyzer(LEXICON);
const truths: Array<ReturnType<typeof recognised> & { page: string }> = [];
const negatives: Array<ReturnType<typeof recognised> & { page: string }> = [];
for (const p of pages()) {
  let html: string;
  try {
    html = readFileSync(p.file, 'utf8');
  } catch {
    continue;
  }
  const window = new Window({
    url: 'https://exocheck.invalid/',
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const { findings, report } = scanDocument(doc, p.url, { analyzer });
  const name = path.basename(p.file, '.html');
  for (const l of report.ingredientLists) {
    if (l.ingredients.length >= 3)
      truths.push({ page: name, ...recognised(l.ingredients.map((i) => i.text)) });
  }
  const listText = new Set(findings.sections.map((s) => s.text.text));
  const other = [
    ...findings.copy.map((c) => c.text.text),
    ...(report.ingredientLists.length === 0 ? [doc.body?.textContent ?? ''] : []),
  ].filter((t) => !listText.has(t));
  for (const t of other)
    for (const run of commaRuns(t)) negatives.push({ page: name, ...recognised(run) });
  void window.happyDOM.close();
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const raw = bloom.bits.length;
const gz = gzipSync(Buffer.from(bloom.bits)).length;
const b64 = Buffer.from(bloom.bits).toString('base64');
console.log(`CosIng keys: ${keys.size}; Bloom filter m=${bloom.m} bits, k=${bloom.k}`);
console.log(
  `size: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip, ${(b64.length / 1024).toFixed(1)} KB as base64 text (${(gzipSync(b64).length / 1024).toFixed(1)} KB gzip)`,
);
console.log(
  `false positives on ${probes} one-letter changes of real names: ${pct(falsePositives / probes)}`,
);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
for (const [label, rows] of [
  ['lists the pipeline reports', truths],
  ['comma runs outside them', negatives],
] as const) {
  const exact = sorted(rows.map((r) => r.exact));
  const bl = sorted(rows.map((r) => r.bloom));
  const below = rows.filter((r) => (rows === truths ? r.bloom < THRESHOLD : r.bloom >= THRESHOLD));
  console.log(
    `${label}: ${rows.length}; recognised (exact) min ${pct(exact[0] ?? 0)}, median ${pct(exact[exact.length >> 1] ?? 0)}, max ${pct(exact.at(-1) ?? 0)}; (Bloom) min ${pct(bl[0] ?? 0)}; ${rows === truths ? 'below' : 'at or above'} ${pct(THRESHOLD)} by Bloom: ${below.length}${
      below.length
        ? ` (${below
            .slice(0, 8)
            .map((r) => `${r.page} ${pct(r.bloom)} of ${r.n}`)
            .join('; ')})`
        : ''
    }`,
  );
}
