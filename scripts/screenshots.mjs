// `node scripts/screenshots.mjs [--build]`: screenshots of the tooltip and the popup for three
// kinds of exosome-type ingredient (human culture fluid, human platelet extract, a bare
// "Exosomes" label) with the rules of three regions (KR, EU, US) first. The pages are the
// DR.SERSE fixture with its first ingredient swapped, served at a Soko Glam product URL so the
// content script runs as on a real shop. Written to tests/e2e/artifacts/screens/ for people to
// look at; nothing is asserted here (the e2e and unit tests assert).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, ensureBuilt, launch, ROOT, tabIdOf } from '../tests/e2e/harness.mjs';
import { hoverMark, waitForMarks } from '../tests/e2e/marks.mjs';

const OUT = path.join(ARTIFACTS, 'screens');
const TEMPLATE = readFileSync(
  path.join(ROOT, 'tests/fixtures/exosome/dr-serse-serum.html'),
  'utf8',
);
const FIRST = 'Human Adipose Stromal Cell Conditioned Media';

const PRODUCTS = {
  'culture-fluid': FIRST,
  platelet: 'Human Platelet Extract',
  'bare-exosomes': 'Exosomes',
};
const REGIONS = ['kr', 'eu', 'us'];

const pageFor = (ingredient) => TEMPLATE.replace(`<p>${FIRST}, Water,`, `<p>${ingredient}, Water,`);

ensureBuilt({ force: process.argv.includes('--build') });
mkdirSync(OUT, { recursive: true });
const pages = Object.fromEntries(
  Object.entries(PRODUCTS).map(([id, ingredient]) => [
    `https://sokoglam.com/products/exocheck-demo-${id}`,
    { html: pageFor(ingredient) },
  ]),
);
const h = await launch({ pages });
const { context, sw, extId } = h;
const setRegion = (region) =>
  sw.evaluate(async (r) => {
    const key = 'exocheck-settings';
    const cur = (await chrome.storage.local.get(key))[key] ?? {};
    await chrome.storage.local.set({ [key]: { ...cur, region: r } });
  }, region);

try {
  for (const region of REGIONS) {
    await setRegion(region);
    for (const id of Object.keys(PRODUCTS)) {
      const url = `https://sokoglam.com/products/exocheck-demo-${id}`;
      const page = await context.newPage();
      await page.setViewportSize({ width: 900, height: 700 });
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      await waitForMarks(page, 15_000);
      await hoverMark(page, 'exosome');
      const tip = page.locator('[data-exocheck-ui] [role="tooltip"]');
      await tip.waitFor({ state: 'visible', timeout: 5_000 });
      // Cards arrive from the background after the tooltip opens.
      await page.waitForFunction(
        () =>
          !document
            .querySelector('[data-exocheck-ui]')
            ?.shadowRoot?.textContent?.includes('Loading details'),
        null,
        { timeout: 5_000 },
      );
      await page.screenshot({ path: path.join(OUT, `tooltip-${id}-${region}.png`) });
      const tabId = await tabIdOf(sw, url);
      const popup = await context.newPage();
      // Chrome caps a toolbar popup at 800 × 600: the "-top" shot is its first screen.
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
      await popup.locator('#verdict-title').waitFor({ timeout: 10_000 });
      await popup.screenshot({ path: path.join(OUT, `popup-${id}-${region}-top.png`) });
      // The details (knowledge chunk) load after the first screen: the whole popup once they are in.
      await popup.locator('.footer').waitFor({ timeout: 10_000 });
      await popup.screenshot({ path: path.join(OUT, `popup-${id}-${region}.png`), fullPage: true });
      // The region's own line, in the findings "in full" (a closed section under the first screen).
      await popup.locator('details:has(.card .regulation) > summary').first().click();
      const regulation = popup.locator('.card .regulation > li').first();
      await regulation.screenshot({ path: path.join(OUT, `popup-${id}-${region}-rulings.png`) });
      console.log(`wrote tooltip-${id}-${region}.png, popup-${id}-${region}.png`);
      await popup.close();
      await page.close();
    }
  }
} finally {
  await h.close();
}
