// What the shopper waits for, measured with the built extension at the pages' real URLs:
// DOMContentLoaded → first highlight, popup opened → verdict (and first screen), a cold
// service worker's badge after a report, and the scan CLI. Each figure is the median of
// several runs with its range; the targets are issue #10's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tabIdOf } from '../e2e/harness.mjs';
import { median } from './stats.mjs';

const r0 = (x) => Math.round(x);

/** { median, min, max, n } of the numbers in xs (nulls dropped). */
export function spread(xs) {
  const s = xs.filter((x) => typeof x === 'number');
  return {
    n: s.length,
    median: median(s),
    min: s.length ? Math.min(...s) : null,
    max: s.length ? Math.max(...s) : null,
  };
}

// In the page's main world: when DOMContentLoaded fired and when the first ExoCheck highlight
// appeared (CSS.highlights is one registry per document, seen from every world).
const FIRST_MARK = `window.__exoT = {};
document.addEventListener('DOMContentLoaded', () => { window.__exoT.dcl = performance.now(); }, { once: true });
addEventListener('load', () => { window.__exoT.load = performance.now(); }, { once: true });
(function poll() {
  if (globalThis.CSS && CSS.highlights) for (const [n] of CSS.highlights) if (n.startsWith('exocheck-')) { window.__exoT.mark = performance.now(); return; }
  if (performance.now() < 30000) requestAnimationFrame(poll);
})();`;

/**
 * DOMContentLoaded → first highlight, per page (ms; rAF resolution, ~16 ms); and DOMContentLoaded
 * → the load event, before which Chrome does not inject a document_idle script (unless 200 ms
 * pass first): the part of the wait that is the browser's, not ExoCheck's.
 */
