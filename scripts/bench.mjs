// `npm run bench`: ExoCheck against the floor, measured in one run on this machine.
//
// 1. Scan cost in headless Chromium on the largest saved real pages and a generated
//    100,000-node page: the content script's scan steps (tests/bench/page-entry.ts, bundled
//    with Vite like the extension), at each page's retailer URL so the adapters run, against
//    two floors measured in the same run: one plain TreeWalker pass over the page's text (the
//    text floor) and one pass over elements and text that records block boundaries and spots
//    "Ingredients" words (the element-aware floor), the longest main-thread task (PerformanceObserver 'longtask' and our own
//    step times), and the JS heap the script and its results add (CDP, after GC).
// 2. The same pages through the built extension itself (debug log timings), to check that
//    the bundle measures what the extension does; and the content script's start-up task
//    (compile + run of the real content.js, from a Chrome trace, fresh browsers).
// 3. Pages where ExoCheck must do nothing: no content script is injected at all.
// 4. Re-scan cost: an accordion re-rendered 50 times (burst, spaced, and in a feedback loop
//    with our own marks): scans triggered, their cost, the longest task.
// 5. The pure pipeline in Node (parse + match per list) against a naive baseline.
// 6. Bundle sizes of every entrypoint, raw and gzip, and the size budget.
// Prints tables; writes tests/bench/results/bench-<time>.json and latest.json (gitignored).
// `node scripts/bench.mjs [--build] [--quick] [--skip-node] [--readme]`
// --readme rewrites the figures between <!-- bench:start --> and <!-- bench:end --> in README.md;
// --readme-only does that from tests/bench/results/latest.json without measuring.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBenchBundle, buildPipelineBundle } from '../tests/bench/build-bundle.mjs';
import { measurePopupCpu } from '../tests/bench/popup-cpu.mjs';
import {
  measureBadgeCold,
  measureCli,
  measureFirstHighlight,
  measurePopup,
  measurePopupFloor,
  shopperRows,
  writePopupFloor,
} from '../tests/bench/shopper.mjs';
import { BUDGETS_GZIP, checkBudget } from '../tests/bench/size-budget.mjs';
import { kb, sizeTable } from '../tests/bench/sizes.mjs';
import { measureStartup, startupRows, startupVerdict } from '../tests/bench/startup.mjs';
import { median, table } from '../tests/bench/stats.mjs';
import { longestTaskCpu } from '../tests/bench/task-cpu.mjs';
import { DEMO, EXT, ensureBuilt, launch, manifestCovers, ROOT } from '../tests/e2e/harness.mjs';
import { rerenderHtml } from '../tests/hostile/pages/app.mjs';
import { bigDomHtml } from '../tests/hostile/pages/size.mjs';
import { benchLookup } from './bench-lookup.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const RUNS = QUICK ? 3 : 7;
const RESULTS = path.join(ROOT, 'tests/bench/results');
const FIX = path.join(ROOT, 'tests/fixtures');
const started = Date.now();
mkdirSync(RESULTS, { recursive: true });

const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;

function machine() {
  const cpu =
    readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ??
    os.cpus()[0]?.model;
  return {
    cpu,
    cores: os.cpus().length,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    // Other work on the machine inflates wall times: say how busy it was.
    load: os.loadavg()[0].toFixed(1),
  };
}

// `--readme-only`: the README from the last run's results, without measuring again.
if (args.includes('--readme-only')) {
  writeReadme(JSON.parse(readFileSync(path.join(RESULTS, 'latest.json'), 'utf8')));
  process.exit(0);
}

// ------------------------------------------------------------------ build

ensureBuilt({ force: args.includes('--build') });
const bundle = await buildBenchBundle();
const bundleCode = readFileSync(bundle.file, 'utf8');
const env = machine();
console.log(
  `# ExoCheck bench — ${env.cpu}, ${env.cores} cores, ${env.memory}, ${env.os}, ${env.node}`,
);

// ------------------------------------------------------------------ pages

/** Saved real pages anywhere under tests/fixtures (one folder per retailer, or flat). */
function savedPages(dir = FIX) {
  const out = [];
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, f.name);
    if (f.isDirectory()) {
      if (!['exosome', 'datasets'].includes(f.name)) out.push(...savedPages(p));
    } else if (f.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The largest saved real pages, with their own URL where the expectation file records it. */
function realPages(n) {
  return savedPages()
    .map((file) => {
      const name = path.basename(file, '.html');
      let url = null;
      try {
        const exp = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8'));
        url = typeof exp.url === 'string' ? exp.url : null;
      } catch {
        url = null;
      }
      return { name, file, bytes: statSync(file).size, url };
    })
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n);
}

function hasList(file) {
  try {
    return (
      JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')).hasList === true
    );
  } catch {
    return false;
  }
}

