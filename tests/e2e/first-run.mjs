// End-to-end: the welcome page on install (and not on update) and the site-toggle shortcut, in
// Debian Chromium. Prints one line per test, then "N passed, N failed".
//
// Chromium reports every unpacked extension as a development install, which ExoCheck never
// welcomes, so this file loads its own build: `wxt build --mode first-run-e2e`
// (.output/chrome-mv3-first-run-e2e), the one build that welcomes development installs too and
// exposes the shortcut's handler to the worker (lib/background/first-run.ts). It is loaded
// from a temporary copy so that the update test can change its version on disk and load it
// again over CDP (Extensions.loadUnpacked on the same path: Chromium's own update path).
//
// `node tests/e2e/first-run.mjs [--build] [name filter…]`
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, launch, ROOT, tabIdOf } from './harness.mjs';
import { HOST, marksOf, waitForMarks } from './marks.mjs';
import { assert, createRunner, waitFor } from './runner.mjs';

const BUILD = path.join(ROOT, '.output/chrome-mv3-first-run-e2e');
const PAGE = {
  url: 'https://sokoglam.com/products/dr-serse-serum',
  file: path.join(ROOT, 'tests/fixtures/exosome/dr-serse-serum.html'),
};
const INSTALL_KEY = 'exocheck-install';
const SETTINGS_KEY = 'exocheck-settings';

const args = process.argv.slice(2);
const { test, finish } = createRunner(args);

if (args.includes('--build') || !existsSync(path.join(BUILD, 'manifest.json'))) {
  console.log('# building the first-run e2e build (npx wxt build --mode first-run-e2e)…');
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'first-run-e2e'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) {
    console.log('FAIL the first-run e2e build failed');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
mkdirSync(ARTIFACTS, { recursive: true });

// Every page the extension opens, from launch on (the welcome tab opens during install).
const h = await launch({
  ext: BUILD,
  copy: true,
  pages: { [PAGE.url]: { file: PAGE.file } },
  // A pressed shortcut grants activeTab on its tab, which shows the worker the tab's URL;
  // automation cannot press it, so the page's origin is granted up front (see harness.mjs).
  grantHosts: [`${new URL(PAGE.url).origin}/*`],
});
const { context, extId } = h;
let sw = h.sw;
const welcomeUrl = `chrome-extension://${extId}/welcome.html`;
const opened = [];
context.on('page', (p) => opened.push(p));
const welcomePages = () =>
  [...new Set([...context.pages(), ...opened])].filter((p) => p.url() === welcomeUrl);
const stored = (key) => sw.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
console.log(`# extension ${extId} (first-run e2e build), loaded from ${h.extDir}`);

await test('first install: the welcome page opens once, naming the shops, the keys and privacy', async () => {
  const [page] = await waitFor(() => {
    const w = welcomePages();
    return w.length > 0 ? w : null;
  }, 'the welcome page');
  const record = await waitFor(() => stored(INSTALL_KEY), 'the install record');
  assert(record.reason === 'install' && record.welcomed === true, JSON.stringify(record));
  assert(welcomePages().length === 1, `${welcomePages().length} welcome pages`);

  // Reloaded with a CSP watch: the page was opened before any script could be added to it.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Welcome to ExoCheck' }).waitFor();
  const shops = await page
    .getByRole('list', { name: 'Supported shops' })
    .locator('li')
    .allTextContents();
  for (const name of ['Cult Beauty', 'Space NK', 'Olive Young (global and Korea)', 'YesStyle']) {
    assert(shops.includes(name), `${name} missing from ${JSON.stringify(shops)}`);
  }
  assert(!shops.includes('cultbeauty') && !shops.includes('Shopify stores'), JSON.stringify(shops));
  const keys = await page.locator('kbd').allTextContents();
  assert(
    JSON.stringify(keys) === JSON.stringify(['Alt+Shift+O', 'Alt+Shift+E']),
    `keys shown: ${JSON.stringify(keys)}`,
  );
  assert(await page.getByText('Scan this page').isVisible(), '"Scan this page" is not said');
  assert(await page.getByText(/^Nothing leaves your browser/).isVisible(), 'no privacy line');
  const csp = await page.evaluate(() => window.__csp);
  assert(csp.length === 0, `CSP violations: ${csp.join('; ')}`);

  await page.setViewportSize({ width: 1280, height: 800 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(ARTIFACTS, `welcome-${scheme}.png`), fullPage: true });
  }
});

