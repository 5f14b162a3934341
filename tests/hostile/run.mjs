// Hostile-page suite: pages built to break ExoCheck (tests/hostile/pages/*.mjs), loaded in
// Debian Chromium with the built extension at product URLs the content script is registered
// for (routing from tests/e2e/harness.mjs: nothing leaves the machine). Every case asserts:
// the page's own scripts all ran, no page error, no payload ran, the layout outside our marks
// is unchanged, nothing from ExoCheck failed (its debug log, errors in its world), no
// network request at all, and the report is right or says it found nothing.
// Prints one line per case, then "N passed, N failed"; exits 1 on any failure.
// `node tests/hostile/run.mjs [--build] [name filter…]`
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, launch, ROOT, tabIdOf } from '../e2e/harness.mjs';
import { focusedKey, readKeys, readMarks, revealMark } from '../e2e/marks.mjs';
import {
  iframeHtml,
  iframeInnerHtml,
  rerenderHtml,
  SPA_B_LIST,
  shadowHtml,
  spaHtml,
} from './pages/app.mjs';
import { CSS_WARS, cssWarHtml, strictCspHtml } from './pages/css.mjs';
import { EXOSOME_NAME, html, LIST_ITEMS, productBlock } from './pages/kit.mjs';
import { reactBundle, reactHtml } from './pages/react.mjs';
import { NEW_NOTE } from './pages/react-text.mjs';
import {
  closedShadowHtml,
  collapsedHtml,
  countdownHtml,
  DISGUISED,
  disguisedHtml,
  editableHtml,
  editableListHtml,
  foreignFrameHtml,
  forgedStartHtml,
  graphHtml,
  inlineListHtml,
  largeStateHtml,
  manyHeadingsHtml,
  manyMarksHtml,
  revealCssHtml,
  rewriteHtml,
  sameUrlHtml,
  siblingCssHtml,
  srcdocHtml,
  throwingSquatHtml,
} from './pages/round2.mjs';
import { antiTamperHtml, prototypesHtml, squatHtml } from './pages/scripts.mjs';
import {
  bigDomHtml,
  deepHtml,
  hugeListTextHtml,
  hugeTextHtml,
  longListHtml,
} from './pages/size.mjs';
import { PAYLOADS, xssHtml } from './pages/xss.mjs';
import { securityProblems } from './security.mjs';

// The UI host is <exocheck-ui-…> with a random suffix (a page cannot squat the name).
const HOST = '[data-exocheck-ui]';
const TIP = `${HOST} [role="tooltip"]`;
const SETTINGS_KEY = 'exocheck-settings';
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const started = Date.now();
const results = [];

const url = (slug) => `https://www.sephora.com/product/hostile-${slug}-P${1000 + slug.length}`;
const FRAME_URL = 'https://www.sephora.com/hostile/frame-inner.html';
const REACT_URL = 'https://www.sephora.com/hostile/react-app.js';
const FOREIGN_FRAME_URL = 'https://content.syndication.example/sephora/details.html';

const longList = longListHtml(5000);
const longerList = longListHtml(20_000);
const PAGES = {
  'big-dom': bigDomHtml(100_000),
  'huge-text': hugeTextHtml(1_000_000),
  'huge-list-text': hugeListTextHtml(1_000_000),
  'long-list': longList.html,
  'longer-list': longerList.html,
  deep: deepHtml(2000),
  xss: xssHtml(),
  ...Object.fromEntries(CSS_WARS.map((k) => [`css-${k}`, cssWarHtml(k)])),
  'strict-csp': strictCspHtml(),
  prototypes: prototypesHtml(),
  'anti-tamper': antiTamperHtml(),
  squat: squatHtml(),
  spa: spaHtml({ urlA: url('spa'), urlB: url('spa-b') }),
  rerender: rerenderHtml(),
  shadow: shadowHtml(),
  iframe: iframeHtml({ frameUrl: FRAME_URL }),
  'forged-start': forgedStartHtml(),
  'squat-throw': throwingSquatHtml(),
  'reveal-css': revealCssHtml(),
  'sibling-css': siblingCssHtml(),
  collapsed: collapsedHtml(),
  'many-headings': manyHeadingsHtml(10_000),
  'closed-shadow': closedShadowHtml(),
  srcdoc: srcdocHtml(),
  'inline-list': inlineListHtml(),
  'same-url': sameUrlHtml(),
  rewrite: rewriteHtml(),
  graph: graphHtml({ pageUrl: url('graph') }),
  'large-state': largeStateHtml({ pageUrl: url('large-state') }),
  'large-state-only': largeStateHtml({ pageUrl: url('large-state-only'), list: false }),
  'foreign-frame': foreignFrameHtml({ frameUrl: FOREIGN_FRAME_URL }),
  editable: editableHtml(),
  'editable-only': editableHtml({ productList: false }),
  'editable-list': editableListHtml(),
  disguised: disguisedHtml(),
  countdown: countdownHtml(),
  'many-marks': manyMarksHtml(),
  react: reactHtml({ scriptUrl: REACT_URL }),
  'busy-worker': html({ title: 'Busy worker', body: productBlock({ title: 'Busy Worker Serum' }) }),
  'site-off': html({ title: 'Switch off', body: productBlock({ title: 'Switch Off Serum' }) }),
};
const served = Object.fromEntries(Object.entries(PAGES).map(([k, v]) => [url(k), { html: v }]));
served[FRAME_URL] = { html: iframeInnerHtml() };
served[FOREIGN_FRAME_URL] = { html: iframeInnerHtml() };
served['https://ads.example.net/slot'] = { html: '<!doctype html><p>Ad</p>' };
served[REACT_URL] = { html: reactBundle(), contentType: 'text/javascript; charset=utf-8' };
served[url('spa-b')] = { html: PAGES.spa }; // a reload on B's URL serves the same app
/** Pages ExoCheck must not even be injected into: a shop's home and search, another shop. */
const LEAVE_ALONE = [
  'https://www.sephora.com/',
  'https://www.sephora.com/search?keyword=exosome',
  'https://shop.example.org/products/exosome-serum',
];
for (const u of LEAVE_ALONE) served[u] = { html: PAGES.xss };

ensureBuilt({ force: args.includes('--build') });
const h = await launch({ pages: served });
const { context, sw, extId } = h;
console.log(`# extension ${extId}, ${Object.keys(served).length} hostile pages`);

async function setSettings(value) {
  await sw.evaluate(([key, v]) => chrome.storage.local.set({ [key]: v }), [SETTINGS_KEY, value]);
}
// Debug on: ExoCheck's own log tells when a scan is done and whether any step failed.
await setSettings({ debug: true });

const reportFor = (u) =>
  sw.evaluate(async (target) => {
    const all = await chrome.storage.session.get(null);
    return (
      Object.entries(all).find(
        ([k, r]) => k.startsWith('exocheck-report:') && r?.url === target,
      )?.[1] ?? null
    );
  }, u);

