// Debian Firefox ESR with the built extension (.output/firefox-mv3), driven by puppeteer-core
// over WebDriver BiDi, for the Firefox end-to-end run (tests/e2e/firefox.mjs). Saved pages are
// served at their real retailer URLs and every other request of a page is aborted and recorded;
// whatever is not routed (the background's requests, which BiDi does not show, and Firefox's
// own) goes to a local proxy that refuses it, so nothing leaves the machine.
//
// How the extension is reached, since BiDi shows neither its background nor its popup:
// - the add-on's moz-extension:// UUID is fixed by the pref extensions.webextensions.uuids;
// - navigating a tab to a moz-extension:// page is refused by BiDi ("not allowed in this
//   context") unless Firefox runs with --remote-allow-system-access; with it, a tab can load
//   popup.html?tabId=N like the Chromium e2e does, and one extension tab (the "bridge") runs
//   the scenarios' chrome.* calls (storage, tabs, action, scripting, permissions);
// - the same switch lets BiDi run privileged script (the browser window's chrome scope, or on
//   Firefox 140 a background chrome:// tab, see privilegedContext), where a toolbar click's
//   grant (activeTab) is given to a tab the way Firefox's own action code gives it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { extensionGranting, ROOT } from './harness.mjs';
import { sleep } from './runner.mjs';

export const FX_EXT = path.join(ROOT, '.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'exocheck@exocheck.org';
/** Any fixed UUID: the extension's origin is then moz-extension://UUID. */
export const UUID = 'e0c0c4ec-0e5c-4e6a-9a1e-000000000e2e';
export const ORIGIN = `moz-extension://${UUID}`;
/** An empty chrome:// document (the one ExtensionParent itself loads as a dummy page). */
const PRIVILEGED_PAGE = 'chrome://extensions/content/dummy.xhtml';

/**
 * Firefox's high-contrast mode, light: Settings › Colors › "Override the colors specified by the
 * page with your selections above" set to Always (document_color_use 2), with Firefox's own
 * default text and background colours rather than the desktop's; `(forced-colors: active)`
 * then matches in pages and in extension pages alike (checked in Firefox ESR 140).
 */
export const FORCED_COLORS_PREFS = {
  'browser.display.document_color_use': 2,
  'browser.display.use_system_colors': false,
  'browser.display.foreground_color': '#000000',
  'browser.display.background_color': '#ffffff',
};

/** Builds the Firefox MV3 extension when there is no build yet (or when `force`). */
export function ensureFirefoxBuilt({ force = false, log = console.log } = {}) {
  if (!force && existsSync(path.join(FX_EXT, 'manifest.json'))) return;
  log('building the Firefox extension (npx wxt build -b firefox --mv3)…');
  const r = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('wxt build -b firefox --mv3 failed');
}

/** A local HTTP proxy that refuses every request and records where it was going. */
async function startSink() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { seen, port: server.address().port, close: () => server.close() };
}

/**
 * Firefox's own services (remote settings, which its Rust client fetches even with the
 * automation prefs) talk to these hosts; they are the browser's requests, not the extension's
 * or a page's, and the sink refuses them like any other.
 */
const BROWSER_OWN = /^https?:\/\/[^/]*\.(mozilla\.(com|net|org)|firefox\.com)(:\d+)?(\/|$)/;

const isHttp = (url) => /^https?:/.test(url);

/** The host without its first label when it has three or more ("unagi.amazon.com" → "amazon.com"). */
function siteOf(url) {
  try {
    const labels = new URL(url).hostname.split('.');
    return labels.length >= 3 ? labels.slice(1).join('.') : labels.join('.');
  } catch {
    return '';
  }
}

/**
 * Launches Firefox with the extension. `pages` maps exact URLs to files (or HTML strings);
 * `grantHosts` (match patterns) are added to a copy's host_permissions, as harness.mjs does;
 * `prefs` are more Firefox prefs (FORCED_COLORS_PREFS for high-contrast mode).
 */