const real = realPages(QUICK ? 3 : 5);
const BIG = { name: 'generated-100k-nodes', html: bigDomHtml(100_000), synthetic: true };
// At the page's own retailer URL where its expectation file records one, so the retailer
// adapters run as they do in the shop; the generated page at a neutral URL.
const benchPages = [...real, BIG].map((p) => ({
  ...p,
  benchUrl: p.url ?? `https://bench.exocheck.test/${p.name}`,
}));
const served = {};
for (const p of benchPages) served[p.benchUrl] = p.file ? { file: p.file } : { html: p.html };
const inSitu = real.filter((p) => p.url && manifestCovers(p.url));
for (const p of inSitu) served[p.url] = { file: p.file };
// What the shopper waits for: the demo product (an exosome-type finding) and the real pages.
// Plus the largest real saved product pages with a list, where there is something to mark.
const withList = realPages(Number.POSITIVE_INFINITY)
  .filter((p) => p.url && manifestCovers(p.url) && hasList(p.file))
  .slice(0, 2);
for (const p of withList) served[p.url] = { file: p.file };
const shopperPages = [
  { name: 'dr-serse-serum (demo)', url: DEMO.url, file: DEMO.file },
  ...withList,
  ...inSitu.filter((p) => !withList.some((w) => w.url === p.url)),
];
served[DEMO.url] = { file: DEMO.file };
const BIG_URL = 'https://www.sephora.com/product/bench-generated-100k-nodes-P100000';
served[BIG_URL] = { html: BIG.html };
inSitu.push({ name: BIG.name, url: BIG_URL, synthetic: true });

const NON_PRODUCT = [
  ['Sephora home', 'https://www.sephora.com/'],
  ['Sephora category', 'https://www.sephora.com/shop/face-serum'],
  ['Amazon search', 'https://www.amazon.com/s?k=exosome+serum'],
  ['Olive Young ranking', 'https://www.oliveyoung.co.kr/store/main/getBestList.do'],
  ['Notino home', 'https://www.notino.de/'],
  ['unsupported shop product', 'https://shop.example.org/products/exosome-serum'],
];
const listing =
  savedPages().find((f) => f.includes('ranking-listing')) ?? benchPages[0].file ?? null;
for (const [, u] of NON_PRODUCT) served[u] = listing ? { file: listing } : { html: BIG.html };

const RERENDER_URL = 'https://www.sephora.com/product/bench-rerender-P4242';
served[RERENDER_URL] = { html: rerenderHtml() };

// A copy of the build, so the popup's floor page can be written next to it (not shipped).
const h = await launch({ pages: served, copy: true });
writePopupFloor(h.extDir);
const { context, sw, extId } = h;
{
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  env.browser = (await cdp.send('Browser.getVersion')).product;
  await page.close();
}

async function cdpFor(page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  await cdp.send('HeapProfiler.enable');
  return cdp;
}
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
const LONGTASKS = `window.__longtasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}`;

// ------------------------------------------------------------------ 1. bundle scans