/** What a user sees on an extension page: rendered text (innerText), not textContent. */
function visibleText(p) {
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here.
  return p.evaluate(() => document.body.innerText);
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

async function waitFor(fn, what, timeout = 15_000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A page under observation: every console message and exception from every world (over CDP,
 * which sees the extension's isolated world too), and a pristine isolated world of our own for
 * DOM reads, so pages that redefine built-ins cannot fool the checks.
 */
async function open(slug, { go = true } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds = new Map();
  const log = [];
  const ours = [];
  const exceptions = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.set(c.id, c));
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const c = worlds.get(e.executionContextId);
    const text = e.args.map((a) => a.value ?? a.description ?? a.type).join(' ');
    const entry = { type: e.type, text, world: worldName(c) };
    log.push(entry);
    if (entry.world === 'exocheck' && text.startsWith('[ExoCheck]')) ours.push(text);
  });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    const c = worlds.get(d.executionContextId);
    exceptions.push({ world: worldName(c), text: d.exception?.description ?? d.text });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Page.enable');
  const blockedBefore = h.blocked.length;
  if (go) await page.goto(url(slug), { waitUntil: 'load' });
  const o = {
    page,
    cdp,
    log,
    ours,
    exceptions,
    blockedBefore,
    /** Evaluates in the page's main world; values come back through CDP, not page JS. */
    async main(expression) {
      const r = await cdp.send('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails)
        throw new Error(`main world: ${r.exceptionDetails.exception?.description}`);
      return r.result.value;
    },
    /** Evaluates in a fresh isolated world of ours (pristine built-ins, same DOM). */
    async dom(fn, arg) {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'hostile-check',
      });
      const r = await cdp.send('Runtime.evaluate', {
        expression: `(${fn})(${JSON.stringify(arg ?? null)})`,
        contextId: executionContextId,
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails)
        throw new Error(`check world: ${r.exceptionDetails.exception?.description}`);
      return r.result.value;
    },
    /** Waits for ExoCheck's n-th finished scan (its debug log: report or no-list reply). */
    async scanned(n = 1, timeout = 20_000) {
      await waitFor(
        () => scansDone(o) >= n,
        `scan #${n} to finish (log: ${o.ours.slice(-3).join(' | ')})`,
        timeout,
      );
    },
  };
  return o;
}

function worldName(c) {
  if (!c) return 'unknown';
  if (c.auxData?.type === 'isolated')
    return c.origin === `chrome-extension://${extId}` ? 'exocheck' : c.name;
  return 'main';
}

const scansDone = (o) =>
  o.ours.filter((t) => /^\[ExoCheck\] (report|no-list) (reply|not delivered)/.test(t)).length;
const scansStarted = (o) => o.ours.filter((t) => /^\[ExoCheck\] scan /.test(t)).length;

/** The checks every case makes once ExoCheck is done with the page. */
async function common(o, { layout = true, requests = true } = {}) {
  const state = JSON.parse(await o.main('window.__state()'));
  const p = state.page;
  assert(
    p.ran && p.end,
    `page scripts did not all run: ${JSON.stringify({ ran: p.ran, end: p.end })}`,
  );
  assert(p.errors.length === 0, `page errors: ${p.errors.join(' | ')}`);
  assert(p.xss.length === 0, `payloads ran in the page: ${p.xss.join(', ')}`);
  const failed = o.ours.filter((t) => /\bfailed\b|not delivered|not requested/.test(t));
  assert(failed.length === 0, `ExoCheck logged failures: ${failed.join(' | ')}`);
  const ourErrors = [
    ...o.log.filter((l) => l.world === 'exocheck' && (l.type === 'error' || l.type === 'warning')),
    ...o.exceptions.filter((e) => e.world === 'exocheck'),
  ];
  assert(ourErrors.length === 0, `errors in ExoCheck's world: ${JSON.stringify(ourErrors)}`);
  const pageErrors = o.log.filter((l) => l.world === 'main' && l.type === 'error');
  const pageExceptions = o.exceptions.filter((e) => e.world === 'main');
  assert(
    pageErrors.length + pageExceptions.length === 0,
    `console errors in the page: ${JSON.stringify([...pageErrors, ...pageExceptions])}`,
  );
  if (requests) {
    const reqs = h.blocked.slice(o.blockedBefore);
    assert(reqs.length === 0, `network requests: ${JSON.stringify(reqs.slice(0, 5))}`);
  }
  if (layout) {
    assert(
      p.marksAtSnapshot === 0,
      `the load-time layout snapshot already had ${p.marksAtSnapshot} marks`,
    );
    const moved = Object.keys(p.boxes).filter(
      (k) => JSON.stringify(p.boxes[k]) !== JSON.stringify(state.boxes[k]),
    );
    assert(
      moved.length === 0,
      `layout changed: ${moved.map((k) => `${k} ${JSON.stringify(p.boxes[k])}→${JSON.stringify(state.boxes[k])}`).join('; ')}`,
    );
  }
  return state;
}

/**
 * ExoCheck's marks, one per finding, read from a pristine world: they are highlights (ranges
 * in CSS.highlights under "exocheck-<random>-<kind>"), not elements.
 */
function findings(o) {
  return o.dom(readMarks);
}

/** The report holds the exosome-type ingredient, and the page shows its mark. */
async function expectExosome(o, u, { items = LIST_ITEMS.length } = {}) {
  const count = (r) => r.ingredientLists.reduce((s, l) => s + l.ingredients.length, 0);
  const report = await waitFor(() => reportFor(u), 'the report');
  assert(report.exosome.verdict === 'ingredient', `verdict ${report.exosome.verdict}`);
  assert(
    report.exosome.ingredients.some((i) => i.text === EXOSOME_NAME),
    `exosome findings: ${JSON.stringify(report.exosome.ingredients.map((i) => i.text))}`,
  );
  const n = count(report);
  if (items !== null) assert(n === items, `${n} ingredients reported, expected ${items}`);
  const f = await findings(o);
  assert(
    f.some((x) => x.kind === 'exosome' && x.text === EXOSOME_NAME),
    `no exosome mark: ${JSON.stringify(f.slice(0, 5))}`,
  );
  return report;
}

/** Either a correct report or none at all ("found nothing"); never a wrong one. */
async function expectExosomeOrNothing(o, u) {
  const report = await reportFor(u);
  if (report === null || report.ingredientLists.length === 0) return 'found nothing';
  await expectExosome(o, u, { items: null });
  return 'found the list';
}

/** The verdict text the popup shows for the tab holding `u`. */
async function popupVerdict(u) {
  const tabId = await tabIdOf(sw, u);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  const verdict = await popup.locator('.verdict').first().textContent({ timeout: 10_000 });
  await popup.close();
  return verdict ?? '';
}

/** Moves the pointer onto the first mark of a kind (and holding `text`); returns its box. */
async function hoverMark(o, kind, text = null) {
  await o.page.bringToFront();
  const box = await o.dom(revealMark, [kind, text]);
  assert(box, `no ${kind} mark${text ? ` with ${text}` : ''} to hover`);
  await o.page.mouse.move(1, 1);
  await o.page.mouse.move(box[0] + Math.min(box[2] / 2, 20), box[1] + box[3] / 2, { steps: 3 });
  return box;
}

