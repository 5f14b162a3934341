// End-to-end in Debian Firefox ESR: the Firefox MV3 build (.output/firefox-mv3) on saved pages
// served at their real retailer URLs (tests/e2e/firefox-harness.mjs), through the scenario list
// both browsers share (tests/e2e/scenarios/), site access withheld included (Firefox only).
// Prints one line per test, then "N passed, N failed"; exits 1 on any failure. Screenshots go to
// tests/e2e/artifacts/firefox-*.png (gitignored).
//
// Then the forced-colours (high-contrast) tests in a second launch (scenarios/forced-colors.mjs).
//
// `node tests/e2e/firefox.mjs [--build] [name filter…]` (--build rebuilds the extension first)
import { mkdirSync } from 'node:fs';
import { CONTENT_SCRIPT } from './ext-state.mjs';
import {
  ensureFirefoxBuilt,
  FORCED_COLORS_PREFS,
  FX_EXT,
  launchFirefox,
} from './firefox-harness.mjs';
import { fixtures, lexiconIsEmpty } from './fixtures.mjs';
import { ARTIFACTS, DEMO } from './harness.mjs';
import { scanAllWithCli } from './reports.mjs';
import { assert, createRunner } from './runner.mjs';
import { forcedColorsScenarios } from './scenarios/forced-colors.mjs';
import { runScenarios } from './scenarios/index.mjs';

const { test, finish, force } = createRunner();

if (lexiconIsEmpty()) {
  console.log('FAIL lib/knowledge/generated/lexicon.json is empty: run `npm run data` first');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
ensureFirefoxBuilt({ force });
mkdirSync(ARTIFACTS, { recursive: true });
const fx = fixtures(FX_EXT);
const cli = scanAllWithCli(fx.allSaved);

const h = await launchFirefox({ pages: fx.pages, grantHosts: fx.grantHosts });
const version = await h.browser.version();
console.log(
  `# ${version}, extension ${h.extDir}, ${Object.keys(fx.pages).length} pages served locally`,
);

const env = {
  browser: 'firefox',
  ext: h.bridge,
  fx,
  cli,
  newPage: h.newPage,
  openPopup: (tabId) => h.openExtensionPage(`popup.html?tabId=${tabId}`),
  /** The toolbar's "Scan this page" itself: scripting.executeScript from an extension page. */
  async injectAgain(_page, tabId) {
    const r = await h.bridge.evaluate(
      ([id, file]) =>
        chrome.scripting.executeScript({ target: { tabId: id }, files: [file] }).then(
          () => null,
          (e) => String(e?.message ?? e),
        ),
      [tabId, CONTENT_SCRIPT],
    );
    assert(r === null, `executeScript: ${r}`);
  },
  toolbarClickGrant: h.toolbarClickGrant,
  grantInAddonsManager: h.grantInAddonsManager,
  buildDir: h.extDir,
  requests: h,
  artifactPrefix: 'firefox-',
};

await runScenarios(env, test);
const own = h.sinkSeen().length - h.leftMachine().length;
if (own > 0) console.log(`# ${own} request(s) of Firefox's own services refused by the sink`);
await h.close();

// Forced colours (high-contrast mode) are a pref read at startup: one more launch with it on,
// made only when one of its tests runs (scenarios/forced-colors.mjs).
let forced = null;
const startForced = () => {
  forced ??= launchFirefox({
    pages: { [DEMO.url]: { file: DEMO.file } },
    prefs: FORCED_COLORS_PREFS,
  }).then((f) => ({
    ...f,
    openPopup: (tabId) => f.openExtensionPage(`popup.html?tabId=${tabId}`),
  }));
  return forced;
};
await forcedColorsScenarios(startForced, test);
if (forced) await (await forced.catch(() => null))?.close();
finish();
