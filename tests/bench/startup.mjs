// Content-script start-up in the built extension: the browser task in which Chromium compiles
// and runs the real content.js at document_idle (WXT's main() included, up to its first await).
// Read from a Chrome trace (EvaluateScript → v8.compile + v8.run, inside the RunTask that
// holds them): wall time (`dur`) and the main thread's own CPU time (`tdur`), which other work
// on the machine does not inflate. "Cold" is the first load in a renderer process (V8's
// compilation cache is per process, so a new site is cold); "warm" is the same page again in a
// new tab of the same process.
import { launch } from '../e2e/harness.mjs';
import { median } from './stats.mjs';

const CATEGORIES = ['devtools.timeline', 'v8', 'toplevel', 'disabled-by-default-devtools.timeline'];
const SCRIPT = 'content-scripts/content.js';

const ms = (us) => Math.round(us / 100) / 10;
const r1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

/** Loads `url` in a new tab with tracing on; the content script's evaluation task, or null. */
async function traceLoad(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // document_idle is at most ~200 ms after load; the evaluation is over well before this.
  await page.waitForTimeout(1000);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const ours = (name) =>
    events.find((e) => e.name === name && e.ph === 'X' && JSON.stringify(e.args).includes(SCRIPT));
  const evaluate = ours('EvaluateScript');
  if (!evaluate) return null;
  const compile = ours('v8.compile');
  const run = ours('v8.run');
  const task = events.find(
    (e) =>
      e.name === 'RunTask' &&
      e.tid === evaluate.tid &&
      e.pid === evaluate.pid &&
      e.ts <= evaluate.ts &&
      e.ts + e.dur >= evaluate.ts + evaluate.dur,
  );
  return {
    pid: evaluate.pid,
    wallMs: ms((task ?? evaluate).dur),
    cpuMs: ms((task ?? evaluate).tdur ?? 0),
    compileCpuMs: ms(compile?.tdur ?? 0),
    runCpuMs: ms(run?.tdur ?? 0),
  };
}

/**
 * `pages`: [{ name, url, file }] at real product URLs the manifest covers. Each run starts a
 * fresh browser and loads every page twice (cold, then warm). Returns one row per page with
 * medians and the range over the runs.
 */
export async function measureStartup(pages, runs) {
  const samples = new Map(pages.map((p) => [p.name, { cold: [], warm: [] }]));
  for (let r = 0; r < runs; r++) {
    const served = Object.fromEntries(pages.map((p) => [p.url, { file: p.file }]));
    const h = await launch({ pages: served });
    const seen = new Set();
    try {
      for (const p of pages) {
        const first = await traceLoad(h.context, p.url);
        const again = await traceLoad(h.context, p.url);
        const s = samples.get(p.name);
        if (first && !seen.has(first.pid)) s.cold.push(first);
        else if (first) s.warm.push(first);
        if (again) s.warm.push(again);
        if (first) seen.add(first.pid);
      }
    } finally {
      await h.close();
    }
  }
  return pages.map((p) => {
    const s = samples.get(p.name);
    const sum = (xs, k) => ({
      median: r1(median(xs.map((x) => x[k]))),
      min: xs.length ? Math.min(...xs.map((x) => x[k])) : null,
      max: xs.length ? Math.max(...xs.map((x) => x[k])) : null,
    });
    const side = (xs) => ({
      n: xs.length,
      wall: sum(xs, 'wallMs'),
      cpu: sum(xs, 'cpuMs'),
      compileCpu: sum(xs, 'compileCpuMs'),
      runCpu: sum(xs, 'runCpuMs'),
    });
    return { page: p.name, url: p.url, cold: side(s.cold), warm: side(s.warm) };
  });
}

/** Start-up under 50 ms: the worst page's median cold wall time decides. */
export function startupVerdict(rows) {
  const measured = rows.filter((r) => r.cold.n > 0);
  if (measured.length === 0) return { met: false, worst: null };
  const worst = measured.reduce((a, r) => (r.cold.wall.median > a.cold.wall.median ? r : a));
  return { met: worst.cold.wall.median < 50, worst };
}

/** Header and one row per page, for the console and the README alike. */
export function startupRows(rows) {
  const range = (s) => (s.n > 1 ? ` (${s.wall.min}–${s.wall.max})` : '');
  return [
    [
      'page (real URL)',
      'cold: task wall ms',
      'cold: CPU ms (compile + run)',
      'warm: task wall ms',
      'warm: CPU ms',
      'runs',
    ],
    ...rows.map((r) => [
      r.page,
      r.cold.n ? `${r.cold.wall.median}${range(r.cold)}` : '—',
      r.cold.n
        ? `${r.cold.cpu.median} (${r.cold.compileCpu.median} + ${r.cold.runCpu.median})`
        : '—',
      r.warm.n ? `${r.warm.wall.median}${range(r.warm)}` : '—',
      r.warm.n ? `${r.warm.cpu.median}` : '—',
      `${r.cold.n} + ${r.warm.n}`,
    ]),
  ];
}