/** Hovers the exosome mark; the tooltip must look and sit right, on top of everything. */
async function checkTooltip(o, kind = 'exosome') {
  const markBox = await hoverMark(o, kind);
  const tip = o.page.locator(TIP);
  await tip.waitFor({ state: 'visible', timeout: 5000 });
  const geo = await o.dom(
    ([hostSel]) => {
      const host = document.querySelector(hostSel);
      const t = host?.shadowRoot?.querySelector('[role="tooltip"]');
      if (!t) return null;
      const b = t.getBoundingClientRect();
      const cs = getComputedStyle(t);
      const top = document.elementFromPoint(b.x + b.width / 2, b.y + Math.min(b.height / 2, 20));
      return {
        tip: [b.x, b.y, b.width, b.height],
        font: cs.fontSize,
        family: cs.fontFamily,
        display: cs.display,
        visibility: cs.visibility,
        onTop: top === host,
        vw: innerWidth,
        vh: innerHeight,
        text: t.textContent,
      };
    },
    [HOST],
  );
  if (geo) geo.mark = markBox;
  assert(geo, 'mark or tooltip missing');
  const [mx, my, mw, mh] = geo.mark;
  const [tx, ty, tw, th] = geo.tip;
  assert(geo.font === '13px', `tooltip font-size ${geo.font}`);
  assert(tw > 100 && tw <= 322, `tooltip width ${tw}`);
  assert(th > 30, `tooltip height ${th}`);
  assert(
    tx >= 0 && ty >= 0 && tx + tw <= geo.vw && ty + th <= geo.vh,
    `tooltip off screen: ${geo.tip}`,
  );
  const above = Math.abs(ty + th + 8 - my) <= 2;
  const below = Math.abs(ty - (my + mh + 8)) <= 2;
  assert(above || below, `tooltip not next to its mark: tip ${geo.tip}, mark ${geo.mark}`);
  assert(
    tx <= mx + mw && tx + tw >= mx,
    `tooltip not over its mark horizontally: tip ${geo.tip}, mark ${geo.mark}`,
  );
  assert(geo.onTop, 'something covers the tooltip');
  await o.page.mouse.move(1, 1);
  return geo;
}

/** A case that neither passes nor fails within this long fails. */
const CASE_TIMEOUT_MS = 120_000;

async function test(name, fn) {
  if (only.length && !only.some((x) => name.includes(x))) return;
  const t0 = Date.now();
  let o = null;
  let timer = null;
  try {
    const run = fn((slug, opts) => {
      const p = open(slug, opts);
      p.then(
        (v) => {
          o = v;
        },
        () => {},
      );
      return p;
    });
    const note = await Promise.race([
      run,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), CASE_TIMEOUT_MS);
      }),
    ]);
    results.push(true);
    console.log(`ok   ${name} (${Date.now() - t0} ms)${note ? ` — ${note}` : ''}`);
  } catch (err) {
    results.push(false);
    console.log(`FAIL ${name}: ${err?.message ?? err}`);
    if (o && process.env.HOSTILE_VERBOSE) console.log(o.ours.join('\n'));
  } finally {
    clearTimeout(timer);
    await o?.page.close().catch(() => {});
  }
}

// A suite that stops early (the event loop running dry on a promise that never settles) must
// not look like a pass to scripts/test-all.mjs: say so and count it as a failure.
let finished = false;
process.on('exit', (code) => {
  if (finished) return;
  const passed = results.filter(Boolean).length;
  console.log('FAIL the hostile suite stopped before its last case');
  console.log(`${passed} passed, ${results.length - passed + 1} failed`);
  process.exitCode = code || 1;
});
process.on('unhandledRejection', (err) => {
  console.log(`# unhandled rejection: ${err?.stack ?? err}`);
});

// ---------------------------------------------------------------- size

await test('100,000 nodes: list found, page intact', async (openCase) => {
  const o = await openCase('big-dom');
  await o.scanned(1, 40_000);
  const nodes = await o.dom(
    () =>
      document.querySelectorAll('*').length +
      document.evaluate('count(//text())', document, null, 1, null).numberValue,
  );
  assert(nodes >= 100_000, `only ${nodes} nodes`);
  await common(o);
  await expectExosome(o, url('big-dom'));
  return `${nodes} nodes`;
});

await test('a 1 MB text node next to the product: list found, page intact', async (openCase) => {
  const o = await openCase('huge-text');
  await o.scanned();
  await common(o);
  await expectExosome(o, url('huge-text'));
});

await test('a 1 MB ingredient-like text node: no crash, page intact', async (openCase) => {
  const o = await openCase('huge-list-text');
  await o.scanned(1, 40_000);
  await common(o);
  const report = await reportFor(url('huge-list-text'));
  const n = report ? report.ingredientLists.reduce((s, l) => s + l.ingredients.length, 0) : 0;
  return report
    ? `${report.ingredientLists.length} list(s), ${n} items, verdict ${report.exosome.verdict}`
    : 'found nothing';
});

await test('a 5,000-item ingredient list: every item reported, exosome marked', async (openCase) => {
  const o = await openCase('long-list');
  await o.scanned(1, 40_000);
  await common(o);
  await expectExosome(o, url('long-list'), { items: longList.count });
  return `${longList.count} items`;
});

await test('a 20,000-item list: the first 5,000 reported, and the report and popup say the list was cut', async (openCase) => {
  const o = await openCase('longer-list');
  await o.scanned(1, 60_000);
  await common(o);
  const u = url('longer-list');
  const report = await expectExosome(o, u, { items: 5000 });
  assert(report.ingredientLists[0]?.truncated === true, 'the report does not say the list was cut');
  const verdict = await popupVerdict(u);
  assert(
    /longer than ExoCheck reads: only its first 5000 items were read/.test(verdict ?? ''),
    `verdict: ${verdict}`,
  );
  return `${longerList.count} items on the page, 5000 read, said so`;
});

await test('markup nested 2,000 levels deep: list found, page intact', async (openCase) => {
  const o = await openCase('deep');
  await o.scanned();
  const state = await common(o);
  assert(state.page.depth > 2000, `depth ${state.page.depth}`);
  return `${await expectExosomeOrNothing(o, url('deep'))} at depth ${state.page.depth}`;
});

// ---------------------------------------------------------------- injection

await test('markup, script, javascript: URLs, entities, RTL and zero-width text stay text (page, tooltip, popup)', async (openCase) => {
  const o = await openCase('xss');
  await o.scanned();
  await common(o);
  const report = await waitFor(() => reportFor(url('xss')), 'the report');
  const texts = report.ingredientLists.flatMap((l) => l.ingredients.map((i) => i.text));
  assert(
    texts.some((t) => t.includes('<img')),
    `payload items reported as text: ${JSON.stringify(texts)}`,
  );
  // Nothing new in the page's DOM but the UI host and the marks' style.
  const foreign = await o.dom(() =>
    [...document.querySelectorAll('img, script:not([nonce]), svg, iframe, style, a[href]')]
      .filter((e) => e.id !== 'exocheck-mark-style' && !e.closest('head'))
      .filter((e) => !(e.tagName === 'SCRIPT' && e.textContent.includes('__page')))
      .map((e) => e.outerHTML.slice(0, 80)),
  );
  assert(foreign.length === 0, `elements appeared in the page: ${foreign.join(' | ')}`);
  const marked = (await findings(o)).map((f) => f.text);
  assert(
    marked.some((t) => t.includes('Exosomes')),
    `payload exosome item marked: ${JSON.stringify(marked)}`,
  );
  // Tooltip on the payload-carrying exosome item: the payload is its text, not its markup.
  await hoverMark(o, 'exosome', 'Exosomes');
  await o.page.locator(TIP).waitFor({ state: 'visible', timeout: 5000 });
  const tip = await o.dom((hostSel) => {
    const t = document.querySelector(hostSel).shadowRoot.querySelector('[role="tooltip"]');
    return {
      text: t.textContent,
      tags: [...t.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
    };
  }, HOST);
  assert(
    tip.text.includes(PAYLOADS.img),
    `tooltip text lacks the payload as text: ${tip.text.slice(0, 200)}`,
  );
  assert(
    !tip.tags.some((t) => ['img', 'script', 'svg', 'iframe', 'a', 'style'].includes(t)),
    `tooltip elements: ${tip.tags}`,
  );
  await o.page.mouse.move(1, 1);
  // Claim tooltip: its note lists the exosome names, payload included.
  await hoverMark(o, 'claim');
  await o.page.locator(TIP).waitFor({ state: 'visible', timeout: 5000 });
  await o.page.mouse.move(1, 1);
  // Popup for the tab.
  const tabId = await tabIdOf(sw, url('xss'));
  const popup = await context.newPage();
  const popupErrors = [];
  popup.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') popupErrors.push(m.text());
  });
  popup.on('pageerror', (e) => popupErrors.push(String(e)));
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await waitFor(async () => /Human Adipose/.test(await visibleText(popup)), 'the popup report');
  // The details (the full list among them) come with the knowledge chunk, after the first screen.
  await popup.locator('.footer').waitFor({ timeout: 10_000 });
  // Open every disclosure, so the full list is rendered too.
  await popup.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  const popText = await visibleText(popup);
  const pop = await popup.evaluate(() => ({
    bad: [
      ...document.querySelectorAll(
        'img, iframe, svg, script:not([src]), a[href^="javascript:"], style',
      ),
    ]
      .filter((e) => !(e.tagName === 'svg' && e.closest('[aria-hidden="true"]')))
      .map((e) => e.outerHTML.slice(0, 80)),
    xss: typeof window.__xss,
  }));
  await popup.close();
  assert(pop.bad.length === 0, `popup elements from page text: ${pop.bad.join(' | ')}`);
  assert(
    popText.includes(PAYLOADS.img) || popText.includes('<img'),
    'popup shows the payload as text',
  );
  assert(popText.includes('Carbomer &lt'), 'entity-shaped text shown as written, not decoded');
  assert(popupErrors.length === 0, `popup errors: ${popupErrors.join(' | ')}`);
  const after = JSON.parse(await o.main('window.__state()'));
  assert(after.page.xss.length === 0, `payloads ran: ${after.page.xss}`);
  assert(
    h.fromExtension.length === 0,
    `requests from the extension: ${JSON.stringify(h.fromExtension)}`,
  );
  assert(
    h.blocked.slice(o.blockedBefore).length === 0,
    `requests: ${JSON.stringify(h.blocked.slice(o.blockedBefore))}`,
  );
});

