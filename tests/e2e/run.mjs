// End-to-end: the built extension in Debian Chromium on saved pages served at their real
// retailer URLs (tests/e2e/harness.mjs). Prints one line per test, then "N passed, N failed";
// exits 1 on any failure. Screenshots go to tests/e2e/artifacts/ (gitignored).
//
// The exosome-product fixtures (tests/fixtures/exosome/) are reconstructed pages, not saved
// retailer pages; they are served at Soko Glam-style product URLs (sokoglam.com/products/…),
// which the content script's match patterns cover; the Soko Glam adapter finds no Shopify
// markup there and hands them to the generic finder.
//
// Every page in tests/fixtures/<retailer>/ is served at its URL: product pages of supported
// shops load with the content script and must report that adapter's id with the exact lists
// of their expected file; Shopify stores and other pages are scanned from the popup.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collapsedPages, collapsedPanelTests } from './collapsed.mjs';
import { ARTIFACTS, ensureBuilt, launch, manifestCovers, ROOT, tabIdOf } from './harness.mjs';
import { focusedKey, hoverMark, marksOf, readKeys, waitForMarks } from './marks.mjs';

const FIX = path.join(ROOT, 'tests/fixtures');
const EXO = {
  serse: {
    url: 'https://sokoglam.com/products/dr-serse-serum',
    file: path.join(FIX, 'exosome/dr-serse-serum.html'),
  },
  drawing: {
    url: 'https://sokoglam.com/products/dr-drawing-salmon-dna-rejuvenation-ampoule',
    file: path.join(FIX, 'exosome/dr-drawing-salmon-dna-ampoule.html'),
  },
  sheth: {
    url: 'https://sokoglam.com/products/dr-sheths-cica-exosomes-vitamin-c-glow-serum',
    file: path.join(FIX, 'exosome/dr-sheths-cica-exosomes-vitamin-c-serum.html'),
  },
};
// The UI host's name carries a random suffix (entrypoints/content/ui-host.ts): find it by attribute.
const HOST = '[data-exocheck-ui]';
const TIP = `${HOST} [role="tooltip"]`;
const SETTINGS_KEY = 'exocheck-settings';

const started = Date.now();
const results = [];
// `node tests/e2e/run.mjs [--build] [name filter…]`
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));