// The extension itself stays out of these pages (switched off): only the bundle scans them.
await sw.evaluate(
  (k) => chrome.storage.local.set({ [k]: { enabled: false } }),
  'exocheck-settings',
);
const scans = [];
for (const p of benchPages) {
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  await page.goto(p.benchUrl, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(400);
  const cdp = await cdpFor(page);
  const heap0 = await heap(cdp);
  const inj = await cdp.send('Runtime.evaluate', {
    expression: `var __t0 = performance.now();\n${bundleCode}\n;window.__injectMs = performance.now() - __t0; window.__injectMs`,
    returnByValue: true,
  });
  if (inj.exceptionDetails)
    throw new Error(`bench bundle: ${inj.exceptionDetails.exception?.description}`);
  const heap1 = await heap(cdp);
  // The floors are single tasks of their own, outside the windows whose long tasks count.
  const floors = await page.evaluate(() => ({
    floor: __exoBench.floor(),
    elementFloor: __exoBench.elementFloor(),
  }));
  await page.waitForTimeout(50);
  const cold = await page.evaluate(async (f) => {
    const t0 = performance.now();
    const scan = await __exoBench.scan(true);
    const t1 = performance.now();
    return { ...f, scan, window: [t0, t1], nodes: __exoBench.domSize() };
  }, floors);
  const heap2 = await heap(cdp);
  const warm = await page.evaluate(async (runs) => {
    const floors = [];
    const elementFloors = [];
    for (let i = 0; i < runs; i++) {
      floors.push(__exoBench.floor().ms);
      await new Promise((r) => setTimeout(r, 0));
      elementFloors.push(__exoBench.elementFloor().ms);
      await new Promise((r) => setTimeout(r, 0));
    }
    const out = [];
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) {
      __exoBench.reset();
      await new Promise((r) => setTimeout(r, 20));
      out.push(await __exoBench.scan(false));
    }
    return { floors, elementFloors, scans: out, window: [t0, performance.now()] };
  }, RUNS);
  const longtasks = await page.evaluate(() => window.__longtasks);
  // One more cold and warm scan under a trace, for the longest task's CPU time (not timed).
  const traced = await longestTaskCpu(cdp, () =>
    page.evaluate(async () => {
      for (const cold of [true, false]) {
        __exoBench.reset();
        await new Promise((r) => setTimeout(r, 20));
        await __exoBench.scan(cold);
      }
    }),
  );
  const inWindow = (w) => longtasks.filter(([s]) => s >= w[0] - 1 && s <= w[1]).map(([, d]) => d);
  const warmWork = median(warm.scans.map((s) => s.work));
  const warmFloor = median(warm.floors);
  const warmElementFloor = median(warm.elementFloors);
  const steps = Object.fromEntries(
    Object.keys(warm.scans[0].steps).map((k) => [
      k,
      r2(median(warm.scans.map((s) => s.steps[k] ?? 0))),
    ]),
  );
  const row = {
    page: p.name,
    bytes: p.bytes ?? Buffer.byteLength(p.html),
    nodes: cold.nodes,
    textNodes: cold.floor.nodes,
    chars: cold.floor.chars,
    injectMs: r2(inj.result.value),
    url: p.benchUrl,
    blocks: cold.elementFloor.blocks,
    labels: cold.elementFloor.labels,
    cold: {
      floorMs: r2(cold.floor.ms),
      elementFloorMs: r2(cold.elementFloor.ms),
      workMs: r2(cold.scan.work),
      steps: Object.fromEntries(Object.entries(cold.scan.steps).map(([k, v]) => [k, r2(v)])),
      ratio: r1(cold.scan.work / cold.floor.ms),
      elementRatio: r1(cold.scan.work / cold.elementFloor.ms),
      // One task each, except finding when the content script slices it (longestTask).
      longestStepMs: r1(cold.scan.longestTask ?? Math.max(...Object.values(cold.scan.steps))),
      findSlices: cold.scan.findSlices ?? 1,
      longtasksMs: inWindow(cold.window).map(r1),
    },
    warm: {
      floorMs: r2(warmFloor),
      elementFloorMs: r2(warmElementFloor),
      workMs: r2(warmWork),
      steps,
      ratio: r1(warmWork / warmFloor),
      elementRatio: r1(warmWork / warmElementFloor),
      longestStepMs: r1(
        Math.max(...warm.scans.map((s) => s.longestTask ?? Math.max(...Object.values(s.steps)))),
      ),
      findSlices: median(warm.scans.map((s) => s.findSlices ?? 1)),
      longtasksMs: inWindow(warm.window).map(r1),
    },
    found: {
      lists: cold.scan.lists,
      items: cold.scan.items,
      claims: cold.scan.claims,
      marks: cold.scan.marks,
    },
    heap: { scriptBytes: heap1 - heap0, addedBytes: heap2 - heap0 },
    longestTaskCpu: traced,
  };
  scans.push(row);
  await cdp.detach();
  await page.close();
  process.stdout.write('.');
}
console.log('');

// ------------------------------------------------------------------ 2. the extension in situ

await sw.evaluate((k) => chrome.storage.local.set({ [k]: { debug: true } }), 'exocheck-settings');

/** A page with ExoCheck's debug log (every world, over CDP) and the page's long tasks. */
async function watched(url) {
  const page = await context.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await context.newCDPSession(page);
  const worlds = new Map();
  const log = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.set(c.id, c));
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const c = worlds.get(e.executionContextId);
    if (c?.origin !== `chrome-extension://${extId}`) return;
    log.push({ t: e.timestamp, text: e.args.map((a) => a.value ?? a.description ?? '').join(' ') });
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return { page, cdp, log, worlds };
}
const ourWorld = (w) => [...w.values()].some((c) => c.origin === `chrome-extension://${extId}`);
/**
 * The debug log's stage times: "find 12 ms[, prepare 3 ms][, analyze 2 ms] in 4 slice(s),
 * mark + tooltip host 1 ms" (the pipeline's busy time per stage, its slices in all).
 */
const timingLines = (log) =>
  log
    .map((l) =>
      /find (\d+) ms(?:, prepare (\d+) ms)?(?:, analyze (\d+) ms)? in (\d+) slice\(s\), mark \+ tooltip host (\d+) ms/.exec(
        l.text,
      ),
    )
    .filter(Boolean)
    .map((m) => ({
      find: +m[1],
      prepare: m[2] ? +m[2] : 0,
      analyze: m[3] ? +m[3] : 0,
      slices: +m[4],
      mark: +m[5],
    }));
/** Long tasks (epoch ms start, duration) from the page, to compare with CDP log timestamps. */
const longTasksOf = (page) =>
  page.evaluate(() => window.__longtasks.map(([s, d]) => [performance.timeOrigin + s, d]));