// ---------------------------------------------------------------- CSS

for (const kind of CSS_WARS) {
  await test(`page CSS at war (${kind}): layout unchanged, tooltip looks and sits right`, async (openCase) => {
    const o = await openCase(`css-${kind}`);
    await o.scanned();
    await common(o);
    await expectExosome(o, url(`css-${kind}`));
    const geo = await checkTooltip(o);
    return `tooltip ${geo.tip.map(Math.round).join(',')}`;
  });
}

await test("a page CSP without 'unsafe-inline': marks and tooltip still work", async (openCase) => {
  const o = await openCase('strict-csp');
  await o.scanned();
  await common(o);
  await expectExosome(o, url('strict-csp'));
  // The marks' style is a <style> ExoCheck adds: the page's CSP must not keep it from applying.
  const { rules, kinds } = await o.dom(() => ({
    rules: [...(document.getElementById('exocheck-mark-style')?.sheet?.cssRules ?? [])].filter(
      (r) => r.cssText.includes('::highlight(exocheck-'),
    ).length,
    kinds: [...CSS.highlights].filter(([n, h]) => n.startsWith('exocheck-') && h.size > 0).length,
  }));
  // One rule per kind of mark on the page, and the forced-colours block.
  assert(kinds > 0 && rules === kinds + 1, `${rules} highlight rules applied for ${kinds} kinds`);
  await checkTooltip(o);
  return `${rules} highlight rules applied`;
});

// ---------------------------------------------------------------- page scripts

await test('redefined Array.prototype.map, JSON.parse, MutationObserver, customElements.define …, frozen body: nothing changes for us', async (openCase) => {
  const o = await openCase('prototypes');
  await o.scanned();
  const state = await common(o);
  assert(state.page.sabotaged, 'the sabotage script ran');
  await expectExosome(o, url('prototypes'));
  await checkTooltip(o);
});

await test('a page that strips every foreign node: bounded re-scans, no loop, page intact', async (openCase) => {
  const o = await openCase('anti-tamper');
  await o.scanned();
  await o.page.waitForTimeout(6000);
  const state = await common(o, { layout: false });
  const scans = scansStarted(o);
  assert(scans <= 12, `${scans} scans: runaway loop`);
  const report = await reportFor(url('anti-tamper'));
  assert(report?.exosome.verdict === 'ingredient', 'the report survives');
  return `${scans} scans, ${state.page.rounds} page counter-attacks`;
});

await test('a page that squats <exocheck-ui>: marks, report and tooltip still work, no error', async (openCase) => {
  const o = await openCase('squat');
  await o.scanned();
  await o.page.waitForTimeout(300);
  const state = await common(o);
  await expectExosome(o, url('squat'));
  await checkTooltip(o);
  const hosts = await o.dom(
    (sel) => [...document.querySelectorAll(sel)].map((e) => e.localName),
    HOST,
  );
  assert(hosts.length === 1, `hosts: ${hosts}`);
  return `host <${hosts[0]}>, page constructor ran ${state.page.squatted ?? 0} time(s)`;
});

// ---------------------------------------------------------------- round 2: the page against ExoCheck

await test('a page that forges WXT\'s "content script started" event cannot stop ExoCheck, and hears nothing from it', async (openCase) => {
  const o = await openCase('forged-start');
  await o.scanned();
  const u = url('forged-start');
  await expectExosome(o, u);
  const name = await o.main(`window.__forgeStart(${JSON.stringify(extId)})`);
  await o.page.waitForTimeout(300);
  // Still alive: a change to the list is scanned, reported and marked.
  await o.main("window.__addItem('Copper Tripeptide-1')");
  await o.scanned(2);
  const report = await waitFor(async () => {
    const r = await reportFor(u);
    return r && r.ingredientLists[0]?.ingredients.length === LIST_ITEMS.length + 1 ? r : null;
  }, 'the report after the forged event');
  assert(report.exosome.verdict === 'ingredient', `verdict ${report.exosome.verdict}`);
  const f = await findings(o);
  assert(
    f.some((x) => x.kind === 'confounder' && x.text === 'Copper Tripeptide-1'),
    `the new item is not marked: ${JSON.stringify(f.slice(0, 12))}`,
  );
  await checkTooltip(o);
  const state = await common(o, { layout: false });
  const leaks = state.page.messages.filter(
    (m) => m.includes(extId) || m.includes('wxt') || m.includes('exocheck'),
  );
  // The page's own forged postMessage echoes back to it; anything else is ExoCheck talking.
  const ours = leaks.filter((m) => !m.includes('forged-by-page'));
  assert(ours.length === 0, `ExoCheck posted to the page: ${ours.join(' | ')}`);
  return `forged ${name.slice(0, 12)}…, still scanning; ${state.page.messages.length} page message(s), none from ExoCheck`;
});

await test('a page whose <exocheck-ui> constructor throws: no error in the page, tooltip works', async (openCase) => {
  const o = await openCase('squat-throw');
  await o.scanned();
  await o.page.waitForTimeout(300);
  const state = await common(o);
  await expectExosome(o, url('squat-throw'));
  await checkTooltip(o);
  assert(!state.page.thrown, `the page's constructor ran ${state.page.thrown} time(s)`);
});