async function test(name, fn) {
  if (only.length && !only.some((o) => name.includes(o))) return;
  const t0 = Date.now();
  try {
    await fn();
    results.push(true);
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    results.push(false);
    console.log(`FAIL ${name}: ${err?.message ?? err}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/**
 * Saved pages with their URL, from every tests/fixtures/<retailer>/<name>.expected.json (else the
 * page's own canonical link or og:url); `folder` is the adapter id, or "generic".
 */
function savedPages() {
  const skip = new Set(['datasets', 'exosome']);
  const out = [];
  for (const folder of readdirSync(FIX).sort()) {
    const dir = path.join(FIX, folder);
    if (skip.has(folder) || folder.includes('.')) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const name = f.replace(/\.html$/, '');
      const file = path.join(dir, f);
      const expectedFile = path.join(dir, `${name}.expected.json`);
      const expected = existsSync(expectedFile)
        ? JSON.parse(readFileSync(expectedFile, 'utf8'))
        : {};
      const url =
        typeof expected.url === 'string' ? expected.url : ownUrl(readFileSync(file, 'utf8'));
      out.push({ name, folder, file, expected, url });
    }
  }
  return out.filter((p) => p.url);
}

function ownUrl(html) {
  const m =
    /<link[^>]+rel="canonical"[^>]+href="(https?:[^"]+)"/.exec(html) ??
    /<meta[^>]+property="og:url"[^>]+content="(https?:[^"]+)"/.exec(html);
  return m ? m[1].replaceAll('&amp;', '&') : null;
}

// An empty generated lexicon builds fine but finds nothing: say so instead of 20 timeouts.
const lexicon = JSON.parse(
  readFileSync(path.join(ROOT, 'lib/knowledge/generated/lexicon.json'), 'utf8'),
);
if (lexicon.entries.length === 0) {
  console.log('FAIL lib/knowledge/generated/lexicon.json is empty: run `npm run data` first');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
ensureBuilt({ force: args.includes('--build') });
mkdirSync(ARTIFACTS, { recursive: true });
const pages = Object.fromEntries(Object.values(EXO).map((p) => [p.url, { file: p.file }]));
const allSaved = savedPages();
for (const p of allSaved) pages[p.url] = { file: p.file };
Object.assign(pages, collapsedPages);
// Product pages of supported shops load with the content script; Shopify stores and other
// shops' pages are scanned on request (the popup's "Scan this page").
const saved = allSaved.filter((p) => manifestCovers(p.url));
const onRequest = allSaved.filter(
  (p) => !manifestCovers(p.url) && p.expected.hasList !== undefined,
);
const NO_LIST_PAGE = saved.find((p) => p.name === 'amazon-us-tshirt-non-beauty-no-inci');
// The "Scan this page" injection needs the activeTab grant of a toolbar click (see harness.mjs).
const grantHosts = [
  ...new Set([...onRequest, NO_LIST_PAGE].map((p) => `${new URL(p.url).origin}/*`)),
];

const cliReports = scanAllWithCli(allSaved);

const h = await launch({ pages, grantHosts });
const { context, sw, extId } = h;
console.log(`# extension ${extId}, ${Object.keys(pages).length} pages served locally`);

const setSettings = (patch) =>
  sw.evaluate(
    async ([key, p]) => {
      const cur = (await chrome.storage.local.get(key))[key] ?? {};
      await chrome.storage.local.set({ [key]: { ...cur, ...p } });
    },
    [SETTINGS_KEY, patch],
  );
/**
 * The stored report once CosIng's functions are in (the background stores it first as it came,
 * so the badge never waits for the dictionary, then again enriched).
 */
const enrichedReportFor = async (url) => {
  const r = await reportFor(url);
  return r?.ingredientLists.every((l) => l.ingredients.every((i) => 'functions' in i)) ? r : null;
};
/** The report the background stored for a page URL (null until it arrives). */
const reportFor = (url) =>
  sw.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    return (
      Object.entries(all).find(([k, r]) => k.startsWith('exocheck-report:') && r?.url === u)?.[1] ??
      null
    );
  }, url);
const badge = (tabId) => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
/** One mark per finding (a highlight range may span several text nodes). */
const findingsOf = async (page) =>
  (await marksOf(page)).map(({ kind, text, inCopy }) => ({ kind, text, inCopy }));
const markCount = async (page) => (await marksOf(page)).length;

async function openProduct(p) {
  const page = await context.newPage();
  await page.goto(p.url, { waitUntil: 'load' });
  await page.bringToFront();
  // Marks in a collapsed accordion or hidden tab count too: they are ranges, not boxes.
  await waitForMarks(page, 15_000);
  return page;
}

/** What a user sees (Playwright's innerText: visible text only, unlike textContent). */
function visibleText(page) {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator API, not the DOM's.
  return page.locator('body').innerText();
}

async function waitFor(fn, what, timeout = 10_000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let serse;
let serseTab;

await test('DR.SERSE: exosome mark on the human conditioned media, confounder marks on peptides', async () => {
  serse = await openProduct(EXO.serse);
  const found = await findingsOf(serse);
  const exo = found.filter((f) => f.kind === 'exosome');
  assert(exo.length === 1, `expected 1 exosome finding, got ${JSON.stringify(exo)}`);
  assert(
    exo[0].text === 'Human Adipose Stromal Cell Conditioned Media',
    `exosome mark text: ${exo[0].text}`,
  );
  const peptides = found.filter((f) => f.kind === 'confounder' && /peptide/i.test(f.text));
  assert(peptides.length >= 2, `peptide confounders: ${JSON.stringify(found)}`);
  // Every mark has a keyboard key in ExoCheck's shadow root, named after it.
  const keys = await serse.evaluate(readKeys, HOST);
  assert(
    keys.length === found.length && keys.some((k) => k.name.includes(exo[0].text)),
    `keys: ${JSON.stringify(keys)}`,
  );
  await hoverMark(serse, 'exosome');
  await serse.mouse.move(1, 1);
  await serse.screenshot({ path: path.join(ARTIFACTS, 'page-marks.png') });
});

await test('DR.SERSE: the badge shows the exosome-type count', async () => {
  serseTab = await tabIdOf(sw, EXO.serse.url);
  assert(serseTab !== null, 'tab id');
  const text = await waitFor(async () => (await badge(serseTab)) || null, 'badge text');
  assert(text === '1', `badge "${text}"`);
});

await test('popup shows verdict, sources, regulation and confounders for the tab', async () => {
  const popup = await context.newPage();
  const violations = [];
  popup.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${serseTab}`);
  await popup.waitForLoadState('load');
  await waitFor(async () => /exosome/i.test(await visibleText(popup)), 'verdict');
  // The first screen's facts arrive from the background; the details with the knowledge chunk.
  await popup.locator('.summary-card dl').waitFor({ timeout: 10_000 });
  await popup.locator('.footer').waitFor({ timeout: 10_000 });
  const text = await visibleText(popup);
  assert(
    /exosome-type ingredient|contains? .*exosome|exosome.*found/i.test(text),
    `verdict: ${text.slice(0, 300)}`,
  );
  assert(/Human Adipose Stromal Cell Conditioned Media/i.test(text), 'names the ingredient');
  assert(
    /European Union|United States|Korea|United Kingdom|China|Japan|Canada|Australia/.test(text),
    `no jurisdiction name in: ${text.slice(0, 600)}`,
  );
  assert(/\b(19|20)\d\d\b/.test(text), 'no dated source citation');
  assert(/peptide/i.test(text), 'no confounders listed');
  await popup.screenshot({ path: path.join(ARTIFACTS, 'popup.png'), fullPage: true });
  globalThis.popupPage = popup;
});

await test('popup lookup finds a misspelled name', async () => {
  const popup = globalThis.popupPage;
  assert(popup, 'popup page');
  const box = popup.getByRole('searchbox').or(popup.getByRole('textbox')).first();
  await box.fill('humen adipose stromal cell exosomes');
  await waitFor(
    async () => /Human Adipose/i.test(await visibleText(popup)),
    'a lookup result',
    5000,
  );
  await box.fill('argirelin');
  await waitFor(
    async () => /Acetyl Hexapeptide-8|Argireline/i.test(await visibleText(popup)),
    'argireline',
    5000,
  );
  await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-lookup.png'), fullPage: true });
  await popup.close();
});

await test('tooltip opens on hover with the entry card and closes when the pointer leaves', async () => {
  await hoverMark(serse, 'exosome');
  const tip = serse.locator(TIP);
  await tip.waitFor({ state: 'visible', timeout: 5000 });
  await waitFor(
    async () => !(await tip.textContent()).includes('Loading details'),
    'cards to arrive',
  );
  const text = await tip.textContent();
  for (const want of ['Exosome-type ingredient', 'Human Adipose Stromal Cell Conditioned Media']) {
    assert(text.includes(want), `tooltip lacks "${want}": ${text}`);
  }
  assert(/Source|source/.test(text), `tooltip has no source: ${text}`);
  // On screen, not clipped.
  const box = await tip.boundingBox();
  const vp = serse.viewportSize();
  assert(
    box &&
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= vp.width &&
      box.y + box.height <= vp.height,
    `tooltip off screen: ${JSON.stringify(box)}`,
  );
  assert(box.width <= 322, `tooltip wider than 320px: ${box.width}`);
  await serse.screenshot({ path: path.join(ARTIFACTS, 'tooltip-hover.png') });
  await serse.mouse.move(5, 5);
  await tip.waitFor({ state: 'hidden', timeout: 3000 });
});

await test('tooltip opens on keyboard focus (Tab) and closes on Escape', async () => {
  await serse.bringToFront();
  await serse.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  // The marks' keys are the page's last tab stops: Shift+Tab from the top reaches them.
  let focused = null;
  for (let i = 0; i < 40 && !focused; i++) {
    await serse.keyboard.press('Shift+Tab');
    focused = await serse.evaluate(focusedKey, HOST);
  }
  assert(focused, 'no mark key reached from the keyboard');
  const tip = serse.locator(TIP);
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  const described = await serse.evaluate((hostSel) => {
    const root = document.querySelector(hostSel).shadowRoot;
    const id = root.activeElement.getAttribute('aria-describedby');
    return root.getElementById(id)?.textContent ?? '';
  }, HOST);
  assert(described.length > 0, 'aria-describedby resolves to the tooltip');
  const ring = await serse.evaluate((hostSel) => {
    const r = document.querySelector(hostSel).shadowRoot.querySelector('.ring');
    return r && getComputedStyle(r).display !== 'none' ? r.getBoundingClientRect().width : 0;
  }, HOST);
  assert(ring > 0, 'no focus ring around the focused mark');
  await serse.screenshot({ path: path.join(ARTIFACTS, 'tooltip-focus.png') });
  await serse.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden', timeout: 3000 });
});

await test('marks and tooltip leave the layout unchanged', async () => {
  const measure = () =>
    serse.evaluate(() => {
      const p = [...document.querySelectorAll('section.ingredients p')].at(-1);
      const r = p.getBoundingClientRect();
      return { h: r.height, w: r.width, scroll: document.documentElement.scrollHeight };
    });
  const marked = await measure();
  await setSettings({ enabled: false });
  await waitFor(async () => (await markCount(serse)) === 0, 'marks to go');
  const clean = await measure();
  await setSettings({ enabled: true });
  await waitForMarks(serse);
  assert(
    marked.h === clean.h && marked.w === clean.w && marked.scroll === clean.scroll,
    `layout moved: with marks ${JSON.stringify(marked)}, without ${JSON.stringify(clean)}`,
  );
});

await test('the page re-marks when the ingredient list changes, not on our own changes', async () => {
  const before = await markCount(serse);
  await serse.waitForTimeout(1000); // our own marks and UI must not trigger rescans
  assert((await markCount(serse)) === before, 'marks changed without a page change');
  await serse.evaluate(() => {
    const p = [...document.querySelectorAll('section.ingredients p')].at(-1);
    p.textContent =
      'Water, Glycerin, Human Adipose Stromal Cell Conditioned Media, Acetyl Hexapeptide-8';
  });
  await waitFor(
    async () =>
      (await findingsOf(serse)).some(
        (f) => f.kind === 'exosome' && f.text === 'Human Adipose Stromal Cell Conditioned Media',
      ),
    'the new list to be marked',
  );
});

await test('SPA navigation clears the marks and scans again', async () => {
  await serse.evaluate(() => history.pushState({}, '', '/products/dr-serse-serum?variant=2'));
  // The old page's marks go at once; the new page is marked once it settles (500 ms).
  await waitFor(async () => (await markCount(serse)) === 0, 'old marks to go');
  await waitForMarks(serse);
  await serse.evaluate(() => history.pushState({}, '', '/products/dr-serse-serum'));
  await serse.waitForTimeout(300);
  await waitForMarks(serse);
});

await test('injecting the script again (toolbar "Scan this page") keeps one set of marks', async () => {
  const before = await findingsOf(serse);
  // scripting.executeScript needs the activeTab grant a real toolbar click gives, which
  // automation cannot; so run the same file in the extension's isolated world over CDP,
  // which is what executeScript does.
  const cdp = await context.newCDPSession(serse);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extId}`,
  );
  assert(world, `no ExoCheck isolated world among ${worlds.length} contexts`);
  const code = readFileSync(
    path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js'),
    'utf8',
  );
  const r = await cdp.send('Runtime.evaluate', { expression: code, contextId: world.id });
  const injected = r.exceptionDetails ? 0 : 1;
  await cdp.detach();
  assert(injected === 1, `content.js ran: ${JSON.stringify(r.exceptionDetails ?? '')}`);
  await serse.waitForTimeout(1500);
  await waitForMarks(serse);
  const after = await findingsOf(serse);
  assert(
    JSON.stringify(after) === JSON.stringify(before),
    `findings changed: ${before.length} → ${after.length}`,
  );
  assert((await serse.locator(HOST).count()) <= 1, 'one UI host');
  const lightDom = (sel) => serse.evaluate((q) => document.querySelectorAll(q).length, sel);
  assert((await lightDom('#exocheck-mark-style')) === 1, 'one mark style');
  const layers = await serse.evaluate(
    () => [...CSS.highlights.keys()].filter((k) => k.startsWith('exocheck-')).length,
  );
  assert(layers === 4, `${layers} ExoCheck highlights (one per kind)`);
  await hoverMark(serse, 'exosome');
  await serse.locator(TIP).waitFor({ state: 'visible', timeout: 5000 });
  assert((await serse.locator(HOST).count()) === 1, 'exactly one UI host');
  assert((await serse.locator(TIP).count()) === 1, 'exactly one tooltip');
  await serse.mouse.move(5, 5);
});

await test('Dr. Drawing: related mark on soy phytoplacenta conditioned media, no exosome mark', async () => {
  const page = await openProduct(EXO.drawing);
  const found = await findingsOf(page);
  assert(!found.some((f) => f.kind === 'exosome'), `exosome mark: ${JSON.stringify(found)}`);
  const rel = found.find((f) => f.kind === 'related');
  assert(
    rel?.text === 'Glycine Max Phytoplacenta Conditioned Media',
    `related: ${JSON.stringify(found)}`,
  );
  const tab = await tabIdOf(sw, EXO.drawing.url);
  await page.waitForTimeout(300);
  assert((await badge(tab)) === '', `badge "${await badge(tab)}"`);
  await page.close();
});

await test("Dr. Sheth's: claim mark in the title/description, badge '?'", async () => {
  const page = await openProduct(EXO.sheth);
  const found = await findingsOf(page);
  const claims = found.filter((f) => f.kind === 'claim');
  assert(claims.length >= 1, `claims: ${JSON.stringify(found)}`);
  assert(
    claims.every((c) => /exosom/i.test(c.text)),
    `claim text: ${JSON.stringify(claims)}`,
  );
  assert(!found.some((f) => f.kind === 'exosome'), 'no exosome ingredient mark');
  assert(
    claims.some((c) => c.inCopy),
    'claim mark sits in the title or description',
  );
  await hoverMark(page, 'claim');
  const tip = page.locator(TIP);
  await tip.waitFor({ state: 'visible', timeout: 3000 });
  assert((await tip.textContent()).includes('Exosome claim'), 'claim tooltip legend');
  await page.screenshot({ path: path.join(ARTIFACTS, 'claim-tooltip.png') });
  const tab = await tabIdOf(sw, EXO.sheth.url);
  const text = await waitFor(async () => (await badge(tab)) || null, 'badge');
  assert(text === '?', `badge "${text}"`);
  await page.close();
});

await collapsedPanelTests({ test, context, assert, waitFor, host: HOST, tip: TIP });

await test('turning the site off removes every mark and the tooltip host; on again re-marks', async () => {
  await hoverMark(serse, 'exosome');
  await serse.locator(TIP).waitFor({ state: 'visible' });
  await setSettings({ disabledSites: ['sokoglam.com'] });
  await waitFor(
    async () =>
      (await markCount(serse)) === 0 &&
      (await serse.locator(HOST).count()) === 0 &&
      (await serse.locator('#exocheck-mark-style').count()) === 0 &&
      (await serse.evaluate(() =>
        [...CSS.highlights.keys()].some((k) => k.startsWith('exocheck-')),
      )) === false,
    'every mark, its highlights, the UI host and the style to go',
  );
  const text = await serse.evaluate(
    () => [...document.querySelectorAll('section.ingredients p')].at(-1).textContent,
  );
  assert(text.includes('Human Adipose Stromal Cell Conditioned Media'), 'page text intact');
  // The popup says it is off here, and offers to turn it on rather than a scan that cannot run.
  const popup = await openPopup(serseTab);
  try {
    await popup.getByRole('heading', { name: 'ExoCheck is off here' }).waitFor({ timeout: 5000 });
    assert((await popup.getByRole('button', { name: 'Scan this page' }).count()) === 0, 'no scan');
    assert(
      (await popup.getByRole('button', { name: 'Turn on for sokoglam.com' }).count()) === 1,
      'the switch to turn it on',
    );
  } finally {
    // Whatever happened, the later cases need the site on.
    await popup.close();
    await setSettings({ disabledSites: [] });
  }
  await waitForMarks(serse);
});

await test('popup state for a tab that has closed: no page to read, no scan offered', async () => {
  const { page, tabId } = await openTab({ url: EXO.serse.url });
  await page.close();
  const popup = await openPopup(tabId);
  await popup.getByRole('heading', { name: 'No page to read' }).waitFor({ timeout: 5000 });
  assert((await popup.getByRole('button', { name: 'Scan this page' }).count()) === 0, 'no scan');
  await popup.close();
});

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(v) {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  );
}