async function until(fn, timeout) {
  const t0 = Date.now();
  while (!fn() && Date.now() - t0 < timeout) await new Promise((r) => setTimeout(r, 100));
  return fn();
}

const situ = [];
for (const p of inSitu) {
  const w = await watched(p.url);
  await until(
    () => w.log.some((l) => /(report|no-list) (reply|not delivered)/.test(l.text)),
    30_000,
  );
  await w.page.waitForTimeout(300);
  const t = timingLines(w.log)[0] ?? null;
  // The matcher: the lexicon's load (its own task) and the pipeline's prepare stage.
  const lexicon = w.log.map((l) => /lexicon loaded in (\d+) ms/.exec(l.text)).find(Boolean);
  const matcherMs = t ? (lexicon ? +lexicon[1] : 0) + t.prepare : null;
  // Only tasks while ExoCheck scanned: from its first log line after settling to the reply.
  const from = w.log.find((l) => /^\[ExoCheck\] scanning:/.test(l.text))?.t ?? 0;
  const to = w.log.findLast((l) => /(report|no-list) (reply|not delivered)/.test(l.text))?.t ?? 0;
  const all = await longTasksOf(w.page);
  const longtasks = all.filter(([s, d]) => s + d >= from && s <= to).map(([, d]) => r1(d));
  const pageLoad = all.filter(([s, d]) => s + d < from).map(([, d]) => r1(d));
  situ.push({
    page: p.name,
    url: p.url,
    injected: ourWorld(w.worlds),
    steps: t && { ...t, matcher: matcherMs },
    workMs: t ? t.find + t.analyze + t.mark + (matcherMs ?? 0) : null,
    findSlices: t?.slices ?? null,
    longtasksMs: longtasks,
    pageLoadLongtasksMs: pageLoad,
  });
  await w.page.close();
  process.stdout.write('.');
}
console.log('');

// ------------------------------------------------------------------ 3. pages to leave alone

const idle = [];
for (const [label, u] of NON_PRODUCT) {
  const w = await watched(u);
  await w.page.waitForTimeout(1500);
  const touched = await w.page.evaluate(
    () =>
      document.querySelectorAll('[data-exocheck-ui], #exocheck-mark-style').length +
      [...CSS.highlights.keys()].filter((k) => k.startsWith('exocheck-')).length,
  );
  idle.push({
    page: label,
    url: u,
    registered: manifestCovers(u),
    injected: ourWorld(w.worlds),
    domChanges: touched,
  });
  await w.page.close();
}

// ------------------------------------------------------------------ 4. re-scan cost

async function rerender(label, drive, settleMs) {
  const w = await watched(RERENDER_URL);
  await until(() => w.log.some((l) => /report (reply|not delivered)/.test(l.text)), 15_000);
  const before = w.log.length;
  const t0 = await w.page.evaluate(() => performance.now());
  const renders = await w.page.evaluate(drive);
  await w.page.waitForTimeout(settleMs);
  const t1 = await w.page.evaluate(() => performance.now());
  const after = w.log.slice(before);
  const times = timingLines(after);
  const longtasks = (await w.page.evaluate(() => window.__longtasks))
    .filter(([s]) => s >= t0 && s <= t1)
    .map(([, d]) => r1(d));
  // The debug log's own timings: the longest step of any of these scans (a slice's mean).
  const longestStepMs = times.length
    ? Math.max(...times.map((t) => Math.max((t.find + t.prepare + t.analyze) / t.slices, t.mark)))
    : null;
  const marked = await w.page.evaluate(() => {
    let n = 0;
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('exocheck-')) continue;
      for (const r of hl) if (r.startContainer.parentElement?.closest('#acc-ing')) n++;
    }
    return n;
  });
  const row = {
    scenario: label,
    renders,
    scans: after.filter((l) => /^\[ExoCheck\] scan /.test(l.text)).length,
    unchanged: after.filter((l) => /^\[ExoCheck\] unchanged/.test(l.text)).length,
    scanMs: times.reduce((n, t) => n + t.find + t.analyze + t.mark, 0),
    longestTaskMs: longtasks.length ? Math.max(...longtasks) : null,
    longestStepMs,
    finalListMarked: marked > 0,
    durationMs: Math.round(t1 - t0),
  };
  await w.page.close();
  return row;
}
const rescans = [];
rescans.push(
  await rerender('burst: 50 renders, 40 ms apart', () => window.__rerender(50, 40), 3000),
);
rescans.push(
  await rerender(
    `spaced: ${QUICK ? 20 : 50} renders, 500 ms apart`,
    QUICK ? () => window.__rerender(20, 500) : () => window.__rerender(50, 500),
    4000,
  ),
);
rescans.push(
  await rerender(
    'feedback: re-render on each of our marks, 50 max',
    () => {
      window.__feedback(50);
      return new Promise((r) => setTimeout(() => r(window.__page.renders), 15_000));
    },
    3000,
  ),
);
// ------------------------------------------------------------------ 2c. what the shopper waits for