await test("page CSS that reveals hidden spans and styles body's last child: ExoCheck adds nothing visible, layout unchanged", async (openCase) => {
  const o = await openCase('reveal-css');
  await o.scanned();
  await checkTooltip(o);
  await common(o);
  const shown = await o.dom((hostSel) => {
    const out = [];
    for (const el of document.querySelectorAll('[data-exocheck-ui]')) {
      if (el.matches(hostSel)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 || r.height > 0 || el.getClientRects().length > 0)
        out.push(el.outerHTML.slice(0, 80));
    }
    const last = document.body.lastElementChild;
    return { out, last: last?.getAttribute('data-probe') ?? last?.localName };
  }, HOST);
  assert(shown.out.length === 0, `visible ExoCheck elements: ${shown.out.join(' | ')}`);
  return `body's last child: <${shown.last}>`;
});

await test('sibling-sensitive page CSS in the list (:first-child, +, :nth-child): marks change no layout', async (openCase) => {
  const o = await openCase('sibling-css');
  await o.scanned();
  await waitFor(() => reportFor(url('sibling-css')), 'the report');
  await o.page.waitForTimeout(300); // marking follows the report
  // The layout check compares every probed box (the <b> items included) with the load-time one.
  await common(o);
  await expectExosome(o, url('sibling-css'));
  const f = await findings(o);
  assert(
    f.some((x) => x.text === 'Niacinamide'),
    `the item inside the page's <b> element not marked: ${JSON.stringify(f.map((x) => x.text))}`,
  );
  return `${f.length} marks, layout unchanged`;
});

await test('marks in a collapsed panel take no tab stop until the panel opens', async (openCase) => {
  const o = await openCase('collapsed');
  await o.scanned();
  await common(o, { layout: false });
  await expectExosome(o, url('collapsed'));
  const keys = () => o.dom(readKeys, HOST);
  await waitFor(async () => (await keys()).length > 0, 'the keys');
  assert(
    (await keys()).every((k) => k.hidden),
    `keys of hidden marks: ${JSON.stringify(await keys())}`,
  );
  // Tab through the whole page and back: focus never lands on a mark's key.
  await o.page.bringToFront();
  for (let i = 0; i < 6; i++) {
    await o.page.keyboard.press('Tab');
    assert((await o.dom(focusedKey, HOST)) === null, 'Tab reached a hidden mark');
  }
  // The shopper opens the panel: now the marks are reachable, and focus opens the tooltip.
  await o.page.locator('[aria-controls="ing-panel"]').click();
  await waitFor(async () => (await keys()).some((k) => !k.hidden), 'the keys to show');
  let focused = null;
  for (let i = 0; i < 12 && !focused; i++) {
    await o.page.keyboard.press('Tab');
    focused = await o.dom(focusedKey, HOST);
  }
  assert(focused, 'no mark key reached after opening the panel');
  await o.page.locator(TIP).waitFor({ state: 'visible', timeout: 5000 });
  return `reached "${focused}"`;
});

await test('an ingredient list in a contenteditable editor and a textarea: never marked, saved HTML clean', async (openCase) => {
  const o = await openCase('editable');
  await o.scanned();
  await common(o);
  const report = await expectExosome(o, url('editable'));
  assert(
    report.ingredientLists.length === 1,
    `${report.ingredientLists.length} lists: the editor was read as one`,
  );
  const inEditor = (await findings(o)).filter((m) => m.editable).length;
  assert(inEditor === 0, `${inEditor} marks inside editable content`);
  const saved = await o.main('window.__saved()');
  assert(
    !/exocheck|<mark/i.test(saved),
    `the editor's HTML carries ExoCheck markup: ${saved.slice(0, 120)}`,
  );
  // Typing into the editor keeps the user's text exactly.
  await o.page.locator('[data-editor]').click();
  await o.page.keyboard.press('Control+End');
  await o.page.keyboard.type(', Squalane');
  const text = await o.main("document.querySelector('[data-editor] p').textContent");
  assert(text.endsWith('Ethylhexylglycerin, Squalane'), `editor text: …${text.slice(-60)}`);
});

await test('the product list itself made editable in place: reported, never marked, typing intact', async (openCase) => {
  const o = await openCase('editable-list');
  await o.scanned();
  await common(o);
  const report = await waitFor(() => reportFor(url('editable-list')), 'the report');
  assert(report.exosome.verdict === 'ingredient', `verdict ${report.exosome.verdict}`);
  const marks = (await findings(o)).length;
  assert(marks === 0, `${marks} marks inside the editable list`);
  await o.page.locator('[data-probe="list"]').click();
  await o.page.keyboard.press('Control+End');
  await o.page.keyboard.type(', Squalane');
  const listHtml = await o.main("document.querySelector('[data-probe=list]').innerHTML");
  assert(
    listHtml.endsWith('Ethylhexylglycerin, Squalane') && !/<mark/i.test(listHtml),
    `list HTML: …${listHtml.slice(-80)}`,
  );
});

await test("a list only in a review editor is the shopper's text, not the product's: not read, not marked", async (openCase) => {
  const o = await openCase('editable-only');
  await o.scanned();
  await common(o);
  const marks = (await findings(o)).length;
  assert(marks === 0, `${marks} marks`);
  const report = await reportFor(url('editable-only'));
  const lists = report?.ingredientLists.length ?? 0;
  assert(lists === 0, `the editor's text was read as ${lists} list(s)`);
  const saved = await o.main('window.__saved()');
  assert(
    !/exocheck|<mark/i.test(saved),
    `the editor's HTML carries ExoCheck markup: ${saved.slice(0, 120)}`,
  );
});

await test('turning the site off after marking: the marks go and the badge clears (keyed by tab id)', async (openCase) => {
  const o = await openCase('site-off');
  await o.scanned();
  const u = url('site-off');
  await expectExosome(o, u);
  const tabId = await tabIdOf(sw, u);
  const badge = () =>
    sw.evaluate(async (id) => {
      const [text, title] = await Promise.all([
        chrome.action.getBadgeText({ tabId: id }),
        chrome.action.getTitle({ tabId: id }),
      ]);
      return { text, title };
    }, tabId);
  assert((await badge()).text === '1', `badge before: ${JSON.stringify(await badge())}`);
  try {
    await setSettings({ debug: true, disabledSites: ['www.sephora.com'] });
    await waitFor(async () => (await findings(o)).length === 0, 'the marks to go');
    const after = await waitFor(async () => {
      const b = await badge();
      return b.text === '' ? b : null;
    }, 'the badge to clear');
    assert(/off/i.test(after.title), `badge title: ${after.title}`);
  } finally {
    await setSettings({ debug: true });
  }
  await common(o, { layout: false });
});

await test('names disguised with zero-width joiners and Cyrillic look-alikes: matched, marked, and the shopper is told', async (openCase) => {
  const o = await openCase('disguised');
  await o.scanned();
  await common(o);
  const report = await waitFor(() => reportFor(url('disguised')), 'the report');
  const got = report.exosome.ingredients.map((f) => [
    f.text,
    f.entryId,
    (f.disguised ?? []).join(),
  ]);
  assert(
    JSON.stringify(got) ===
      JSON.stringify([
        [DISGUISED.invisible, 'exosomes-unspecified', 'invisible'],
        [DISGUISED.lookAlike, 'human-adipocyte-conditioned-media-extract', 'look-alike'],
      ]),
    `exosome findings: ${JSON.stringify(got)}`,
  );
  const f = await findings(o);
  for (const name of Object.values(DISGUISED)) {
    assert(
      f.some((x) => x.kind === 'exosome' && x.text === name),
      `no exosome mark on ${JSON.stringify(name)}: ${JSON.stringify(f)}`,
    );
  }
  const geo = await checkTooltip(o);
  assert(
    /Disguised name: The label writes this name with invisible characters/.test(geo.text),
    `tooltip: ${geo.text.slice(0, 200)}`,
  );
});