export async function measureFirstHighlight(context, pages, runs) {
  const rows = [];
  for (const p of pages) {
    const xs = [];
    const loads = [];
    for (let r = 0; r < runs; r++) {
      const page = await context.newPage();
      await page.addInitScript(FIRST_MARK);
      await page.goto(p.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const t = await page
        .waitForFunction(() => window.__exoT?.mark !== undefined && window.__exoT, null, {
          timeout: 15_000,
        })
        .then((h) => h.jsonValue())
        .catch(() => null);
      xs.push(t?.dcl !== undefined ? r0(t.mark - t.dcl) : null);
      loads.push(t?.dcl !== undefined && t.load !== undefined ? r0(t.load - t.dcl) : null);
      await page.close();
    }
    rows.push({ page: p.name, url: p.url, ...spread(xs), load: spread(loads) });
  }
  return rows;
}

// In the popup page: when the verdict, the first screen's facts and the details appeared,
// from the popup's navigation start.
const POPUP_MARKS = `window.__marks = {};
(function check() {
  const m = window.__marks;
  if (m.verdict === undefined && document.querySelector('[data-verdict]')) m.verdict = performance.now();
  if (m.first === undefined && document.querySelector('.summary-card dl, .first-screen p')) m.first = performance.now();
  if (m.details === undefined && document.querySelector('.footer')) m.details = performance.now();
  if (m.details === undefined && performance.now() < 30000) requestAnimationFrame(check);
})();`;

/**
 * The floor for the popup: an extension page whose one small module script adds one element
 * (written into the loaded build's directory by `writePopupFloor`), timed like the verdict.
 */
export function writePopupFloor(extDir) {
  writeFileSync(
    path.join(extDir, 'bench-floor.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><script type="module" src="/bench-floor.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(
    path.join(extDir, 'bench-floor.js'),
    "const p = document.createElement('p'); p.dataset.verdict = ''; p.textContent = 'floor'; document.getElementById('root').append(p);\n",
  );
}

/** The floor page opened `runs` times: ms from its start to its one element. */
export async function measurePopupFloor(context, extId, runs) {
  const xs = [];
  for (let r = 0; r < runs; r++) {
    const pop = await context.newPage();
    await pop.setViewportSize({ width: 400, height: 600 });
    await pop.addInitScript(POPUP_MARKS);
    await pop.goto(`chrome-extension://${extId}/bench-floor.html`);
    const v = await pop
      .waitForFunction(
        () => window.__marks?.verdict !== undefined && window.__marks.verdict,
        null,
        {
          timeout: 15_000,
        },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    xs.push(v === null ? null : r0(v));
    await pop.close();
  }
  return spread(xs);
}

/** Stops the extension's service worker (CDP Target.closeTarget), as the browser does when idle. */
export async function stopWorker(context, page) {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos.filter((t) => t.type === 'service_worker')) {
    await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => {});
  }
  await cdp.detach().catch(() => {});
  await page.waitForTimeout(300);
}

/** The popup opened once for `tabId`: its marks (ms from its start), or null. */
async function openPopup(context, extId, tabId) {
  const pop = await context.newPage();
  await pop.setViewportSize({ width: 400, height: 600 });
  await pop.addInitScript(POPUP_MARKS);
  await pop.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  const m = await pop
    .waitForFunction(() => window.__marks?.details !== undefined && window.__marks, null, {
      timeout: 15_000,
    })
    .then((h) => h.jsonValue())
    .catch(() => pop.evaluate(() => window.__marks));
  await pop.close();
  return m;
}

/**
 * Popup opened → verdict, first screen and details, per page (ms from the popup's start), with
 * the worker running; and the verdict with the worker stopped first, which is how a shopper
 * who read the page for more than 30 s finds it.
 */
export async function measurePopup(context, sw, extId, pages, runs) {
  const rows = [];
  const ms = (xs) => spread(xs.map((x) => (typeof x === 'number' ? r0(x) : null)));
  for (const p of pages) {
    const page = await context.newPage();
    await page.goto(p.url, { waitUntil: 'load', timeout: 60_000 });
    await page.bringToFront();
    // The report is stored once the scan is done; the popup reads what is stored.
    await page.waitForTimeout(2500);
    const tabId = await tabIdOf(sw, p.url);
    const warm = [];
    const stopped = [];
    for (let r = 0; r < runs; r++) warm.push(await openPopup(context, extId, tabId));
    for (let r = 0; r < runs; r++) {
      await stopWorker(context, page);
      stopped.push(await openPopup(context, extId, tabId));
    }
    await page.close();
    rows.push({
      page: p.name,
      url: p.url,
      verdict: ms(warm.map((m) => m?.verdict)),
      first: ms(warm.map((m) => m?.first)),
      details: ms(warm.map((m) => m?.details)),
      verdictWorkerStopped: ms(stopped.map((m) => m?.verdict)),
    });
  }
  return rows;
}

const BADGE_LINE =
  /badge set (\d+) ms after the report arrived; worker started (\d+) ms before \(script run at (\d+) ms/;

/**
 * A cold service worker's badge: the worker is stopped (CDP Target.closeTarget), then a
 * product page is opened; the worker's debug log (settings.debug must be on) says how long the
 * badge took after the report arrived, and when the worker's script had run.
 */
export async function measureBadgeCold(context, sw, pages, runs) {
  const lines = [];
  const listen = (w) => w.on('console', (m) => lines.push(m.text()));
  listen(sw);
  context.on('serviceworker', listen);
  const rows = [];
  for (const p of pages) {
    const afterReport = [];
    const scriptRun = [];
    for (let r = 0; r < runs; r++) {
      const page = await context.newPage();
      await stopWorker(context, page);
      const before = lines.length;
      await page.goto(p.url, { waitUntil: 'load', timeout: 60_000 });
      const t0 = Date.now();
      let hit = null;
      while (!hit && Date.now() - t0 < 10_000) {
        hit = lines
          .slice(before)
          .map((l) => BADGE_LINE.exec(l))
          .find(Boolean);
        if (!hit) await page.waitForTimeout(50);
      }
      afterReport.push(hit ? +hit[1] : null);
      scriptRun.push(hit ? +hit[3] : null);
      await page.close();
    }
    rows.push({
      page: p.name,
      url: p.url,
      afterReport: spread(afterReport),
      scriptRun: spread(scriptRun),
    });
  }
  context.off('serviceworker', listen);
  return rows;
}

/**
 * Wall time of the scan CLI, ms per run: through `npm run scan` (what a user types, npm's own
 * start-up included) and as `node scripts/scan.mjs` (what npm runs).
 */
export function measureCli(root, argsList, runs) {
  // One untimed run first: it builds the CLI bundle when the sources changed.
  spawnSync(process.execPath, ['scripts/scan.mjs', ...argsList[0].args], { cwd: root });
  const time = (cmd, args) => {
    const t0 = performance.now();
    const res = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return res.status === 0 ? r0(performance.now() - t0) : null;
  };
  const rows = argsList.map(({ label, args }) => {
    const npm = [];
    const direct = [];
    for (let r = 0; r < runs; r++) {
      npm.push(time('npm', ['run', '-s', 'scan', '--', ...args]));
      direct.push(time(process.execPath, ['scripts/scan.mjs', ...args]));
    }
    return { label, ...spread(npm), direct: spread(direct) };
  });
  // The floors, in the same run: npm running a script that does nothing, and Node starting.
  const dir = mkdtempSync(path.join(tmpdir(), 'exocheck-npm-floor-'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'floor', private: true, scripts: { noop: 'node -e 0' } }),
  );
  const npmFloor = [];
  const nodeFloor = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const res = spawnSync('npm', ['run', '-s', 'noop'], { cwd: dir });
    npmFloor.push(res.status === 0 ? r0(performance.now() - t0) : null);
    nodeFloor.push(time(process.execPath, ['-e', '0']));
  }
  rmSync(dir, { recursive: true, force: true });
  return { rows, floors: { npm: spread(npmFloor), node: spread(nodeFloor) } };
}

/**
 * One verdict row: what, target, the figure that decides and whether it is met (`limit` null:
 * a figure shown for context, with no target).
 */
