// Shared by the end-to-end run (tests/e2e/run.mjs) and `npm start` (scripts/start.mjs):
// build if needed, launch Debian Chromium with the built extension, and serve saved pages at
// their real retailer URLs with every other request aborted and recorded, so nothing leaves
// the machine.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXT = path.join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the Chrome extension when there is no build yet (or when `force`). */
export function ensureBuilt({ force = false, log = console.log } = {}) {
  if (!force && existsSync(path.join(EXT, 'manifest.json'))) return;
  log('building the extension (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('wxt build failed');
}

/**
 * A copy of the built extension whose manifest also grants `hosts` (match patterns). The popup's
 * "Scan this page" injects the content script with the `activeTab` grant a real toolbar click
 * gives; automation cannot click the toolbar, so tests grant those hosts up front instead.
 */
export function extensionGranting(hosts, from = EXT) {
  const dir = mkdtempSync(path.join(tmpdir(), 'exocheck-ext-'));
  cpSync(from, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

/**
 * Launches Chromium with the extension. `pages` maps exact URLs to files (or HTML strings);
 * those are fulfilled locally, everything else is aborted and recorded in `blocked`.
 * Requests to http(s) made by the extension's own pages or worker go to `fromExtension`:
 * the extension must make none. `grantHosts`: see extensionGranting. `ext`: another build
 * (tests/e2e/first-run.mjs loads its own); `copy`: load a temporary copy, returned as `extDir`,
 * which a test may change on disk (a new version) and reload.
 */
export async function launch({
  headless = true,
  pages = {},
  grantHosts = [],
  ext: build = EXT,
  copy = false,
} = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  }
  const ext = grantHosts.length > 0 || copy ? extensionGranting(grantHosts, build) : build;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'exocheck-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Belt and braces: even a request that slipped past routing could not resolve a host.
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });

  const blocked = [];
  const fromExtension = [];
  const served = [];
  const table = new Map(Object.entries(pages));

  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    const origin = requestOrigin(req);
    if (!/^https?:/.test(url)) return route.continue();
    if (origin.startsWith('chrome-extension://')) fromExtension.push({ url, origin });
    const page = table.get(stripHash(url));
    if (page) {
      served.push(url);
      return route.fulfill({
        status: 200,
        contentType: page.contentType ?? 'text/html; charset=utf-8',
        body: page.html ?? readFileSync(page.file),
      });
    }
    blocked.push({ url, origin, type: req.resourceType() });
    return route.abort('blockedbyclient');
  });
  // Requests Playwright sees but routing may not (service-worker fetches): record them too.
  context.on('request', (req) => {
    const url = req.url();
    const origin = requestOrigin(req);
    if (/^https?:/.test(url) && origin.startsWith('chrome-extension://')) {
      if (!fromExtension.some((r) => r.url === url)) fromExtension.push({ url, origin });
    }
  });

  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extId = new URL(sw.url()).host;

  return {
    context,
    sw,
    extId,
    extDir: ext,
    blocked,
    fromExtension,
    served,
    /** Adds pages to serve after launch. */
    serve(more) {
      for (const [url, page] of Object.entries(more)) table.set(url, page);
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
      if (ext !== build) rmSync(ext, { recursive: true, force: true });
    },
  };
}

function requestOrigin(req) {
  try {
    const sw = req.serviceWorker?.();
    if (sw) return sw.url();
    const frame = req.frame();
    return frame.url() || frame.page()?.url() || '';
  } catch {
    return '';
  }
}

function stripHash(url) {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * Whether the built manifest (of `ext`, a build directory) registers the content script for
 * `url` (Chrome match-pattern semantics: host exact or "*." suffix, path glob over path + query).
 */
export function manifestCovers(url, ext = EXT) {
  const manifest = JSON.parse(readFileSync(path.join(ext, 'manifest.json'), 'utf8'));
  const patterns = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const u = new URL(url);
  return patterns.some((p) => {
    const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(p);
    if (!m) return false;
    const [, scheme, host, glob] = m;
    if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
    const hostOk = host.startsWith('*.')
      ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))
      : host === '*' || u.hostname === host;
    const re = new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
    return hostOk && re.test(u.pathname + u.search);
  });
}

/** The demo product page used by `npm start`: the DR.SERSE fixture at a retailer-like URL. */
export const DEMO = {
  url: 'https://sokoglam.com/products/dr-serse-serum',
  file: path.join(ROOT, 'tests/fixtures/exosome/dr-serse-serum.html'),
};

/**
 * Tab id of the tab showing `url`, asked from the service worker. Without the "tabs"
 * permission tab URLs are hidden, so this looks for the report the background stored for that
 * URL, then falls back to the active tab (tests bring the page to the front first).
 */
export async function tabIdOf(sw, url) {
  return sw.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    for (const [key, report] of Object.entries(all)) {
      if (key.startsWith('exocheck-report:') && report?.url === u) return Number(key.slice(16));
    }
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  }, url);
}