await test('a 10 ms countdown in the product description: the report arrives, scans stay bounded', async (openCase) => {
  const o = await openCase('countdown');
  const u = url('countdown');
  const report = await waitFor(() => reportFor(u), 'the report while the countdown runs', 20_000);
  assert(report.exosome.verdict === 'ingredient', `verdict ${report.exosome.verdict}`);
  await o.page.waitForTimeout(7000); // the countdown's whole run
  const ticks = await o.main('window.__ticks');
  const started = scansStarted(o);
  const dropped = o.ours.filter((t) => /changed during the scan/.test(t)).length;
  assert(started <= 12, `${started} scans started for ${ticks} countdown ticks`);
  assert(dropped <= 3, `${dropped} scans dropped as "changed during the scan"`);
  await common(o, { layout: false });
  await expectExosome(o, u);
  return `${ticks} ticks, ${started} scans, ${dropped} dropped`;
});

await test('a page opened while the worker is busy: every acknowledged report is stored and readable', async (openCase) => {
  const u = url('busy-worker');
  const lost = [];
  for (let round = 1; round <= 3; round++) {
    const o = await openCase('busy-worker', { go: false });
    // Another tab's work keeps the service worker's thread busy while this page loads and
    // reports: the tab's "loading" event and the report then wait in the same queue.
    const busy = busyWorker();
    await o.page.goto(u, { waitUntil: 'load' });
    await busy;
    await o.scanned();
    const acked = o.ours.some((t) => /^\[ExoCheck\] report reply/.test(t));
    await o.page.waitForTimeout(500);
    const stored = await reportFor(u);
    if (acked && !stored) lost.push(round);
    await o.page.close();
  }
  assert(lost.length === 0, `acknowledged but not stored in round(s) ${lost.join(', ')}`);
  return '3 of 3 stored';
});

await test('a list of 5,200 inline elements, the exosome name split over five, opened while the worker is busy: reported and marked', async (openCase) => {
  const o = await openCase('inline-list', { go: false });
  const busy = busyWorker();
  await o.page.goto(url('inline-list'), { waitUntil: 'load' });
  await busy;
  await o.scanned(1, 60_000);
  await common(o, { layout: false });
  const report = await expectExosome(o, url('inline-list'), { items: null });
  const n = report.ingredientLists.reduce((s, l) => s + l.ingredients.length, 0);
  // Past what ExoCheck reads of one section (100,000 characters): what was read is reported,
  // and the report says the list was cut.
  assert(n > 3000, `${n} items reported`);
  assert(n >= 5200 || report.ingredientLists.at(-1)?.truncated, `${n} items, not said to be cut`);
  const line = await waitFor(
    () => o.ours.find((t) => / analyze \d+ ms in \d+ slice/.test(t)),
    'the step timings',
  );
  return `${n} items${n < 5200 ? ', list said to be cut' : ''}; ${/analyze \d+ ms in \d+ slice\(s\)/.exec(line)?.[0]}`;
});

await test('thousands of marks (4,000 matched items, hundreds of claim words): marking is sliced, the report is stored, the popup reads it', async (openCase) => {
  const o = await openCase('many-marks');
  await o.scanned(1, 60_000);
  const u = url('many-marks');
  const acked = o.ours.filter((t) => /^\[ExoCheck\] report reply/.test(t));
  const stored = await waitFor(() => reportFor(u), 'the stored report', 20_000);
  const marks = (await findings(o)).length;
  const items = stored.ingredientLists.reduce((n, l) => n + l.ingredients.length, 0);
  assert(
    acked.length > 0 && !acked.some((t) => /null|undefined/.test(t)),
    `replies: ${acked.join(' | ')}`,
  );
  assert(stored.exosome.verdict === 'ingredient', `verdict ${stored.exosome.verdict}`);
  assert(marks >= 4500, `${marks} marks`);
  const sliced = o.ours.find((t) => /marked in \d+ slices/.test(t));
  assert(sliced, 'marking ran as one task');
  const verdict = await popupVerdict(u);
  assert(/exosome/i.test(verdict ?? ''), `popup verdict: ${verdict}`);
  await common(o, { layout: false });
  return `${marks} marks ${sliced.slice(11)}, ${items} items stored ${stored.trimmed ? 'trimmed to fit' : 'whole'}`;
});

await test('10,000 "Ingredients" headings: the product list reported, analysis in slices, page intact', async (openCase) => {
  const o = await openCase('many-headings');
  await o.scanned(1, 60_000);
  await common(o, { layout: false });
  const report = await expectExosome(o, url('many-headings'), { items: null });
  const line = await waitFor(
    () => o.ours.find((t) => / analyze \d+ ms in \d+ slice/.test(t)),
    'the step timings',
  );
  const longest = Math.max(0, ...((await o.main('window.__longTasks')) ?? []));
  return `${report.ingredientLists.length} lists; ${/analyze \d+ ms in \d+ slice\(s\)/.exec(line)?.[0]}; longest page task ${longest} ms`;
});

// ---------------------------------------------------------------- apps

await test('SPA navigation with pushState: the report follows, old marks go', async (openCase) => {
  const o = await openCase('spa');
  await o.scanned();
  await common(o);
  await expectExosome(o, url('spa'));
  await o.main(`window.__go('b')`);
  await o.scanned(2);
  const report = await waitFor(() => reportFor(url('spa-b')), 'product B report');
  assert(report.exosome.verdict === 'none', `B verdict ${report.exosome.verdict}`);
  assert(report.exosome.related.length === 1, 'B related finding');
  const f = await findings(o);
  assert(
    !f.some((x) => x.kind === 'exosome'),
    `A's exosome mark still there: ${JSON.stringify(f)}`,
  );
  assert(
    f.some((x) => x.kind === 'related' && SPA_B_LIST.includes(x.text)),
    `B marks: ${JSON.stringify(f)}`,
  );
  await o.main('history.back()');
  await o.scanned(3);
  await waitFor(
    async () => (await reportFor(url('spa')))?.exosome.verdict === 'ingredient',
    'A again',
  );
  const back = await findings(o);
  assert(
    back.some((x) => x.kind === 'exosome' && x.text === EXOSOME_NAME),
    'A re-marked',
  );
  assert(!back.some((x) => x.kind === 'related'), "B's marks gone");
  const hosts = await o.dom(
    (sel) => document.querySelectorAll(`${sel}, #exocheck-mark-style`).length,
    HOST,
  );
  assert(hosts <= 2, `${hosts} hosts/styles`);
  const state = JSON.parse(await o.main('window.__state()'));
  assert(state.page.errors.length === 0, state.page.errors.join());
});

await test('a router that pushes and replaces the same URL: the report stays, the marks stay', async (openCase) => {
  const o = await openCase('same-url');
  await o.scanned();
  await expectExosome(o, url('same-url'));
  await o.main('window.__same()');
  await o.page.waitForTimeout(2000);
  const report = await reportFor(url('same-url'));
  assert(report?.exosome.verdict === 'ingredient', 'the stored report went away');
  assert(
    (await findings(o)).some((f) => f.kind === 'exosome'),
    'the marks went away',
  );
  await common(o, { layout: false });
});

await test('the page rewrites itself with document.open/write: the old report goes', async (openCase) => {
  const o = await openCase('rewrite');
  await o.scanned();
  await expectExosome(o, url('rewrite'));
  await o.main('window.__rewrite()');
  await waitFor(
    async () => {
      const r = await reportFor(url('rewrite'));
      return r === null || r.ingredientLists.length === 0;
    },
    "the old page's report to go",
    8000,
  );
  const tabId = await tabIdOf(sw, url('rewrite'));
  const badge = await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  assert(badge === '', `badge still "${badge}"`);
});