const SHOPPER_RUNS = QUICK ? 3 : 5;
const shopper = {
  firstHighlight: await measureFirstHighlight(context, shopperPages, SHOPPER_RUNS),
  popup: await measurePopup(context, sw, extId, shopperPages, SHOPPER_RUNS),
  popupFloor: await measurePopupFloor(context, extId, SHOPPER_RUNS * 3),
  // The demo page: an exosome-type finding, the fullest first screen.
  popupCpu: await measurePopupCpu(context, sw, extId, shopperPages[0], SHOPPER_RUNS + 2),
  badge: await measureBadgeCold(context, sw, shopperPages.slice(0, 3), SHOPPER_RUNS),
};
process.stdout.write('.\n');

await h.close();
const requests = { fromExtension: h.fromExtension.length };
const cli = measureCli(
  ROOT,
  [
    { label: 'scan one saved page', args: ['--url', DEMO.url, DEMO.file] },
    { label: 'lookup', args: ['--lookup', 'humen adipose stromal cel exosomes'] },
  ],
  SHOPPER_RUNS,
);
shopper.cli = cli.rows;
shopper.cliFloors = cli.floors;
{
  const l = await benchLookup({ runs: SHOPPER_RUNS, print: false });
  const s = (key) => {
    const xs = l.figures[key];
    return { n: xs.length, median: l.medians[key], min: Math.min(...xs), max: Math.max(...xs) };
  };
  const r = (x) => Math.round(x * 10) / 10;
  const fig = (key) => {
    const v = s(key);
    return `${r(v.median)} ms (${r(v.min)}–${r(v.max)}, ${v.n} runs)`;
  };
  shopper.lookup = [
    {
      what: 'popup lookup, first query: CosIng load + query (cold)',
      target: '≤ 100 ms',
      figure: fig('firstTotalMs'),
      verdict: l.verdicts.firstLookup,
    },
    {
      what: `popup lookup, warm query (median over ${l.queries} typo'd queries)`,
      target: '≤ 20 ms',
      figure: fig('warmMedianMs'),
      verdict: l.verdicts.warm,
    },
    {
      what: "lookup quality: top-1 on the typo'd queries",
      target: `${l.queries}/${l.queries}`,
      figure: `${l.top1}/${l.queries}`,
      verdict: l.verdicts.quality,
    },
  ];
}

// ------------------------------------------------------------------ 2b. content-script start-up

const startup = await measureStartup(
  inSitu.filter((p) => !p.synthetic),
  QUICK ? 2 : 4,
);

// ------------------------------------------------------------------ 5. Node pipeline

let pipeline = null;
if (!args.includes('--skip-node')) {
  // Bundled like the extension (scope-hoisted), then run in this Node.
  const { file } = await buildPipelineBundle();
  const r = spawnSync(process.execPath, [file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BENCH_NODE_MS: QUICK ? '1000' : '2500' },
  });
  if (r.status === 0) pipeline = JSON.parse(r.stdout.trim().split('\n').pop());
  else console.log(`node pipeline failed: ${r.stderr}`);
}

// ------------------------------------------------------------------ 6. sizes

const sizes = {};
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = path.join(path.dirname(EXT), target);
  const { entries, failures } = checkBudget(dir);
  if (entries) sizes[target] = { entries, failures };
}

// ------------------------------------------------------------------ print