export function row(what, target, s, limit) {
  const figure =
    s.median === null ? 'not measured' : `${s.median} ms (${s.min}–${s.max}, ${s.n} runs)`;
  if (s.median === null) return { what, target, figure, verdict: '—' };
  if (limit === null) return { what, target, figure, verdict: 'context' };
  return { what, target, figure, verdict: s.median <= limit ? 'met' : 'not met' };
}

/**
 * Context rows from tests/bench/popup-cpu.mjs: main-thread CPU to the verdict, which the
 * machine's load moves far less than the wall times above.
 */
function popupCpuRows(c) {
  if (!c) return [];
  const none = { n: 0, median: null };
  const worker = c.popupWorkerStopped?.worker.median;
  return [
    row(
      `  the popup's main-thread CPU to the verdict (traced, ${c.page}), worker running`,
      '—',
      c.popup?.main ?? none,
      null,
    ),
    row(
      `  the same with the worker stopped first${worker === null || worker === undefined ? '' : ` (the worker's own start in that process: ${worker} ms CPU)`}`,
      '—',
      c.popupWorkerStopped?.main ?? none,
      null,
    ),
    row(
      "  the floor page's main-thread CPU to its element, worker running",
      '—',
      c.floor?.main ?? none,
      null,
    ),
    row('  the same with the worker stopped first', '—', c.floorWorkerStopped?.main ?? none, null),
  ];
}

/** The rows of "what the shopper waits for" from one bench result (see scripts/bench.mjs). */
export function shopperRows(r, worstTaskMs) {
  const sh = r.shopper;
  if (!sh) return [];
  const rows = [
    row(
      'DOMContentLoaded → first highlight (worst page)',
      '≤ 200 ms',
      worst(sh.firstHighlight),
      200,
    ),
    row(
      "  the browser's part: DOMContentLoaded → load event (document_idle injection waits for it)",
      '—',
      worst(sh.firstHighlight.map((p) => p.load ?? { n: 0, median: null })),
      null,
    ),
    row(
      'popup opened → verdict shown (worst page)',
      '≤ 150 ms',
      worst(sh.popup.map((p) => p.verdict)),
      150,
    ),
    row(
      'popup opened with the worker stopped (idle 30 s) → verdict (worst page)',
      '≤ 150 ms',
      worst(sh.popup.map((p) => p.verdictWorkerStopped ?? { n: 0, median: null })),
      150,
    ),
    row(
      '  floor: an extension page whose one script adds one element',
      '—',
      sh.popupFloor ?? { n: 0, median: null },
      null,
    ),
    row(
      '  floor with the worker stopped first, traced (Chrome starts the worker for any extension page)',
      '—',
      sh.popupCpu?.floorWorkerStopped?.wall ?? { n: 0, median: null },
      null,
    ),
    ...popupCpuRows(sh.popupCpu),
    row('popup opened → first screen (worst page)', '—', worst(sh.popup.map((p) => p.first)), null),
    row(
      'popup opened → details and lookup (worst page)',
      '—',
      worst(sh.popup.map((p) => p.details)),
      null,
    ),
    row(
      'cold service worker: report → badge (worst page)',
      '≤ 100 ms',
      worst(sh.badge.map((b) => b.afterReport)),
      100,
    ),
    row(
      'cold service worker: its script run (part of any cold start)',
      '—',
      worst(sh.badge.map((b) => b.scriptRun)),
      null,
    ),
  ];
  if (r.startup) {
    rows.push(
      row(
        'content-script start-up task, cold (worst page)',
        '< 50 ms',
        worst(r.startup.map((x) => ({ ...x.cold.wall, n: x.cold.n }))),
        49.9,
      ),
    );
  }
  if (worstTaskMs !== undefined) {
    rows.push(
      row(
        'longest main-thread task of a scan, cold and warm (CPU time, traced)',
        '≤ 50 ms',
        { n: r.scans?.length ?? 0, median: worstTaskMs, min: worstTaskMs, max: worstTaskMs },
        50,
      ),
    );
  }
  for (const c of sh.cli ?? []) {
    const limit = c.label.startsWith('lookup') ? 500 : 1000;
    rows.push(row(`\`npm run scan\`: ${c.label}`, `≤ ${limit / 1000} s`, c, limit));
    if (c.direct)
      rows.push(row(`  the same without npm (node scripts/scan.mjs)`, '—', c.direct, null));
  }
  if (sh.cliFloors) {
    rows.push(row('  floor: `npm run` of a script that does nothing', '—', sh.cliFloors.npm, null));
    rows.push(row('  floor: `node -e 0`', '—', sh.cliFloors.node, null));
  }
  for (const l of sh.lookup ?? []) rows.push(l);
  return rows;
}

/** The worst page's figures for a list of per-page spreads. */
export function worst(spreads) {
  const measured = spreads.filter((s) => s.median !== null);
  if (measured.length === 0) return { n: 0, median: null, min: null, max: null };
  const w = measured.reduce((a, s) => (s.median > a.median ? s : a));
  return {
    n: measured.reduce((n, s) => n + s.n, 0),
    median: w.median,
    min: Math.min(...measured.map((s) => s.min)),
    max: Math.max(...measured.map((s) => s.max)),
  };
}