await test('the browser assigned both suggested keys (no clash with its own shortcuts)', async () => {
  const commands = await sw.evaluate(() => chrome.commands.getAll());
  const key = (name) => commands.find((c) => c.name === name)?.shortcut;
  assert(key('_execute_action') === 'Alt+Shift+O', `popup: ${JSON.stringify(commands)}`);
  assert(key('toggle-site') === 'Alt+Shift+E', `toggle: ${JSON.stringify(commands)}`);
});

await test('toggle-site handler run in the worker (as commands.onCommand would; headless cannot press the key): the site goes off and on, marks and popup follow', async () => {
  const page = await context.newPage();
  await page.goto(PAGE.url, { waitUntil: 'load' });
  await page.bringToFront();
  await waitForMarks(page, 15_000);
  const tabId = await waitFor(() => tabIdOf(sw, PAGE.url), 'the tab id');
  const toggle = () =>
    sw.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      return globalThis.exocheckE2E.runCommand('toggle-site', tab);
    }, tabId);

  const off = await toggle();
  assert(off.host === 'sokoglam.com' && off.enabled === false, JSON.stringify(off));
  const settings = await stored(SETTINGS_KEY);
  assert(
    JSON.stringify(settings.disabledSites) === '["sokoglam.com"]',
    `stored: ${JSON.stringify(settings)}`,
  );
  await waitFor(
    async () => (await marksOf(page)).length === 0 && (await page.locator(HOST).count()) === 0,
    'the marks and the UI host to go',
  );
  const title = await waitFor(async () => {
    const t = await sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    return /off/i.test(t) ? t : null;
  }, 'the toolbar title to say off');

  // The popup reads the same settings: it now offers to turn the site back on.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Turn on for sokoglam.com' }).waitFor();
  await popup.close();

  const on = await toggle();
  assert(on.enabled === true, JSON.stringify(on));
  await page.bringToFront();
  await waitForMarks(page);
  console.log(`#   off: toolbar title "${title}"; on again: marked`);
  await page.close();
});

await test('update (version bumped on disk, loaded again over CDP): onInstalled "update", no welcome page', async () => {
  const before = welcomePages().length;
  const file = path.join(h.extDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const previous = manifest.version;
  manifest.version = `${previous}.1`;
  writeFileSync(file, JSON.stringify(manifest));
  const cdp = await context.browser().newBrowserCDPSession();
  const next = context.waitForEvent('serviceworker', { timeout: 15_000 });
  const { id } = await cdp.send('Extensions.loadUnpacked', { path: h.extDir });
  assert(id === extId, `loaded as ${id}, not ${extId}`);
  sw = await next;
  // Written after the welcome decision (and any tab it opened): once it says "update", done.
  const record = await waitFor(async () => {
    const r = await stored(INSTALL_KEY);
    return r?.reason === 'update' ? r : null;
  }, 'the update record');
  assert(
    record.previousVersion === previous && record.version === manifest.version,
    JSON.stringify(record),
  );
  assert(record.welcomed === false, 'the update says it welcomed');
  // The reload closed the first welcome tab (an extension page); none may have opened since.
  const now = welcomePages().filter((p) => !p.isClosed()).length;
  assert(now === 0, `${now} welcome page(s) open after the update (${before} before)`);
});

await test('no request from the extension, and none left the machine', async () => {
  assert(h.fromExtension.length === 0, `extension requests: ${JSON.stringify(h.fromExtension)}`);
});

await h.close();
finish();