const out = [];
const say = (s = '') => out.push(s);
say(`\n## Scan vs floor (bundle of the content script's scan, ${RUNS} warm runs, median)`);
say(
  table([
    [
      'page',
      'size',
      'nodes',
      'floor ms',
      'element floor ms',
      'scan ms',
      'ratio',
      'ratio (element)',
      'cold scan ms',
      'cold ratio',
      'cold ratio (element)',
      'longest task ms',
      'longest task CPU ms (wall)',
      'long tasks ≥50',
      'heap added',
      'found',
    ],
    ...scans.map((s) => [
      s.page,
      mb(s.bytes),
      s.nodes,
      s.warm.floorMs,
      s.warm.elementFloorMs,
      s.warm.workMs,
      s.warm.ratio,
      s.warm.elementRatio,
      s.cold.workMs,
      s.cold.ratio,
      s.cold.elementRatio,
      Math.max(s.cold.longestStepMs, s.warm.longestStepMs),
      s.longestTaskCpu ? `${s.longestTaskCpu.cpuMs} (${s.longestTaskCpu.wallMs})` : '—',
      [...s.cold.longtasksMs, ...s.warm.longtasksMs].join(' ') || 'none',
      mb(s.heap.addedBytes),
      `${s.found.lists} list(s), ${s.found.items} items, ${s.found.marks} marks`,
    ]),
  ]),
);
say('\nper step, warm median ms (cold in brackets):');
for (const s of scans) {
  say(
    `  ${s.page}: ${Object.entries(s.warm.steps)
      .map(([k, v]) => `${k} ${v} (${s.cold.steps[k] ?? '—'})`)
      .join(', ')}, matcher build (${s.cold.steps.matcher ?? '—'}), script eval ${s.injectMs} ms`,
  );
}
say('\n## The extension itself on the same pages (first scan, debug-log step times)');
say(
  table([
    [
      'page',
      'injected',
      'find',
      'matcher',
      'analyze',
      'mark',
      'total ms',
      'tasks ≥50 while scanning',
      "the page's own load tasks ≥50",
    ],
    ...situ.map((s) => [
      s.page,
      s.injected ? 'yes' : 'no',
      s.steps ? `${s.steps.find} (${s.findSlices})` : '—',
      s.steps?.matcher ?? '—',
      s.steps?.analyze ?? '—',
      s.steps?.mark ?? '—',
      s.workMs ?? '—',
      s.longtasksMs.join(' ') || 'none',
      s.pageLoadLongtasksMs.join(' ') || 'none',
    ]),
  ]),
);
say('\n## What the shopper waits for (built extension, real URLs; medians, range, runs)');
say(
  table([
    ['what', 'target', 'measured', 'verdict'],
    ...shopperRows({ shopper, startup, scans }, worstTaskOf({ scans })).map((x) => [
      x.what,
      x.target,
      x.figure,
      x.verdict,
    ]),
  ]),
);
say('\n## Content-script start-up: the task that compiles and runs content.js (Chrome trace)');
say(table(startupRows(startup)));
say('\n## Pages where ExoCheck does nothing');
say(
  table([
    ['page', 'url', 'registered', 'injected', 'DOM changes'],
    ...idle.map((s) => [
      s.page,
      s.url,
      s.registered ? 'yes' : 'no',
      s.injected ? 'YES' : 'no',
      s.domChanges,
    ]),
  ]),
);
say('\n## Re-scan cost (the extension, debug log)');
say(
  table([
    [
      'scenario',
      'renders',
      'scans',
      'unchanged',
      'scan ms total',
      'longest task ms',
      'final list marked',
    ],
    ...rescans.map((s) => [
      s.scenario,
      s.renders,
      s.scans,
      s.unchanged,
      s.scanMs,
      s.longestTaskMs ?? '<50',
      s.finalListMarked ? 'yes' : 'no',
    ]),
  ]),
);
if (pipeline) {
  say('\n## Pure pipeline in Node (parse + match per list)');
  say(
    table([
      ['pipeline', 'lists/s', 'matched items per pass'],
      ['ExoCheck (parser + matcher)', pipeline.ours.listsPerSec, pipeline.ours.hitsPerPass],
      ['  of which: parser alone', pipeline.parseOnly.listsPerSec, '—'],
      [
        '  of which: matcher alone (pre-parsed)',
        pipeline.matchOnly.listsPerSec,
        pipeline.matchOnly.hitsPerPass,
      ],
      [
        'naive (split on commas + scan every name for equality)',
        pipeline.naive.listsPerSec,
        pipeline.naive.hitsPerPass,
      ],
      [
        'naive (split on commas + scan every name as a substring)',
        pipeline.naiveSubstring.listsPerSec,
        pipeline.naiveSubstring.hitsPerPass,
      ],
    ]),
  );
  say(
    `speed-up ${pipeline.speedup}× over the equality baseline, ${pipeline.speedupOverSubstring}× over the substring one; matcher alone ${r2(pipeline.matchOnly.listsPerSec / pipeline.naive.listsPerSec)}× the equality baseline (${pipeline.lists} real lists, avg ${pipeline.avgChars} chars, ${pipeline.lexiconNames} lexicon names); matcher build ${pipeline.matcherBuildMs} ms, first fuzzy lookup ${pipeline.firstFuzzyMs} ms`,
  );
  say(
    `hostile input scaling: ${pipeline.scaling.map((s) => `${s.chars} chars ${s.ms} ms`).join(', ')}`,
  );
}
say('\n## Bundle sizes');
for (const [target, { entries, failures }] of Object.entries(sizes)) {
  say(`${target}`);
  say(sizeTable(entries));
  for (const f of failures) say(`OVER BUDGET: ${f}`);
}
say(
  `budgets (gzip, loaded at once): ${Object.entries(BUDGETS_GZIP)
    .map(([k, v]) => `${k} ${kb(v)}`)
    .join(', ')}`,
);
say(`\nnetwork requests from the extension during the bench: ${requests.fromExtension}`);
say(`# ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(out.join('\n'));

const result = {
  when: new Date().toISOString(),
  machine: env,
  runs: RUNS,
  scans,
  inSitu: situ,
  startup,
  shopper,
  idle,
  rescans,
  pipeline,
  sizes,
  requests,
};
const stamp = result.when.replace(/[:.]/g, '-');
writeFileSync(path.join(RESULTS, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(result, null, 2));
console.log(`results: ${path.relative(ROOT, path.join(RESULTS, 'latest.json'))}`);
if (args.includes('--readme')) writeReadme(result);

/** Rewrites the figures between the README's bench markers. */
function writeReadme(result) {
  const readme = path.join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) console.log(`README.md has no ${start} … ${end} block; not updated`);
  else {
    writeFileSync(
      readme,
      `${text.slice(0, a + start.length)}\n${readmeFigures(result)}\n${text.slice(b)}`,
    );
    console.log('README.md performance figures updated');
  }
}

/**
 * The longest task of any bundle scan, cold or warm, in main-thread CPU ms (traced): what the
 * task cost, which a busy machine does not inflate. Runs from before the trace: the longest
 * step or observed long task, in wall ms.
 */
function worstTaskOf(r) {
  const cpu = r.scans.map((s) => s.longestTaskCpu?.cpuMs).filter((x) => typeof x === 'number');
  if (cpu.length === r.scans.length && cpu.length > 0) return Math.max(...cpu);
  return worstWallTaskOf(r);
}

/** The longest step or observed long task of any bundle scan, wall ms. */
function worstWallTaskOf(r) {
  return Math.max(
    ...r.scans.map((s) => Math.max(s.cold.longestStepMs, s.warm.longestStepMs)),
    ...r.scans.flatMap((s) => [...s.cold.longtasksMs, ...s.warm.longtasksMs]),
  );
}

/** One line per target: met or not, with the figure that decides it. */
function verdicts(r) {
  const realScans = r.scans.filter((s) => !s.page.startsWith('generated'));
  const ratios = realScans.map((s) => s.warm.ratio);
  const worstTask = worstTaskOf(r);
  const worstWall = worstWallTaskOf(r);
  const cpuOf = (s) =>
    s.longestTaskCpu?.cpuMs ?? Math.max(s.cold.longestStepMs, s.warm.longestStepMs);
  const worstPage = r.scans.reduce((a, s) => (cpuOf(s) > cpuOf(a) ? s : a));
  const maxScans = Math.max(...r.rescans.map((s) => s.scans));
  const content = r.sizes['chrome-mv3']?.entries.find((e) => e.name === 'content script');
  const out = [];
  const start = r.startup ? startupVerdict(r.startup) : null;
  if (start?.worst) {
    out.push(
      `Content-script start-up task under 50 ms: **${start.met ? 'met' : 'not met'}** (worst median ${start.worst.cold.wall.median} ms wall, ${start.worst.cold.cpu.median} ms CPU, cold, ${start.worst.page}).`,
    );
  }
  out.push(
    `Scan within 2× of the text floor on real pages: **${Math.max(...ratios) <= 2 ? 'met' : 'not met'}** (${Math.min(...ratios)}–${Math.max(...ratios)}× warm).`,
  );
  const warmEl = realScans.map((s) => s.warm.elementRatio).filter((x) => x !== undefined);
  const coldEl = realScans.map((s) => s.cold.elementRatio).filter((x) => x !== undefined);
  if (warmEl.length > 0) {
    out.push(
      `Warm scan within 2× of the element-aware floor at the pages' retailer URLs: **${Math.max(...warmEl) <= 2 ? 'met' : 'not met'}** (${Math.min(...warmEl)}–${Math.max(...warmEl)}×).`,
    );
    out.push(
      `Cold first scan (matcher build included) within 4× of it: **${Math.max(...coldEl) <= 4 ? 'met' : 'not met'}** (${Math.min(...coldEl)}–${Math.max(...coldEl)}×).`,
    );
  }
  out.push(
    `No task over 50 ms (main-thread CPU time, traced): **${worstTask <= 50 ? 'met' : 'not met'}** (longest ${worstTask} ms, ${worstPage.page}; the longest in wall time, which other work on the machine inflates, was ${worstWall} ms).`,
  );
  out.push(
    `Bounded re-scans: **${maxScans <= 10 ? 'met' : 'not met'}** (at most ${maxScans} scans for 50 re-renders, in any pattern).`,
  );
  if (content) {
    out.push(
      `Content script ≤ 100 KB gzip: **${content.gzip <= 100 * 1024 ? 'met' : 'not met'}** (${kb(content.gzip)}).`,
    );
  }
  out.push(
    `Nothing injected on pages that are not product pages of supported shops: **${r.idle.every((s) => !s.injected) ? 'met' : 'not met'}**; network requests from the extension: ${r.requests.fromExtension}.`,
  );
  return out;
}

