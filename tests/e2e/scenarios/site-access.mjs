// A supported shop whose hosts the browser does not let ExoCheck read (Firefox MV3: the user
// can withhold or withdraw a shop's access in about:addons or the extensions panel). Both
// states: not granted (the page is not read; the popup says so and offers the grant, which
// reads it) and granted (read by itself again); a toolbar click, which in Firefox runs the
// content scripts once on such a page; and access given back in about:addons, after which the
// background reads the shop's open pages. Chromium skips these (see SKIP).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clickButton, count, visibleText } from '../dom.mjs';
import { activeTabId, reportFor } from '../ext-state.mjs';
import { ARTIFACTS } from '../harness.mjs';
import { waitForMarks } from '../marks.mjs';
import { checkReport, checkSameAsCli } from '../reports.mjs';
import { assert, sleep, waitFor } from '../runner.mjs';
import { markCount } from './product-page.mjs';
import { checkMarks } from './saved-pages.mjs';

const SKIP =
  'Chromium counts a content script’s match patterns as granted for good: permissions.remove ' +
  'refuses them ("Only permissions specified in the manifest may be requested"), and its ' +
  '"on click" site access is a browser setting automation cannot reach';

/** The shop's origin patterns, from the built manifest's content-script matches. */
function shopOrigins(buildDir, site) {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8'));
  const matches = manifest.content_scripts.flatMap((c) => c.matches);
  const origins = matches
    .map((m) => m.replace(/^([^:/]+:\/\/[^/]+)\/.*$/, '$1/*'))
    .filter((o) => o.includes(`.${site}.`) || o.includes(`//${site}.`));
  return [...new Set(origins)];
}

export async function siteAccessScenarios(env, test) {
  const skip = env.browser === 'firefox' ? null : SKIP;
  const { ext, fx, cli } = env;
  const origins = skip ? [] : shopOrigins(env.buildDir, 'sephora');
  const has = (url) =>
    ext.evaluate((o) => chrome.permissions.contains({ origins: [o] }), `${new URL(url).origin}/*`);
  const withdraw = async () => {
    const removed = await ext.evaluate((o) => chrome.permissions.remove({ origins: o }), origins);
    assert(removed === true, 'permissions.remove refused');
  };
  /** A page opened while not granted: nothing read, nothing marked. */
  const openUnread = async (p) => {
    const page = await env.newPage();
    await page.goto(p.url, { waitUntil: 'load' });
    await page.bringToFront();
    await sleep(1500);
    assert((await reportFor(ext, p.url)) === null, 'read without access');
    assert((await markCount(page)) === 0, 'marked without access');
    const tabId = await activeTabId(ext);
    assert(tabId !== null, 'tab id');
    return { page, tabId };
  };

  const P = fx.named('sephora-us-conditioned-media-panel-after-about');
  await test(
    'site access withdrawn: the shop’s page is not read, the popup says so and offers the grant, the grant reads it, and later pages are read by themselves',
    async () => {
      await withdraw();
      assert((await has(P.url)) === false, 'still granted after permissions.remove');
      const { page, tabId } = await openUnread(P);
      // The toolbar click that opens the popup grants activeTab (its URL becomes visible).
      assert((await env.toolbarClickGrant(tabId)) === true, 'no activeTab grant');
      const popup = await env.openPopup(tabId);
      await waitFor(
        async () => (await count(popup, '[data-site-access="needed"]')) > 0,
        'the site-access notice',
      );
      const text = await visibleText(popup);
      assert(/ExoCheck has not read this page/.test(text), `notice: ${text.slice(0, 300)}`);
      assert(/www\.sephora\.com/.test(text), 'names the host');
      assert(!/No ingredient list found/.test(text), 'says "no list found" on an unread page');
      await popup.screenshot({ path: path.join(ARTIFACTS, 'firefox-popup-site-access.png') });
      await clickButton(popup, 'Allow ExoCheck on Sephora');
      const report = await waitFor(() => reportFor(ext, P.url), 'the report after the grant');
      checkReport(P, report, P.folder);
      checkSameAsCli(P, report, cli[P.url]);
      await waitFor(
        async () => (await count(popup, `[data-verdict="${report.exosome.verdict}"]`)) > 0,
        'the verdict in the popup',
      );
      assert((await count(popup, '[data-site-access]')) === 0, 'the notice stayed');
      assert((await has(P.url)) === true, 'not granted after the grant');
      await page.bringToFront();
      await checkMarks(page, P, report);
      await popup.close();
      // Granted: the next load is read by itself.
      await page.reload({ waitUntil: 'load' });
      await waitForMarks(page, 10_000);
      await page.close();
    },
    { skip },
  );

  const Q = fx.named('sephora-drunk-elephant-protini-polypeptide-moisturizer-json-only');
  await test(
    'site access withdrawn, toolbar click: Firefox runs the content script once on click, the popup shows the verdict and offers the grant',
    async () => {
      await withdraw();
      const { page, tabId } = await openUnread(Q);
      await env.toolbarClickGrant(tabId, { activate: true });
      const report = await waitFor(() => reportFor(ext, Q.url), 'the report after the click');
      checkReport(Q, report, Q.folder);
      const popup = await env.openPopup(tabId);
      await waitFor(
        async () => (await count(popup, '[data-site-access="offer"]')) > 0,
        'the offer to read the shop by itself',
      );
      assert((await count(popup, `[data-verdict="${report.exosome.verdict}"]`)) > 0, 'the verdict');
      await clickButton(popup, 'Allow ExoCheck on Sephora');
      await waitFor(
        async () => (await count(popup, '[data-site-access]')) === 0,
        'the offer to go',
      );
      assert((await has(Q.url)) === true, 'not granted after the grant');
      await popup.close();
      await page.close();
    },
    { skip },
  );

  const R = fx.named('sephora-the-ordinary-multi-peptide-serum-hair-density');
  await test(
    'site access given back in about:addons: the background reads the shop’s page already open',
    async () => {
      await withdraw();
      const { page } = await openUnread(R);
      await env.grantInAddonsManager(origins);
      const report = await waitFor(() => reportFor(ext, R.url), 'the report after the grant');
      checkReport(R, report, R.folder);
      checkSameAsCli(R, report, cli[R.url]);
      await checkMarks(page, R, report);
      await page.close();
    },
    { skip },
  );
}
