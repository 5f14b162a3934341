// Size budget, checked in CI after the builds: prints every entrypoint's raw and gzip size and
// fails (exit 1) when one is over its budget. `node tests/bench/size-budget.mjs [target…]`
// (default: chrome-mv3, and firefox-mv3 when built).
//
// Why these numbers:
// - content script ≤ 100 KB gzip: it is parsed and run on every supported product page, so it
//   is the one bundle a shopper pays for on each page view; 100 KB gzip is about what one
//   product image costs. It carries the finder, parser, matcher, the compact lexicon and the
//   tooltip (no React, no zod).
// - content script code ≤ 180 KB (characters outside JSON.parse data strings, see codeBytes):
//   Chromium compiles the whole file in the page's main thread, in the same task that runs it,
//   on every product page; compile time grows with the code, not with data in a JSON string.
//   With the lexicon as an object literal, zod/mini and WXT's storage wrapper it was 225 KB
//   and the task took 55–120 ms on a busy machine (about 24 ms of its own CPU; 14 ms now).
// - popup ≤ 250 KB gzip at once: React + the knowledge module, loaded when the user opens it;
//   the CosIng dictionary loads lazily (dynamic import) and is not counted here.
// - background ≤ 600 KB gzip: the service worker inlines the knowledge module and the 30,059-
//   name CosIng dictionary (a one-off parse when the worker starts, never on a page).
// Raise a budget only with a reason in the commit message.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kb, measureSizes, sizeTable } from './sizes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Code V8 parses when the content script is injected (see the note above). */
export const CONTENT_CODE_BUDGET = 180 * 1024;

export const BUDGETS_GZIP = {
  'content script': 100 * 1024,
  popup: 250 * 1024,
  options: 250 * 1024,
  background: 600 * 1024,
};

/** Checks one build directory; returns the failures (empty when within budget). */
export function checkBudget(dir) {
  const entries = measureSizes(dir);
  if (!entries) return { entries: null, failures: [`${dir}: no build (manifest.json missing)`] };
  const failures = [];
  for (const e of entries) {
    const budget = BUDGETS_GZIP[e.name];
    if (budget !== undefined && e.gzip > budget) {
      failures.push(`${e.name}: ${kb(e.gzip)} gzip is over its budget of ${kb(budget)}`);
    }
  }
  const content = entries.find((e) => e.name === 'content script');
  if (!content) failures.push('no content script in the build');
  else if (content.code > CONTENT_CODE_BUDGET) {
    failures.push(
      `content script: ${kb(content.code)} of code to parse is over its budget of ${kb(CONTENT_CODE_BUDGET)} (is data inlined as an object literal rather than JSON.parse?)`,
    );
  }
  return { entries, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const targets = process.argv.slice(2);
  const dirs = (targets.length ? targets : ['chrome-mv3', 'firefox-mv3']).map((t) =>
    path.join(ROOT, '.output', t),
  );
  let failed = 0;
  for (const dir of dirs) {
    const { entries, failures } = checkBudget(dir);
    if (!entries && !targets.length && dir.endsWith('firefox-mv3')) continue; // optional
    console.log(`\n${path.relative(ROOT, dir)}`);
    if (entries) console.log(sizeTable(entries));
    for (const f of failures) console.log(`over budget: ${f}`);
    failed += failures.length;
  }
  const budgets = Object.entries(BUDGETS_GZIP)
    .map(([k, v]) => `${k} ${kb(v)}`)
    .join(', ');
  console.log(
    `\nbudgets (gzip, loaded at once): ${budgets}; content script code ${kb(CONTENT_CODE_BUDGET)}`,
  );
  console.log(failed === 0 ? 'size budget: ok' : `size budget: ${failed} over`);
  process.exit(failed === 0 ? 0 : 1);
}
