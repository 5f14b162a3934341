// `node scripts/mark-shots-firefox.mjs [--build] [--tag NAME]`: the in-page marks as Firefox
// paints them (the Firefox build, .output/firefox-mv3), on the DR.SERSE fixture and the claims of
// the Dr. Sheth's fixture, on a light page and on dark ones (#121212 and #1f1f1f). Firefox 140
// paints only the colour and background of a `::highlight()` (lib/page/mark/highlight.ts,
// GECKO_LOOK), so these are not the Chromium shots of scripts/mark-shots.mjs. Written to
// tests/e2e/artifacts/marks/NAME-firefox-*.png for people to look at; nothing is asserted here.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureFirefoxBuilt, launchFirefox } from '../tests/e2e/firefox-harness.mjs';
import { EXO } from '../tests/e2e/fixtures.mjs';
import { ARTIFACTS, DEMO } from '../tests/e2e/harness.mjs';
import { hoverMark, waitForMarks } from '../tests/e2e/marks.mjs';

const args = process.argv.slice(2);
const tagAt = args.indexOf('--tag');
const tag = tagAt >= 0 ? args[tagAt + 1] : 'now';
const OUT = path.join(ARTIFACTS, 'marks');
const TIP = '[data-exocheck-ui]';
const CLAIMS = EXO.sheth;
const LOOKS = {
  light: null,
  dark: { bg: '#121212', fg: '#e0e0e0' },
  dark1f: { bg: '#1f1f1f', fg: '#f0f0f0' },
};

ensureFirefoxBuilt({ force: args.includes('--build') });
mkdirSync(OUT, { recursive: true });
const h = await launchFirefox({
  pages: { [DEMO.url]: { file: DEMO.file }, [CLAIMS.url]: { file: CLAIMS.file } },
});
/** Puppeteer's setViewport also sets a screen orientation, which Firefox 140's BiDi refuses. */
const viewport = (page, width, height, devicePixelRatio = 1) =>
  h.browser.connection.send('browsingContext.setViewport', {
    context: page.mainFrame()._id,
    viewport: { width, height },
    devicePixelRatio,
  });
const file = (name) => path.join(OUT, `${tag}-firefox-${name}.png`);
/** A dark retailer theme: the page's own colours, whatever the user's scheme. */
const darken = (page, look) =>
  look && page.addStyleTag({ content: `html,body{background:${look.bg};color:${look.fg}}` });
/** A new tab at `url` with its marks painted, in `look`'s colours. */
async function marked(url, look, width, height, devicePixelRatio = 1) {
  const page = await h.newPage();
  await viewport(page, width, height, devicePixelRatio);
  await page.goto(url, { waitUntil: 'load' });
  await darken(page, look);
  await page.bringToFront();
  await waitForMarks(page, 15_000);
  return page;
}
const tipShown = (page, shown) =>
  page.waitForFunction(
    (sel, want) => {
      const tip = document.querySelector(sel)?.shadowRoot?.querySelector('[role="tooltip"]');
      const visible = !!tip && !tip.hidden && getComputedStyle(tip).display !== 'none';
      return visible === want && (!want || !tip.textContent.includes('Loading details'));
    },
    { timeout: 5_000 },
    TIP,
    shown,
  );
try {
  for (const [name, look] of Object.entries(LOOKS)) {
    const page = await marked(DEMO.url, look, 900, 640);
    await page.mouse.move(1, 1);
    await page.evaluate(() =>
      document.querySelector('section.ingredients')?.scrollIntoView({ block: 'center' }),
    );
    await page.screenshot({ path: file(`${name}-page`) });
    const list = await page.$('section.ingredients');
    await list.screenshot({ path: file(`${name}-list`) });
    for (const kind of ['exosome', 'confounder']) {
      await hoverMark(page, kind);
      await tipShown(page, true);
      await page.screenshot({ path: file(`${name}-tip-${kind}`) });
      await page.mouse.move(1, 1);
      await tipShown(page, false).catch(() => {});
    }
    await page.close();
    // The first lines of the list at 3×, to see the fills and colours.
    const zoom = await marked(DEMO.url, look, 900, 640, 3);
    const para = await zoom.$('section.ingredients p:last-of-type');
    const box = await para.boundingBox();
    await zoom.screenshot({
      path: file(`${name}-zoom`),
      clip: { x: box.x, y: box.y, width: 420, height: 40 },
    });
    await zoom.close();
    // Claims in a product's title and description.
    const claims = await marked(CLAIMS.url, look, 900, 360);
    await claims.screenshot({ path: file(`${name}-claims`) });
    await claims.close();
    console.log(`wrote ${tag}-firefox-${name}-*.png`);
  }
} finally {
  await h.close();
}
