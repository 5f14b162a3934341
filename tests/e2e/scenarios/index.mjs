// The one scenario list both browsers run, in this order (tests/e2e/run.mjs for Chromium,
// tests/e2e/firefox.mjs for Firefox). `env` is what a runner provides:
//   browser        'chromium' | 'firefox'
//   ext            evaluate(fn, arg) in an extension context (tests/e2e/ext-state.mjs)
//   newPage()      a page whose requests are routed (fixtures served, the rest aborted)
//   openPopup(id)  popup.html?tabId=id as a page
//   injectAgain(page, tabId)  runs the content script file again in the page (what the
//                  toolbar's "Scan this page" does on a page already read)
//   fx, cli        the fixtures (tests/e2e/fixtures.mjs) and the scan CLI's report of each
//   requests       what the routing saw (./network.mjs)
//   artifactPrefix prefix of screenshot names in tests/e2e/artifacts/
//   buildDir       the extension build under test
//   toolbarClickGrant(tabId, { activate })  Firefox only: what a toolbar click grants
//   grantInAddonsManager(origins)  Firefox only: a site's access switched on in about:addons
// A scenario that cannot run in a browser is listed there as skipped, with the reason.
import { collapsedPanelTests } from '../collapsed.mjs';
import { cliParityScenarios } from './cli-parity.mjs';
import { imageReadingScenarios } from './image-reading.mjs';
import { markLookScenarios } from './mark-looks.mjs';
import { networkScenarios } from './network.mjs';
import { productPageScenarios } from './product-page.mjs';
import { savedPageScenarios } from './saved-pages.mjs';
import { siteAccessScenarios } from './site-access.mjs';

export async function runScenarios(env, test) {
  await productPageScenarios(env, test);
  await markLookScenarios(env, test);
  await collapsedPanelTests(env, test);
  await savedPageScenarios(env, test);
  await cliParityScenarios(env, test);
  await siteAccessScenarios(env, test);
  await imageReadingScenarios(env, test);
  await networkScenarios(env, test);
}