await test("a JSON-LD @graph of 50 products: only the page's own product counts", async (openCase) => {
  const o = await openCase('graph');
  await o.scanned();
  await common(o);
  const report = await waitFor(() => reportFor(url('graph')), 'the report');
  assert(report.exosome.verdict === 'none', `verdict ${report.exosome.verdict}`);
  assert(report.ingredientLists.length === 1, `${report.ingredientLists.length} lists reported`);
});

await test("7.5 MB of app state and 5.7 MB of JSON-LD: left unparsed, the page's own list reported, and said so where there is none", async (openCase) => {
  const own = 'Water, Glycerin, Niacinamide, Butylene Glycol, Panthenol, Phenoxyethanol';
  const o = await openCase('large-state');
  await o.scanned(1, 40_000);
  await common(o);
  const report = await waitFor(() => reportFor(url('large-state')), 'the report');
  // Parsed, the embedded products would bring their exosome-type lists in.
  assert(report.exosome.verdict === 'none', `verdict ${report.exosome.verdict}`);
  assert(report.ingredientLists.length === 1, `${report.ingredientLists.length} lists reported`);
  const items = report.ingredientLists[0].ingredients.map((i) => i.text).join(', ');
  assert(items === own, `items: ${items.slice(0, 200)}`);
  const bare = await openCase('large-state-only');
  await bare.scanned(1, 40_000);
  const unread = await waitFor(() => reportFor(url('large-state-only')), 'the report');
  assert(unread.ingredientLists.length === 0, `${unread.ingredientLists.length} lists`);
  assert(unread.unread?.largeData === 2, `unread: ${JSON.stringify(unread.unread)}`);
  const verdict = await popupVerdict(url('large-state-only'));
  assert(/embedded/i.test(verdict), `popup: ${verdict}`);
  return `own list only; without it, ${unread.unread.largeData} embedded scripts named unread`;
});

await test('an accordion re-rendered 50 times in a burst: bounded scans, final list marked', async (openCase) => {
  const o = await openCase('rerender');
  await o.scanned();
  await common(o);
  const before = scansStarted(o);
  const renders = await o.main('window.__rerender(50, 40)');
  await o.page.waitForTimeout(2500);
  const scans = scansStarted(o) - before;
  assert(renders === 50, `${renders} renders`);
  assert(scans <= 3, `${scans} scans for one burst`);
  await expectExosome(o, url('rerender'));
  return `${scans} scan(s) for 50 renders`;
});

await test('an accordion re-rendered 12 times, 500 ms apart (past the rescan cap): bounded, last render marked', async (openCase) => {
  const o = await openCase('rerender');
  await o.scanned();
  const before = scansStarted(o);
  const renders = await o.main('window.__rerender(12, 500)');
  await o.page.waitForTimeout(3500);
  const scans = scansStarted(o) - before;
  assert(renders === 12, `${renders} renders`);
  assert(scans <= 9, `${scans} scans`);
  await common(o, { layout: false });
  await expectExosome(o, url('rerender'));
  return `${scans} scans for 12 renders`;
});

await test('a React 19 app rewrites and removes its marked Text nodes: no doubled text, no crash, marks follow', async (openCase) => {
  const o = await openCase('react');
  await o.scanned();
  await waitFor(async () => (await findings(o)).some((f) => f.kind === 'exosome'), 'the marks');
  // React sets the value of a Text node holding marked claims, and removes marked Text nodes.
  await o.main('window.__app.rename()');
  const note = await o.main('window.__app.text("note")');
  assert(note === NEW_NOTE, `React's note came out as ${JSON.stringify(note)}`);
  await o.main('window.__app.drop()');
  const kept = LIST_ITEMS.filter((x) => x !== EXOSOME_NAME && x !== 'Panthenol').join(', ');
  const list = await o.main('window.__app.text("list")');
  assert(list === kept, `React's list came out as ${JSON.stringify(list)}`);
  await o.main('window.__app.toggle()');
  const again = await o.main('window.__app.text("list")');
  assert(again === kept, `React's list after a remount: ${JSON.stringify(again)}`);
  await common(o, { layout: false });
  // ExoCheck follows the app's render: the dropped exosome item is no longer marked or reported.
  await waitFor(async () => {
    const r = await reportFor(url('react'));
    return (
      r && r.exosome.ingredients.length === 0 && r.ingredientLists[0]?.ingredients.length === 8
    );
  }, 'the report of the new render');
  await waitFor(async () => {
    const f = await findings(o);
    return !f.some((x) => x.kind === 'exosome') && f.some((x) => x.text === 'Niacinamide');
  }, 'the marks of the new render');
  return `${(await findings(o)).length} marks after React's renders`;
});

await test('ingredients inside an open shadow root: found, reported and marked', async (openCase) => {
  const o = await openCase('shadow');
  await o.scanned();
  const state = await common(o);
  assert(state.page.shadow, 'the shadow root was built');
  await expectExosome(o, url('shadow'));
  await checkTooltip(o);
});

await test('ingredients inside a closed shadow root: read through the extension API, marked', async (openCase) => {
  const o = await openCase('closed-shadow');
  await o.scanned();
  const state = await common(o);
  assert(state.page.closed, 'the page built a closed root');
  await expectExosome(o, url('closed-shadow'));
});

await test('ingredients inside a same-origin iframe: found and reported', async (openCase) => {
  const o = await openCase('iframe');
  await o.scanned();
  await common(o);
  const report = await waitFor(() => reportFor(url('iframe')), 'the report');
  assert(
    report.exosome.ingredients.some((i) => i.text === EXOSOME_NAME),
    `verdict ${report.exosome.verdict}`,
  );
  return `${report.ingredientLists[0]?.ingredients.length} items from the frame`;
});

await test('ingredients inside a srcdoc iframe: found and reported', async (openCase) => {
  const o = await openCase('srcdoc');
  await o.scanned();
  await common(o);
  const report = await waitFor(() => reportFor(url('srcdoc')), 'the report');
  assert(
    report.exosome.ingredients.some((i) => i.text === EXOSOME_NAME),
    `verdict ${report.exosome.verdict}`,
  );
});

await test('no list, details in a frame from another site: the popup says what it could not read', async (openCase) => {
  const o = await openCase('foreign-frame');
  await o.scanned();
  await common(o, { requests: false });
  const report = await waitFor(() => reportFor(url('foreign-frame')), 'the report');
  assert(report.ingredientLists.length === 0, 'a list was read from the foreign frame');
  assert(
    JSON.stringify(report.unread?.frames) === '["content.syndication.example"]',
    `unread (the ad frame must not count): ${JSON.stringify(report.unread)}`,
  );
  const tabId = await tabIdOf(sw, url('foreign-frame'));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await waitFor(async () => /frames from other sites/.test(await visibleText(popup)), 'the note');
  const text = await visibleText(popup);
  await popup.close();
  return /frames from other sites \([^)]*\)/.exec(text)?.[0];
});

// ---------------------------------------------------------------- messages and storage

/** Keeps the service worker's thread busy for 2.5 s (another tab's work, as it were). */
function busyWorker() {
  return sw.evaluate(() => {
    const t = Date.now();
    while (Date.now() - t < 2500) {
      // spin
    }
  });
}

