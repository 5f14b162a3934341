// The main-thread CPU time an extension page spends from its navigation start to its verdict,
// from a Chrome trace. Wall time from opening to verdict is what the shopper waits for, but on
// a busy machine it mostly measures how long the renderer waited for a core (the same popup
// read 105 and 206 ms minutes apart); the page's own CPU time does not move with the load, so
// a change to the popup shows in it.

import { tabIdOf } from '../e2e/harness.mjs';
import { spread, stopWorker } from './shopper.mjs';

const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
];
const ms = (us) => Math.round(us / 100) / 10;

// In the page: a user-timing mark when the verdict (or the floor page's one element) appears.
const VERDICT_MARK = `(function check() {
  if (document.querySelector('[data-verdict]')) { performance.mark('exo-verdict'); return; }
  if (performance.now() < 30000) requestAnimationFrame(check);
})();`;

/**
 * Opens `url` (an extension page) in a new tab under a trace and returns its main thread's CPU
 * time (ms) from its navigation start to the verdict mark, the CPU time of a service worker
 * thread in the same renderer over that window (Chrome starts a stopped worker for an
 * extension page, often in the page's own process), and the wall time; null when the trace
 * holds no verdict. `beforeOpen` runs first (stopping the worker).
 */
export async function pageCpuToVerdict(context, url, beforeOpen) {
  // The trace is browser-wide; its session sits on a tab of its own, since the page's own
  // navigation to the extension moves it to another renderer.
  const host = await context.newPage();
  const cdp = await context.newCDPSession(host);
  const pop = await context.newPage();
  await pop.setViewportSize({ width: 400, height: 600 });
  await pop.addInitScript(VERDICT_MARK);
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  if (beforeOpen) await beforeOpen(pop);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await pop.goto(url);
    await pop.waitForFunction(() => performance.getEntriesByName('exo-verdict').length > 0, null, {
      timeout: 15_000,
    });
  } catch {
    // no verdict: the trace says so below
  } finally {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    await cdp.detach().catch(() => {});
    await pop.close();
    await host.close();
  }
  return cpuToVerdict(events, new URL(url).pathname);
}

/** The figures of pageCpuToVerdict from a trace's events, for the page at `path`. */
export function cpuToVerdict(events, path) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(path) === true,
  );
  if (!nav) return null;
  const mark = events.find((e) => e.name === 'exo-verdict' && e.pid === nav.pid && e.ts >= nav.ts);
  if (!mark) return null;
  const threads = new Map();
  for (const e of events) {
    if (e.name === 'thread_name' && e.pid === nav.pid) threads.set(e.tid, e.args?.name);
  }
  // CPU of the top-level tasks of one thread inside [from, to], a task cut at the window's
  // edges counted in proportion.
  const cpu = (tid) => {
    let sum = 0;
    for (const e of events) {
      if (e.pid !== nav.pid || e.tid !== tid || e.name !== 'RunTask' || e.ph !== 'X') continue;
      const start = Math.max(e.ts, nav.ts);
      const end = Math.min(e.ts + e.dur, mark.ts);
      if (end <= start || !e.dur) continue;
      sum += (e.tdur ?? 0) * ((end - start) / e.dur);
    }
    return sum;
  };
  let worker = 0;
  for (const [tid, name] of threads) if (name === 'ServiceWorker thread') worker += cpu(tid);
  return { mainCpuMs: ms(cpu(nav.tid)), workerCpuMs: ms(worker), wallMs: ms(mark.ts - nav.ts) };
}

/**
 * The popup's and the floor page's (see shopper.mjs) main-thread CPU to their verdict, with
 * the worker running and stopped first, `runs` times each, on the tab showing `p` (a page
 * with a report). Each: { main, worker, wall } spreads.
 */
export async function measurePopupCpu(context, sw, extId, p, runs) {
  const page = await context.newPage();
  await page.goto(p.url, { waitUntil: 'load', timeout: 60_000 });
  await page.bringToFront();
  await page.waitForTimeout(2500);
  const tabId = await tabIdOf(sw, p.url);
  const popup = `chrome-extension://${extId}/popup.html?tabId=${tabId}`;
  const floor = `chrome-extension://${extId}/bench-floor.html`;
  const stop = () => stopWorker(context, page);
  const out = {};
  for (const [key, url, before] of [
    ['popup', popup, null],
    ['popupWorkerStopped', popup, stop],
    ['floor', floor, null],
    ['floorWorkerStopped', floor, stop],
  ]) {
    const xs = [];
    for (let r = 0; r < runs; r++) xs.push(await pageCpuToVerdict(context, url, before));
    out[key] = {
      main: spread(xs.map((x) => x?.mainCpuMs)),
      worker: spread(xs.map((x) => x?.workerCpuMs)),
      wall: spread(xs.map((x) => x?.wallMs)),
    };
  }
  await page.close();
  return { page: p.name, ...out };
}