/** The report's lists as { label, items } for comparison with an expected file (whitespace in
 * an item collapsed: a name split over two paragraphs reads "Isoamyl\nLaurate"). */
const listsOf = (report) =>
  report.ingredientLists.map((l) => ({
    label: l.label,
    items: l.ingredients.map((i) => i.text.replace(/\s+/g, ' ').trim()),
  }));

/** Checks a stored report against a page's expected file: retailer, exact lists, verdict. */
function checkReport(p, report, retailer) {
  const wantRetailer = p.expected.hasList ? retailer : 'none';
  assert(report.retailer === wantRetailer, `retailer ${report.retailer}, expected ${wantRetailer}`);
  const got = JSON.stringify(listsOf(report));
  const want = JSON.stringify(p.expected.lists);
  assert(got === want, `lists differ:\n  got  ${got.slice(0, 400)}\n  want ${want.slice(0, 400)}`);
  assert(
    report.exosome.verdict === p.expected.verdict,
    `verdict ${report.exosome.verdict}, expected ${p.expected.verdict}`,
  );
}

/** Marks in the page agree with the report: exosome marks only where the verdict says so. */
async function checkMarks(page, p, report) {
  const matched = report.ingredientLists.some((l) =>
    l.ingredients.some((i) => i.kind !== 'unknown'),
  );
  if (p.expected.listSource === 'dom' && matched) await waitForMarks(page, 5000);
  const exo = (await findingsOf(page)).filter((f) => f.kind === 'exosome');
  if (p.expected.verdict === 'ingredient') assert(exo.length > 0, 'no exosome mark');
  else assert(exo.length === 0, `exosome marks on a page without any: ${JSON.stringify(exo)}`);
  assert((await page.locator(HOST).count()) <= 1, 'at most one UI host');
}

