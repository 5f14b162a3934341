// `npm run bench:lookup`: the ingredient lookup (issue 10), measured on this machine.
//
// 1. The popup's lookup, bundled with Vite as the extension is (tests/bench/lookup-entry.ts),
//    one fresh Node process per run: knowledge index at the first keystroke; the CosIng chunk
//    load and index decode when the debounce fires; the first query; warm queries over the
//    typo set (tests/fixtures/lookup/typo-queries.json); top-1 on that set.
// 2. For comparison, building the CosIng word index at run time instead of decoding it.
// 3. `npm run scan -- --lookup NAME` wall time, and the same without npm (the bundled CLI,
//    scripts/scan.mjs), with Node's start-up on an empty file as the floor.
// Prints medians of the runs with their spread (min–max) and a verdict per target.
// `node scripts/bench-lookup.mjs [--runs N]`; scripts/bench.mjs can call benchLookup().
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { median, table } from '../tests/bench/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'tests/bench/results/lookup');
const BUNDLE = path.join(OUT, 'lookup-bench.mjs');

/** The targets. */
export const LOOKUP_TARGETS = {
  firstTotalMs: 100,
  warmMedianMs: 20,
  cliMs: 500,
};

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const spread = (xs) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;

/** Bundles the lookup run for Node: one ES module, the generated JSON in lazy chunks. */
export async function buildLookupBundle() {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    build: {
      ssr: path.join(ROOT, 'tests/bench/lookup-entry.ts'),
      outDir: OUT,
      emptyOutDir: true,
      minify: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: path.basename(BUNDLE), format: 'es' } },
    },
  });
  return BUNDLE;
}

function runJson(env) {
  const r = spawnSync(process.execPath, [BUNDLE], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`lookup bench run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** Wall time of a command, in ms (stdout discarded). */
function wall(cmd, argv) {
  const t = performance.now();
  const r = spawnSync(cmd, argv, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
  return ms;
}

/**
 * Runs every measurement `runs` times; returns the figures, their spread and the verdicts,
 * and prints the table unless `print` is false.
 */
export async function benchLookup({ runs = 5, print = true, log = console.log } = {}) {
  await buildLookupBundle();
  const cold = Array.from({ length: runs }, () => runJson({}));
  const runtime = Array.from({ length: runs }, () => runJson({ BENCH_LOOKUP: 'runtime-index' }));

  const query = 'humen adipose exosomes';
  const empty = path.join(OUT, 'empty.mjs');
  writeFileSync(empty, '\n');
  const cli = { npm: [], direct: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    cli.npm.push(wall('npm', ['run', '-s', 'scan', '--', '--lookup', query]));
    cli.direct.push(wall(process.execPath, ['scripts/scan.mjs', '--lookup', query]));
    cli.floor.push(wall(process.execPath, [empty]));
  }

  const col = (key) => cold.map((r) => r[key]);
  const top1 = Math.min(...col('top1'));
  const queries = cold[0].queries;
  const verdict = (ok) => (ok ? 'met' : 'not met');
  const figures = {
    knowledgeMs: col('knowledgeMs'),
    loadMs: col('loadMs'),
    firstQueryMs: col('firstQueryMs'),
    firstTotalMs: col('firstTotalMs'),
    warmMedianMs: col('warmMedianMs'),
    warmP95Ms: col('warmP95Ms'),
    runtimeBuildMs: runtime.map((r) => r.buildMs),
    cliNpmMs: cli.npm,
    cliDirectMs: cli.direct,
    cliFloorMs: cli.floor,
  };
  const m = Object.fromEntries(Object.entries(figures).map(([k, xs]) => [k, median(xs)]));
  const verdicts = {
    firstLookup: verdict(m.firstTotalMs <= LOOKUP_TARGETS.firstTotalMs),
    warm: verdict(m.warmMedianMs <= LOOKUP_TARGETS.warmMedianMs),
    quality: verdict(top1 === queries),
    cli: verdict(m.cliNpmMs <= LOOKUP_TARGETS.cliMs),
  };
  const row = (label, key, target = '', v = '') => [
    label,
    fmt(m[key]),
    spread(figures[key]),
    target,
    v,
  ];
  const rows = [
    [`lookup (medians of ${runs} runs)`, 'median', 'spread', 'target', 'verdict'],
    row('knowledge index, first keystroke', 'knowledgeMs'),
    row('CosIng chunk load + index decode (cold)', 'loadMs'),
    row('first query after the load (cold)', 'firstQueryMs'),
    row('first lookup: load + query (cold)', 'firstTotalMs', '≤ 100 ms', verdicts.firstLookup),
    row(
      `warm query, median over ${queries} typo'd queries`,
      'warmMedianMs',
      '≤ 20 ms',
      verdicts.warm,
    ),
    row('warm query, 95th percentile', 'warmP95Ms'),
    ['top-1 on the typo set', `${top1}/${queries}`, '', `${queries}/${queries}`, verdicts.quality],
    row('(instead: build the CosIng index at run time)', 'runtimeBuildMs'),
    row('npm run scan -- --lookup', 'cliNpmMs', '≤ 0.5 s', verdicts.cli),
    row('node scripts/scan.mjs --lookup (without npm)', 'cliDirectMs'),
    row('floor: node, empty file', 'cliFloorMs'),
  ];
  const misses = [...new Set(cold.flatMap((r) => r.misses))];
  const result = {
    runs,
    targets: LOOKUP_TARGETS,
    medians: m,
    figures,
    top1,
    queries,
    misses,
    verdicts,
    rows,
  };
  if (print) {
    log(table(rows));
    if (misses.length) log(`\ntop-1 misses:\n  ${misses.join('\n  ')}`);
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
  await benchLookup({ runs });
}