/** The README's performance figures, as Markdown tables, from one bench result. */
function readmeFigures(r) {
  const md = (rows) =>
    [
      `| ${rows[0].join(' | ')} |`,
      `|${rows[0].map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
      ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
  const m = r.machine;
  const lines = [];
  lines.push(
    `Measured ${r.when.slice(0, 10)} with \`npm run bench\` on ${m.cpu} (${m.cores} cores, ${m.memory} RAM${m.load ? `, load average ${m.load} at the start: other work was running` : ''}), ${m.os}, ${m.browser ?? 'Chromium'} headless, Node ${m.node}; medians of ${r.runs} warm runs.`,
  );
  lines.push('');
  lines.push(...verdicts(r).map((v) => `- ${v}`));
  const targets = shopperRows(r, worstTaskOf(r));
  if (targets.length > 0) {
    lines.push('');
    lines.push(
      md([
        ['what the shopper waits for', 'target', 'measured (median, range, runs)', 'verdict'],
        ...targets.map((x) => [x.what, x.target, x.figure, `**${x.verdict}**`]),
      ]),
    );
  }
  lines.push('');
  lines.push(
    md([
      [
        'page',
        'size',
        'DOM nodes',
        'text floor',
        'element floor',
        'scan',
        'ratio (text / element)',
        'first scan (cold, ratio to element floor)',
        'longest step',
        'longest task, CPU (wall)',
        'tasks ≥ 50 ms wall',
        'JS heap added',
      ],
      ...r.scans.map((s) => [
        s.page,
        mb(s.bytes),
        s.nodes.toLocaleString('en-US'),
        `${s.warm.floorMs} ms`,
        `${s.warm.elementFloorMs} ms`,
        `${s.warm.workMs} ms`,
        `${s.warm.ratio}× / **${s.warm.elementRatio}×**`,
        `${s.cold.workMs} ms (${s.cold.elementRatio}×)`,
        `${Math.max(s.cold.longestStepMs, s.warm.longestStepMs)} ms`,
        s.longestTaskCpu ? `${s.longestTaskCpu.cpuMs} ms (${s.longestTaskCpu.wallMs} ms)` : '—',
        [...s.cold.longtasksMs, ...s.warm.longtasksMs].length || 'none',
        mb(s.heap.addedBytes),
      ]),
    ]),
  );
  lines.push('');
  lines.push(
    md([
      ['re-render scenario', 'renders', 'scans', 'scan time', 'longest task', 'last list marked'],
      ...r.rescans.map((s) => [
        s.scenario,
        s.renders,
        s.scans,
        `${s.scanMs} ms`,
        s.longestTaskMs === null ? '< 50 ms' : `${s.longestTaskMs} ms`,
        s.finalListMarked ? 'yes' : 'no',
      ]),
    ]),
  );
  if (r.startup) {
    lines.push('');
    lines.push(md(startupRows(r.startup)));
  }
  lines.push('');
  const idleInjected = r.idle.filter((s) => s.injected).length;
  lines.push(
    `Pages ExoCheck leaves alone (${r.idle.map((s) => s.page).join(', ')}): content script injected on ${idleInjected} of ${r.idle.length}, DOM changes ${r.idle.reduce((n, s) => n + s.domChanges, 0)}.`,
  );
  if (r.pipeline) {
    const p = r.pipeline;
    lines.push('');
    lines.push(
      md([
        ['pure pipeline in Node (parse + match)', 'lists / s', 'vs naive (equality)'],
        [
          'ExoCheck parser + matcher',
          p.ours.listsPerSec.toLocaleString('en-US'),
          `**${p.speedup}×**`,
        ],
        ['— parser alone', p.parseOnly.listsPerSec.toLocaleString('en-US'), ''],
        [
          '— matcher alone (pre-parsed items)',
          p.matchOnly.listsPerSec.toLocaleString('en-US'),
          `${r2(p.matchOnly.listsPerSec / p.naive.listsPerSec)}×`,
        ],
        [
          'naive: split on commas + compare with every lexicon name',
          p.naive.listsPerSec.toLocaleString('en-US'),
          '1×',
        ],
        [
          'naive: split on commas + look for every lexicon name inside each item',
          p.naiveSubstring.listsPerSec.toLocaleString('en-US'),
          `${r2(p.naiveSubstring.listsPerSec / p.naive.listsPerSec)}×`,
        ],
      ]),
    );
    lines.push('');
    lines.push(
      `${p.lists.toLocaleString('en-US')} real lists (Sephora dataset, ${p.avgChars} characters on average), ${p.lexiconNames} lexicon names. The naive baseline only compares whole comma-split names; ExoCheck also parses brackets, labels and sub-lists and tries typo and name-family matches.`,
    );
  }
  const chrome = r.sizes['chrome-mv3'];
  if (chrome) {
    lines.push('');
    lines.push(
      md([
        ['bundle (chrome-mv3)', 'raw', 'gzip', 'code to parse', 'loaded later (dynamic import)'],
        ...chrome.entries.map((e) => [
          e.name,
          kb(e.raw),
          kb(e.gzip),
          kb(e.code),
          e.lazyRaw ? `${kb(e.lazyRaw)} (${kb(e.lazyGzip)} gzip)` : '—',
        ]),
      ]),
    );
  }
  return lines.join('\n');
}