for (const p of saved) {
  const what = p.expected.hasList
    ? `${p.expected.lists.length} list(s) from ${p.expected.listSource}`
    : 'no list';
  await test(`${p.folder} page ${p.name}: retailer ${p.folder}, ${what}, verdict ${p.expected.verdict}`, async () => {
    const page = await context.newPage();
    await page.goto(p.url, { waitUntil: 'load' });
    if (p.expected.hasList || p.expected.verdict !== 'none') {
      // The whole pipeline ran in the page: the background holds the report.
      const report = await waitFor(() => reportFor(p.url), 'the report', 8000);
      checkReport(p, report, p.folder);
      checkSameAsCli(p, report);
      await checkMarks(page, p, report);
    } else {
      // A supported product page with nothing to show leaves no report: the popup then says
      // "No ingredient list found" and offers the generic scan (tested below).
      await page.waitForTimeout(1500);
      assert((await reportFor(p.url)) === null, 'a report was stored for a page without a list');
      assert((await markCount(page)) === 0, 'marks on a page without a list');
      checkSameAsCli(p, null);
    }
    await page.close();
  });
}

const OY_KR = saved.find((p) => p.name === 'oliveyoung-kr-product-fillimilli-brush-set-no-inci');
const OY_LIST = allSaved.find((p) => p.name === 'oliveyoung-global-laneige-water-sleeping-mask');
if (OY_KR && OY_LIST) {
  await test('a list rendered on demand (Olive Young Korea: the 상품정보 제공고시 accordion fills on click) is picked up by the re-scan', async () => {
    const page = await context.newPage();
    await page.goto(OY_KR.url, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    assert((await reportFor(OY_KR.url)) === null, 'no list before the click');
    // What the site does on click: the button opens the item and its table arrives by XHR.
    // The table holds a real list (LANEIGE Water Sleeping Mask, from the global-site fixture);
    // only the mechanism is under test here.
    const items = OY_LIST.expected.lists[0].items;
    await page.locator('button[class*="Accordion_accordion-btn"]').first().click();
    await page.evaluate((list) => {
      setTimeout(() => {
        const li = document.querySelector('li[class*="Accordion_accordion-item"]');
        const box = document.createElement('div');
        const table = box.appendChild(document.createElement('table'));
        const row = table.appendChild(document.createElement('tr'));
        row.appendChild(document.createElement('th')).textContent =
          '화장품법에 따라 기재해야 하는 모든 성분';
        row.appendChild(document.createElement('td')).textContent = list;
        li?.appendChild(box);
      }, 300);
    }, items.join(', '));
    const report = await waitFor(
      () => reportFor(OY_KR.url),
      'the report after the late list',
      10_000,
    );
    assert(report.retailer === 'oliveyoung', `retailer ${report.retailer}`);
    const got = JSON.stringify(report.ingredientLists.map((l) => l.ingredients.map((i) => i.text)));
    assert(got === JSON.stringify([items]), `late list: ${got.slice(0, 200)}`);
    await page.close();
  });
}

/**
 * What `npm run scan -- --json --url URL FILE` prints for every saved page, through the CLI's
 * entry in one process (tests/e2e/cli-reports.ts); a second check below runs the CLI itself.
 */
function scanAllWithCli(list) {
  const dir = mkdtempSync(path.join(tmpdir(), 'exocheck-cli-'));
  const file = path.join(dir, 'pages.json');
  writeFileSync(file, JSON.stringify(list.map((p) => ({ url: p.url, file: p.file }))));
  const r = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'tests/e2e/cli-reports.ts'), file],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`cli-reports exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The fields a shopper's verdict rests on: lists and their items and kinds, claims, verdict. */
function meaningful(report) {
  return {
    retailer: report.retailer,
    lists: report.ingredientLists.map((l) => ({
      label: l.label,
      source: l.source,
      items: l.ingredients.map((i) => [i.text, i.position, i.group, i.kind, i.entryId]),
    })),
    verdict: report.exosome.verdict,
    exosome: report.exosome.ingredients.map((i) => [i.entryId, i.text, i.listIndex, i.position]),
    related: report.exosome.related.map((i) => [i.entryId, i.text, i.listIndex, i.position]),
    claims: report.exosome.claims.map((c) => [c.text, c.field, c.termId]),
    confounders: report.confounders.map((i) => [i.entryId, i.text, i.listIndex, i.position]),
  };
}

/**
 * The stored report (null when the page stored none) equals the CLI's on the meaningful fields,
 * and a page whose copy makes no exosome claim (expected verdict not "claim-only", and no
 * `copyClaims` in its expected file) reports no claim.
 */
function checkSameAsCli(p, stored) {
  const cli = cliReports[p.url];
  assert(cli && !cli.error, `no CLI report: ${cli?.error ?? 'missing'}`);
  if (stored === null) {
    // No stored report: the CLI must have nothing to show either.
    assert(
      cli.ingredientLists.length === 0 && cli.exosome.verdict === 'none',
      `the CLI reports ${cli.ingredientLists.length} list(s), verdict ${cli.exosome.verdict}; the extension stored nothing`,
    );
  } else {
    const a = canonical(meaningful(cli));
    const b = canonical(meaningful(stored));
    assert(
      a === b,
      `extension and CLI differ:\n  cli       ${a.slice(0, 600)}\n  extension ${b.slice(0, 600)}`,
    );
  }
  const claims = (stored ?? cli).exosome.claims;
  const mayClaim = p.expected.verdict === 'claim-only' || p.expected.copyClaims === true;
  assert(
    mayClaim || claims.length === 0,
    `claims on a page whose copy makes none: ${JSON.stringify(claims.map((c) => [c.field, c.text]))}`,
  );
}

/** The popup for a tab, opened as a page (the e2e way to "open the toolbar popup"). */
async function openPopup(tabId) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await popup.waitForLoadState('load');
  return popup;
}

/** Opens a page, brings it to the front and returns it with its tab id (no report yet). */
async function openTab(p) {
  const page = await context.newPage();
  await page.goto(p.url, { waitUntil: 'load' });
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  assert(tabId !== null, 'tab id');
  return { page, tabId };
}

if (NO_LIST_PAGE) {
  await test('supported product page without a list: the popup says so, offers the generic scan, and the scan runs without the adapter', async () => {
    await setSettings({ debug: true });
    const { page, tabId } = await openTab(NO_LIST_PAGE);
    const logs = [];
    page.on('console', (m) => logs.push(m.text()));
    await page.reload({ waitUntil: 'load' });
    await waitFor(() => logs.some((l) => l.includes('matched nothing')), 'the debug line', 8000);
    assert(
      logs.some((l) => l.includes('[ExoCheck] adapter amazon matched nothing on a product page')),
      `debug log: ${logs.filter((l) => l.includes('ExoCheck')).join(' | ')}`,
    );
    const popup = await openPopup(tabId);
    // Read by the shop's adapter, no list: its own sentence, not "not read".
    await popup
      .getByRole('heading', { name: 'No ingredient list on this page' })
      .waitFor({ timeout: 10_000 });
    assert(
      /ExoCheck read this page and found no ingredient list/.test(await visibleText(popup)),
      'the read-no-list sentence',
    );
    const button = popup.getByRole('button', { name: 'Scan this page' });
    await button.waitFor({ timeout: 3000 });
    await button.click();
    await waitFor(
      async () => /Scanned just now: no ingredient list was found/.test(await visibleText(popup)),
      'the scan result',
      10_000,
    );
    // The injected instance is the page's second start: it scans with the generic finder only,
    // so it names no retailer where the first one named the adapter.
    const scans = logs.filter((l) => l.includes('[ExoCheck] scan'));
    assert(
      scans.some((l) => l.includes(' amazon ')),
      `first scan: ${scans.join(' | ')}`,
    );
    await waitFor(
      () => logs.some((l) => /\[ExoCheck\] scan start none 0/.test(l)),
      'the generic scan',
      5000,
    );
    await setSettings({ debug: false });
    await popup.close();
    await page.close();
  });
}

for (const p of onRequest) {
  const who =
    p.folder === 'shopify' ? 'adapter shopify, found by page structure' : 'the generic finder';
  await test(`on request: ${p.folder} page ${p.name} scanned from the popup (${who})`, async () => {
    const { page, tabId } = await openTab(p);
    await page.waitForTimeout(300);
    assert((await reportFor(p.url)) === null, 'scanned before it was asked to');
    const popup = await openPopup(tabId);
    // Before the scan the popup says why the page was not read: a shop ExoCheck reads by itself
    // (on its product pages: this is a listing), or a site it reads only when asked.
    const known = !['generic', 'shopify'].includes(p.folder);
    await popup
      .getByRole('heading', {
        name: known ? 'Not read yet' : 'Not read: ExoCheck only reads supported shops by itself',
      })
      .waitFor({ timeout: 5000 });
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    const report = await waitFor(() => reportFor(p.url), 'the report', 10_000);
    checkReport(p, report, p.folder);
    checkSameAsCli(p, report);
    // What the shopper is shown: the popup's verdict element names the report's verdict.
    await popup
      .locator(`[data-verdict="${report.exosome.verdict}"]`)
      .waitFor({ state: 'attached', timeout: 5000 });
    await page.bringToFront();
    await checkMarks(page, p, report);
    await popup.close();
    await page.close();
  });
}

const PARITY = saved.find((p) => p.name === 'sephora-the-inkey-list-vitamin-c-egf-serum-json-only');
const PARITY_DOM = saved.find((p) => p.name === 'sephora-drunk-elephant-the-littles-travel-set');
for (const p of [PARITY_DOM, PARITY].filter(Boolean)) {
  await test(`scan CLI gives the report the extension stored for ${p.name}`, async () => {
    const page = await context.newPage();
    await page.goto(p.url, { waitUntil: 'load' });
    const stored = await waitFor(() => enrichedReportFor(p.url), 'the enriched report', 8000);
    await page.close();
    const r = spawnSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [path.join(ROOT, 'scripts/scan.ts'), '--json', '--url', p.url, p.file],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert(r.status === 0, `scan exited ${r.status}: ${r.stderr}`);
    const cli = JSON.parse(r.stdout);
    // storage.session hands objects back with their keys reordered: compare canonical JSON.
    for (const key of Object.keys(cli)) {
      const a = canonical(cli[key]);
      const b = canonical(stored[key]);
      assert(
        a === b,
        `${key} differs:\n  cli       ${a.slice(0, 300)}\n  extension ${b.slice(0, 300)}`,
      );
    }
    assert(Object.keys(stored).length === Object.keys(cli).length, 'same fields');
  });
}

await test('no request from the extension, and none left the machine', async () => {
  assert(h.fromExtension.length === 0, `extension requests: ${JSON.stringify(h.fromExtension)}`);
  // Every request not served from a fixture was aborted by the route (see harness.mjs).
  console.log(
    `#   ${h.served.length} fixture loads served, ${h.blocked.length} page requests blocked`,
  );
});

await h.close();
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
