// Runs every test tier in order and ends with one line "N passed, N failed" summing them all.
// Tiers: types, lint + format, unit/DOM (vitest), the scan CLI on hostile files, both browser
// builds, the size budget, end-to-end (including first run) and hostile pages in Chromium, and
// end-to-end in Firefox ESR (the same scenario list as Chromium's, tests/e2e/scenarios/).
// Every tier runs even when an earlier one fails, so one red run shows everything.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary = [];

function run(cmd, args, opts = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (opts.capture) process.stdout.write(r.stdout ?? '');
  return r;
}

/** A tier that is one check: passes when the command exits 0. */
function single(name, cmd, args) {
  if (only.length && !only.includes(name)) return;
  const ok = run(cmd, args).status === 0;
  ok ? passed++ : failed++;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

/** A tier that counts its own tests and prints "N passed, N failed" as its last such line. */
function counted(name, cmd, args) {
  if (only.length && !only.includes(name)) return;
  const r = run(cmd, args, { capture: true });
  const m = [...(r.stdout ?? '').matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  const p = m ? Number(m[1]) : 0;
  let f = m ? Number(m[2]) : 0;
  if (r.status !== 0 && f === 0) f = 1; // crashed before counting
  passed += p;
  failed += f;
  summary.push(`${f === 0 ? 'ok  ' : 'FAIL'} ${name}: ${p} passed, ${f} failed`);
}

single('types', 'npx', ['tsc', '--noEmit']);
single('lint', 'npx', ['biome', 'ci', '.']);

if (!only.length || only.includes('unit')) {
  const out = '.vitest-results.json';
  rmSync(out, { force: true });
  const r = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    // Files that failed to load count as failures too.
    const broken = j.testResults.filter(
      (t) => t.status === 'failed' && t.assertionResults.length === 0,
    ).length;
    passed += j.numPassedTests;
    failed += j.numFailedTests + broken;
    summary.push(
      `${j.numFailedTests + broken === 0 && r.status === 0 ? 'ok  ' : 'FAIL'} unit+dom: ${j.numPassedTests} passed, ${j.numFailedTests + broken} failed`,
    );
    if (r.status !== 0 && j.numFailedTests + broken === 0) failed++;
  } else {
    failed++;
    summary.push('FAIL unit+dom: vitest wrote no results');
  }
}

counted('hostile-cli', 'node', ['tests/hostile/cli.mjs']);
single('build-chrome', 'npx', ['wxt', 'build']);
single('build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
single('size-budget', 'node', ['tests/bench/size-budget.mjs']);
// Mozilla's add-on linter on the Firefox build: fails on errors (warnings come from React/zod).
single('web-ext-lint', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv3',
  '--no-config-discovery',
]);
counted('e2e', 'node', ['tests/e2e/run.mjs']);
// Its own build (--mode first-run-e2e), rebuilt each run so it never tests stale code.
counted('e2e-first-run', 'node', ['tests/e2e/first-run.mjs', '--build']);
counted('hostile', 'node', ['tests/hostile/run.mjs']);
// The Firefox build from the build-firefox tier above, in Debian's firefox-esr.
counted('e2e-firefox', 'node', ['tests/e2e/firefox.mjs']);

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
