/**
 * The pure pipeline in Node: parse + match per ingredient list over the Sephora dataset's
 * 1,472 real lists (tests/fixtures/datasets), against naive baselines implemented here:
 * split on commas, then a linear scan of every lexicon name for each item (whole-name
 * equality, and substring). All get the project's name normalisation, so the difference is
 * the algorithm. scripts/bench.mjs bundles it with Vite (as the extension is bundled) and runs
 * it in Node; prints one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { LEXICON } from '../../lib/detect/lexicon-data';
import { Matcher } from '../../lib/detect/match';
import { parseIngredientText } from '../../lib/inci/index';
import { normalizeName } from '../../lib/text/normalize';
import { readCsv } from '../unit/inci/datasets';

const budgetMs = Number(process.env.BENCH_NODE_MS ?? 2500);

const lists = readCsv('sephora-kaggle-cosmetics-1472-skincare.csv')
  .map((r) => r.Ingredients ?? '')
  .filter((t) => t.includes(','));
const chars = lists.reduce((n, t) => n + t.length, 0);

// Cold start: matcher construction and the first fuzzy lookup (builds the deletion index).
const c0 = performance.now();
const cold = new Matcher(LEXICON);
const c1 = performance.now();
cold.match('acetyl hexapeptid-8');
const c2 = performance.now();

const matcher = new Matcher(LEXICON);
function ours(text: string): number {
  let hits = 0;
  for (const list of parseIngredientText(text)) {
    for (const item of list.items) if (matcher.matchCandidates(item.candidates)) hits++;
  }
  return hits;
}

const names = Object.keys(LEXICON.names);
function naive(text: string): number {
  let hits = 0;
  for (const raw of text.split(',')) {
    const item = normalizeName(raw);
    if (!item) continue;
    for (const name of names) {
      if (name === item) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

/** The naive baseline that also finds names inside longer items ("… Media (Exosomes)"). */
function naiveSubstring(text: string): number {
  let hits = 0;
  for (const raw of text.split(',')) {
    const item = normalizeName(raw);
    if (!item) continue;
    for (const name of names) {
      if (item.includes(name)) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

/** Whole passes over the lists until the budget is spent; lists per second and hits. */
function run(fn: (t: string) => number) {
  for (let i = 0; i < 200; i++) fn(lists[i % lists.length] as string); // warm-up
  let done = 0;
  let hits = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < budgetMs) {
    for (const text of lists) {
      hits += fn(text);
      done++;
    }
    t = performance.now();
  }
  const passes = done / lists.length;
  return {
    listsPerSec: Math.round((done / (t - t0)) * 1000),
    hitsPerPass: Math.round(hits / passes),
    passes,
  };
}

const oursRun = run(ours);
// Where the time goes: the parser alone, and the matcher alone on pre-parsed candidates.
const parseOnly = run((text) => parseIngredientText(text).length);
const parsed = new Map(
  lists.map((t) => [t, parseIngredientText(t).flatMap((l) => l.items.map((i) => i.candidates))]),
);
const matchOnly = run((text) => {
  let hits = 0;
  for (const c of parsed.get(text) ?? []) if (matcher.matchCandidates(c)) hits++;
  return hits;
});
const naiveRun = run(naive);
const substringRun = run(naiveSubstring);

// Linear time on hostile input: parse + match of 10k, 100k and 1M characters of list text.
const sample = lists.join(', ');
const scaling = [10_000, 100_000, 1_000_000].map((n) => {
  let text = sample;
  while (text.length < n) text += `, ${sample}`;
  text = text.slice(0, n);
  const t0 = performance.now();
  ours(text);
  return { chars: n, ms: +(performance.now() - t0).toFixed(1) };
});

console.log(
  JSON.stringify({
    lists: lists.length,
    avgChars: Math.round(chars / lists.length),
    lexiconNames: names.length,
    matcherBuildMs: +(c1 - c0).toFixed(2),
    firstFuzzyMs: +(c2 - c1).toFixed(1),
    ours: oursRun,
    parseOnly,
    matchOnly,
    naive: naiveRun,
    naiveSubstring: substringRun,
    speedup: +(oursRun.listsPerSec / naiveRun.listsPerSec).toFixed(2),
    speedupOverSubstring: +(oursRun.listsPerSec / substringRun.listsPerSec).toFixed(2),
    scaling,
  }),
);