export async function launchFirefox({
  headless = true,
  pages = {},
  grantHosts = [],
  prefs = {},
} = {}) {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} is missing: apt-get update && apt-get install -y firefox-esr`);
  }
  const ext = grantHosts.length > 0 ? extensionGranting(grantHosts, FX_EXT) : FX_EXT;
  const sink = await startSink();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // permissions.request() is granted without the doorhanger a user would answer.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': sink.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sink.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Background tabs keep their timers, as Playwright's Chromium flags keep them there: the
      // popup opens as a tab of its own, so the page it scans is a background tab, where
      // Firefox would clamp the content script's slice timers to one second.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
      // Saved pages are served at their own URL, http:// ones included: no HTTPS-First upgrade.
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      // Nor an HSTS-preload upgrade: puppeteer never releases the intercepted request behind
      // Firefox's internal redirect, so a page's parser-blocking http://connect.facebook.net
      // script kept the page loading for ever (the Época Cosméticos fixture).
      'network.stricttransportsecurity.preloadlist': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      ...prefs,
    },
  });
  const installed = await browser.installExtension(ext);
  if (installed !== GECKO_ID) throw new Error(`installed as ${installed}, not ${GECKO_ID}`);

  const blocked = [];
  const fromExtension = [];
  const served = [];
  const table = new Map(Object.entries(pages));
  const pageSites = new Set(Object.keys(pages).map(siteOf));
  const bidi = browser.connection;

  /** A new tab whose http(s) requests are served from `table` or aborted and recorded. */
  async function newPage() {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (!isHttp(url)) return void req.continue().catch(() => {});
      let origin = '';
      try {
        origin = req.frame()?.url() ?? '';
      } catch {}
      if (page.exocheckExtensionPage || origin.startsWith('moz-extension:')) {
        fromExtension.push({ url, origin: origin || ORIGIN });
      }
      const hit = table.get(url.split('#')[0]);
      if (hit) {
        served.push(url);
        const body = hit.html ?? readFileSync(hit.file);
        const contentType = hit.contentType ?? 'text/html; charset=utf-8';
        return void req.respond({ status: 200, contentType, body }).catch(() => {});
      }
      blocked.push({ url, origin });
      req.abort().catch(() => {});
    });
    return page;
  }

  /**
   * A tab showing an extension page (`file` with its query). puppeteer's goto waits for a load
   * event BiDi never sends for it, so this navigates without waiting and polls the document.
   */
  async function openExtensionPage(file) {
    const page = await newPage();
    page.exocheckExtensionPage = true;
    const url = `${ORIGIN}/${file}`;
    await bidi.send('browsingContext.navigate', {
      context: page.mainFrame()._id,
      url,
      wait: 'none',
    });
    for (let i = 0; i < 100; i++) {
      const ready = await page
        .evaluate((u) => location.href === u && document.readyState === 'complete', url)
        .catch(() => false);
      if (ready) return page;
      await sleep(100);
    }
    throw new Error(`${url} did not load`);
  }

  /**
   * A browsing context whose script runs with the system principal in the parent process, as
   * Firefox's own UI code does. Newer Firefox lists its chrome windows for getTree's
   * `moz:scope: 'chrome'`; Firefox 140's getTree reads only maxDepth and root (its
   * remote/content/webdriver-bidi/modules/root/browsingContext.sys.mjs) and returns the tabs,
   * where ChromeUtils is undefined. There a background tab on a chrome:// page serves instead:
   * with --remote-allow-system-access BiDi navigates a tab there and evaluates in it.
   */
  let privileged = null;
  async function privilegedContext() {
    privileged ??= (async () => {
      const hasChromeUtils = async (context) => {
        const r = await bidi.send('script.evaluate', {
          target: { context },
          expression: 'typeof ChromeUtils',
          awaitPromise: false,
        });
        return r.result.type === 'success' && r.result.result.value === 'object';
      };
      const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const win = tree.result.contexts[0]?.context;
      if (win && (await hasChromeUtils(win))) return win;
      // In the background, so the scenarios' active tab stays theirs (activeTab, tabs.query).
      const tab = await bidi.send('browsingContext.create', { type: 'tab', background: true });
      const context = tab.result.context;
      await bidi.send('browsingContext.navigate', {
        context,
        url: PRIVILEGED_PAGE,
        wait: 'complete',
      });
      if (!(await hasChromeUtils(context))) throw new Error(`no ChromeUtils in ${PRIVILEGED_PAGE}`);
      return context;
    })();
    privileged.catch(() => {
      privileged = null;
    });
    return privileged;
  }

  /** Evaluates `expression` (which may return a promise) with the browser's own privileges. */
  async function inChrome(expression) {
    const context = await privilegedContext();
    const r = await bidi.send('script.evaluate', {
      target: { context },
      expression,
      awaitPromise: true,
    });
    if (r.result.type === 'exception') throw new Error(r.result.exceptionDetails.text);
    return r.result.result.value;
  }

  /**
   * What clicking ExoCheck's toolbar button gives the tab, besides opening the popup: the
   * activeTab grant (Firefox's ExtensionActions.triggerClickOrPopup). `activate` also runs the
   * content scripts on a page ExoCheck may not read by itself, as that click does.
   */
  function toolbarClickGrant(tabId, { activate = false } = {}) {
    return inChrome(`(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
      const tab = ext.tabManager.get(${Number(tabId)}).nativeTab;
      ext.tabManager.addActiveTabPermission(tab);
      ${activate ? 'ext.tabManager.activateScripts(tab);' : ''}
      return ext.tabManager.hasActiveTabPermission(tab);
    })()`);
  }

  /**
   * What about:addons does when the user switches a site's access on in ExoCheck's Permissions
   * tab: ExtensionPermissions.add with the running extension as the emitter (permissions.onAdded).
   */
  function grantInAddonsManager(origins) {
    return inChrome(`(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const id = ${JSON.stringify(GECKO_ID)};
      const ext = ExtensionParent.GlobalManager.getExtension(id);
      await ExtensionPermissions.add(id, { permissions: [], origins: ${JSON.stringify(origins)} }, ext);
      return true;
    })()`);
  }

  const bridge = await openExtensionPage('popup.html?tabId=0');

  return {
    browser,
    bridge,
    extDir: ext,
    blocked,
    fromExtension,
    served,
    newPage,
    openExtensionPage,
    toolbarClickGrant,
    grantInAddonsManager,
    /**
     * Requests that reached the sink, less Firefox's own services and less those to the site of
     * a served page: a page's beacons sent as its tab closes, when BiDi no longer routes the
     * tab's requests (seen on the Amazon fixture's unagi.amazon.com metrics).
     */
    leftMachine: () => sink.seen.filter((u) => !BROWSER_OWN.test(u) && !pageSites.has(siteOf(u))),
    /** Every request that reached the sink (the browser's own included). */
    sinkSeen: () => [...sink.seen],
    async close() {
      await browser.close().catch(() => {});
      sink.close();
      if (ext !== FX_EXT) rmSync(ext, { recursive: true, force: true });
    },
  };
}