/** Runs code in ExoCheck's isolated world of a page (what a compromised content script could do). */
async function inContentWorld(o, expression) {
  const worlds = [];
  const cdp = await context.newCDPSession(o.page);
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extId}`,
  );
  assert(world, 'no ExoCheck isolated world');
  const r = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    returnByValue: true,
    awaitPromise: true,
  });
  await cdp.detach();
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description);
  return r.result.value;
}

await test('forged and malformed messages to the background are rejected', async (openCase) => {
  const o = await openCase('huge-text');
  await o.scanned();
  const u = url('huge-text');
  const good = await waitFor(() => reportFor(u), 'the report');
  const replies = await inContentWorld(
    o,
    `(async () => {
      // A rejected message is answered with nothing (undefined, which arrives as null).
      const send = (m) => chrome.runtime.sendMessage(m).then((r) => r == null ? 'rejected' : JSON.stringify(r), (e) => 'error: ' + e.message);
      const r = ${JSON.stringify(good)};
      const forged = [
        null, 42, 'report', [], {}, { type: 'nope' },
        { type: 'report' },
        { type: 'report', report: { ...r, schemaVersion: 999 } },
        { type: 'report', report: { ...r, exosome: { ...r.exosome, verdict: 'pwned' } } },
        { type: 'report', report: r, extra: 1 },
        { type: 'report', report: { ...r, ingredientLists: 'x' } },
        { type: 'cards', ids: 'all', region: 'us' },
        { type: 'cards', ids: Array(501).fill('x'), region: 'us' },
        { type: 'cards', ids: ['x'], region: 'mars' },
        { type: 'no-list', url: 'x'.repeat(5000), retailer: 'sephora' },
        { type: 'get-report', tabId: 1 },
        { type: 'scan-tab', tabId: 1 },
        { type: '__proto__' },
        JSON.parse('{"__proto__": {"type": "report"}}'),
      ];
      const out = [];
      for (const m of forged) out.push(await send(m));
      // The channel works: a well-formed request is answered.
      const control = await send({ type: 'cards', ids: ['human-adipose-stromal-cell-conditioned-media'], region: 'us' });
      return { out, control };
    })()`,
  );
  const accepted = replies.out.filter((r) => r !== 'rejected');
  assert(accepted.length === 0, `accepted: ${JSON.stringify(replies.out)}`);
  assert(
    replies.control.startsWith('[{'),
    `a valid cards request got ${replies.control.slice(0, 80)}`,
  );
  const after = await reportFor(u);
  assert(JSON.stringify(after) === JSON.stringify(good), 'the stored report changed');
  return `${replies.out.length} forged messages, all rejected`;
});

await test('a corrupted stored report and forged popup URLs: the popup shows nothing, no error', async () => {
  const tabId = 987654;
  await sw.evaluate(
    (id) =>
      chrome.storage.session.set({
        [`exocheck-report:${id}`]: { url: 'https://x', schemaVersion: 'x', ingredientLists: [{}] },
      }),
    tabId,
  );
  const popup = await context.newPage();
  const errors = [];
  popup.on('pageerror', (e) => errors.push(String(e)));
  popup.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  for (const q of [
    `tabId=${tabId}`,
    'tabId=-1',
    'tabId=abc',
    'tabId=1e309',
    'tabId=%3Cimg%20src%3Dx%3E',
    'tabId=1&tabId=2',
  ]) {
    await popup.goto(`chrome-extension://${extId}/popup.html?${q}`);
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(300);
    const text = await visibleText(popup);
    assert(text.length > 0, `popup empty for ${q}`);
    assert(
      !/undefined|NaN|\[object/.test(text),
      `popup shows junk for ${q}: ${text.slice(0, 200)}`,
    );
  }
  await popup.close();
  assert(errors.length === 0, `popup errors: ${errors.join(' | ')}`);
});

await test('a runaway 30,000-entry site list in stored settings: pages still scanned, the options page shows a capped list', async (openCase) => {
  const sites = Array.from({ length: 30_000 }, (_, i) => `runaway-${i}.example`);
  await setSettings({ debug: true, disabledSites: sites });
  try {
    const t0 = Date.now();
    const o = await openCase('huge-text');
    await o.scanned();
    await expectExosome(o, url('huge-text'));
    const reportMs = Date.now() - t0;
    await common(o);
    const options = await context.newPage();
    const t1 = Date.now();
    await options.goto(`chrome-extension://${extId}/options.html`);
    await options.locator('.site-list li').first().waitFor({ timeout: 60_000 });
    const optionsMs = Date.now() - t1;
    const shown = await options.locator('.site-list li').count();
    await options.close();
    assert(shown <= 1000, `the options page rendered ${shown} sites`);
    return `report after ${reportMs} ms, options rendered ${shown} sites in ${optionsMs} ms (not asserted)`;
  } finally {
    await setSettings({ debug: true });
  }
});

await test('corrupted stored settings fall back per field', async (openCase) => {
  await setSettings({
    enabled: 'yes',
    disabledSites: [1, null, { a: 1 }, 'example.org'],
    kinds: 7,
    region: 'mars',
    tooltips: null,
    debug: true,
    disabledRetailers: 'sephora',
    __proto__: { enabled: false },
  });
  const o = await openCase('huge-text');
  await o.scanned();
  await common(o);
  await expectExosome(o, url('huge-text'));
  // Not even an object.
  await setSettings('💥');
  const options = await context.newPage();
  const errors = [];
  options.on('pageerror', (e) => errors.push(String(e)));
  await options.goto(`chrome-extension://${extId}/options.html`);
  await options.waitForLoadState('load');
  await options.waitForTimeout(300);
  const checked = await options.evaluate(
    () => [...document.querySelectorAll('input[type=checkbox]')].filter((i) => i.checked).length,
  );
  await options.close();
  assert(errors.length === 0, `options errors: ${errors.join(' | ')}`);
  assert(checked >= 4, `defaults not shown (${checked} boxes checked)`);
  await setSettings({ debug: true });
});

await test('not injected at all on pages that are not supported product pages', async () => {
  const injected = [];
  for (const u of LEAVE_ALONE) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await page.goto(u, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const ours = worlds.some((c) => c.origin === `chrome-extension://${extId}`);
    const touched = await page.evaluate(
      () =>
        document.querySelectorAll('#exocheck-mark-style, [data-exocheck-ui]').length +
        [...CSS.highlights.keys()].filter((k) => k.startsWith('exocheck-')).length,
    );
    if (ours || touched) injected.push(u);
    await page.close();
  }
  assert(injected.length === 0, `ExoCheck ran on ${injected.join(', ')}`);
  return `${LEAVE_ALONE.length} pages, no ExoCheck world, no DOM change`;
});

await test('builds: minimal permissions, no loosened CSP, no eval / new Function / string timers, no remote or inline scripts', async () => {
  const dirs = ['chrome-mv3', 'firefox-mv3']
    .map((t) => path.join(ROOT, '.output', t))
    .filter((d) => existsSync(path.join(d, 'manifest.json')));
  const problems = dirs.flatMap((d) => securityProblems(d).map((p) => `${path.basename(d)}: ${p}`));
  assert(problems.length === 0, problems.join('; '));
  return dirs.map((d) => path.basename(d)).join(', ');
});

await test('no request from any part of the extension during the whole suite', async () => {
  assert(h.fromExtension.length === 0, `extension requests: ${JSON.stringify(h.fromExtension)}`);
  const pageReqs = h.blocked.filter((b) => !b.url.startsWith('https://evil.test/'));
  console.log(`#   ${h.served.length} pages served, ${h.blocked.length} requests blocked`);
  assert(pageReqs.length === 0, `requests: ${JSON.stringify(pageReqs.slice(0, 5))}`);
});

await h.close();
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
finished = true;
process.exit(failed === 0 ? 0 : 1);
