/**
 * One cold run of the popup's lookup in Node, for scripts/bench-lookup.mjs, which bundles this
 * file with Vite the way the extension is bundled (the generated JSON becomes a lazily
 * imported chunk, as in the popup) and runs each bundle in a fresh process. Prints one JSON
 * object. `BENCH_LOOKUP=runtime-index` instead times building the CosIng word index at run
 * time (normalising every name), the alternative the precomputed index replaces.
 */
import { performance } from 'node:perf_hooks';
import { getKnowledge } from '../../lib/knowledge/index';
import { createLookup, type LookupResult } from '../../lib/knowledge/lookup';
import typos from '../fixtures/lookup/typo-queries.json';

const answerOf = (r: LookupResult | undefined): string => {
  if (!r) return 'nothing';
  const t = r.target;
  if (t.kind === 'entry') return `entry:${t.entryId}`;
  if (t.kind === 'claim') return `claim:${t.claimId}`;
  return `cosing:${t.name}`;
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function runtimeIndex(): Promise<Record<string, number>> {
  const t0 = performance.now();
  const { loadCosing } = await import('../../lib/knowledge/cosing-load');
  const dict = await loadCosing();
  const names = dict.names();
  const t1 = performance.now();
  const [{ normalizeName }, { TokenIndex }] = await Promise.all([
    import('../../lib/text/normalize'),
    import('../../lib/knowledge/token-index'),
  ]);
  const index = TokenIndex.fromKeys(names.map(normalizeName));
  const t2 = performance.now();
  return { dictionaryMs: t1 - t0, buildMs: t2 - t1, names: index.docs };
}

async function coldRun(): Promise<Record<string, unknown>> {
  // The popup has the knowledge module before anyone types: not counted.
  const knowledge = getKnowledge();
  const { loadCosingLookup } = await import('../../lib/knowledge/lookup-load');
  const lookup = createLookup(knowledge, loadCosingLookup);
  const queries = typos.queries;
  const first = (queries[0] as { q: string }).q;

  // First keystroke: the knowledge side's index is built, synchronously.
  const k0 = performance.now();
  lookup.search(first.slice(0, 1));
  const knowledgeMs = performance.now() - k0;

  // The debounce fires: the CosIng chunk loads, its index is decoded, the query runs.
  const f0 = performance.now();
  await loadCosingLookup();
  const f1 = performance.now();
  await lookup.searchAll(first);
  const f2 = performance.now();

  let top1 = 0;
  const misses: string[] = [];
  for (const { q, expect } of queries) {
    const got = answerOf((await lookup.searchAll(q))[0]);
    if (expect.includes(got)) top1++;
    else misses.push(`${q} → ${got}`);
  }
  // Warm: every query three more times, each timed.
  const times: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const { q } of queries) {
      const s = performance.now();
      await lookup.searchAll(q);
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  return {
    knowledgeMs,
    loadMs: f1 - f0,
    firstQueryMs: f2 - f1,
    firstTotalMs: f2 - f0,
    warmMedianMs: median(times),
    warmP95Ms: times[Math.floor(times.length * 0.95)] ?? 0,
    warmMaxMs: times[times.length - 1] ?? 0,
    top1,
    queries: queries.length,
    misses,
  };
}

const result =
  process.env.BENCH_LOOKUP === 'runtime-index' ? await runtimeIndex() : await coldRun();
process.stdout.write(`${JSON.stringify(result)}\n`);
