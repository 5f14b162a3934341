// End-to-end in Debian Chromium: the built extension on saved pages served at their real
// retailer URLs (tests/e2e/harness.mjs), through the scenario list both browsers share
// (tests/e2e/scenarios/; Firefox: tests/e2e/firefox.mjs). Prints one line per test, then
// "N passed, N failed"; exits 1 on any failure. Screenshots go to tests/e2e/artifacts/
// (gitignored).
//
// `node tests/e2e/run.mjs [--build] [name filter…]`
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, lexiconIsEmpty } from './fixtures.mjs';
import { ARTIFACTS, EXT, ensureBuilt, launch } from './harness.mjs';
import { scanAllWithCli } from './reports.mjs';
import { assert, createRunner } from './runner.mjs';
import { runScenarios } from './scenarios/index.mjs';

const { test, finish, force } = createRunner();

if (lexiconIsEmpty()) {
  console.log('FAIL lib/knowledge/generated/lexicon.json is empty: run `npm run data` first');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
ensureBuilt({ force });
mkdirSync(ARTIFACTS, { recursive: true });
const fx = fixtures(EXT);
const cli = scanAllWithCli(fx.allSaved);

const h = await launch({ pages: fx.pages, grantHosts: fx.grantHosts });
const { context, sw, extId } = h;
console.log(`# extension ${extId}, ${Object.keys(fx.pages).length} pages served locally`);

/**
 * The toolbar's "Scan this page" runs content.js again through scripting.executeScript, which
 * needs the activeTab grant a real toolbar click gives and automation cannot; so this runs the
 * same file in the extension's isolated world over CDP, which is what executeScript does.
 */
async function injectAgain(page) {
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extId}`,
  );
  assert(world, `no ExoCheck isolated world among ${worlds.length} contexts`);
  const code = readFileSync(path.join(EXT, 'content-scripts/content.js'), 'utf8');
  const r = await cdp.send('Runtime.evaluate', { expression: code, contextId: world.id });
  await cdp.detach();
  assert(!r.exceptionDetails, `content.js ran: ${JSON.stringify(r.exceptionDetails ?? '')}`);
}

const env = {
  browser: 'chromium',
  ext: sw,
  fx,
  cli,
  newPage: () => context.newPage(),
  async openPopup(tabId) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
    await popup.waitForLoadState('load');
    return popup;
  },
  injectAgain,
  requests: h,
  artifactPrefix: '',
  buildDir: h.extDir,
};

await runScenarios(env, test);
await h.close();
finish();
