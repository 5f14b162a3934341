// `node scripts/mark-shots.mjs [--build] [--tag NAME] [--ext DIR]` (DIR: another build to load): screenshots of the in-page marks and
// their tooltips on the DR.SERSE fixture (served at its Soko Glam URL, as `npm start` does), and
// of the claim marks on the Dr. Sheth's fixture, in
// three looks: a light page, a dark page (#121212 and #1f1f1f, the user's scheme dark, so the
// tooltip is dark too) and Windows-style forced colours. Written to
// tests/e2e/artifacts/marks/NAME-*.png for people to look at; nothing is asserted here (the
// contrast of the mark styles is tested in tests/unit/page/mark-contrast.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, DEMO, ensureBuilt, launch, ROOT } from '../tests/e2e/harness.mjs';
import { hoverMark, waitForMarks } from '../tests/e2e/marks.mjs';

const args = process.argv.slice(2);
const tagAt = args.indexOf('--tag');
const tag = tagAt >= 0 ? args[tagAt + 1] : 'now';
const extAt = args.indexOf('--ext');
const ext = extAt >= 0 ? path.resolve(args[extAt + 1]) : undefined;
const OUT = path.join(ARTIFACTS, 'marks');
const TIP = '[data-exocheck-ui] [role="tooltip"]';
const CLAIMS = {
  url: 'https://sokoglam.com/products/dr-sheths-cica-exosomes-vitamin-c-glow-serum',
  file: path.join(ROOT, 'tests/fixtures/exosome/dr-sheths-cica-exosomes-vitamin-c-serum.html'),
};

const LOOKS = {
  light: { colorScheme: 'light', page: null },
  dark: { colorScheme: 'dark', page: { bg: '#121212', fg: '#e0e0e0' } },
  dark1f: { colorScheme: 'dark', page: { bg: '#1f1f1f', fg: '#f0f0f0' } },
  forced: { colorScheme: 'light', forcedColors: 'active', page: null },
};

if (!ext) ensureBuilt({ force: args.includes('--build') });
mkdirSync(OUT, { recursive: true });
const h = await launch({
  ext,
  pages: { [DEMO.url]: { file: DEMO.file }, [CLAIMS.url]: { file: CLAIMS.file } },
});
try {
  for (const [name, look] of Object.entries(LOOKS)) {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 900, height: 640 });
    await page.emulateMedia({
      colorScheme: look.colorScheme,
      forcedColors: look.forcedColors ?? 'none',
    });
    await page.goto(DEMO.url, { waitUntil: 'load' });
    if (look.page) {
      // A dark retailer theme: the page's own colours, whatever the user's scheme.
      await page.addStyleTag({
        content: `html,body{background:${look.page.bg};color:${look.page.fg}}`,
      });
    }
    await page.bringToFront();
    await waitForMarks(page, 15_000);
    await page.mouse.move(1, 1);
    const list = page.locator('section.ingredients');
    await list.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, `${tag}-${name}-page.png`) });
    await list.screenshot({ path: path.join(OUT, `${tag}-${name}-list.png`) });
    // The first lines of the list at 3× to see line styles and weights.
    const cdp = await page.context().newCDPSession(page);
    const lines = await page.locator('section.ingredients p').last().boundingBox();
    const shot = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: { x: lines.x, y: lines.y, width: 420, height: 40, scale: 3 },
    });
    writeFileSync(path.join(OUT, `${tag}-${name}-zoom.png`), Buffer.from(shot.data, 'base64'));
    await cdp.detach();
    for (const kind of ['exosome', 'confounder']) {
      await hoverMark(page, kind);
      await page.locator(TIP).waitFor({ state: 'visible', timeout: 5_000 });
      await page.waitForFunction(
        () =>
          !document
            .querySelector('[data-exocheck-ui]')
            ?.shadowRoot?.textContent?.includes('Loading details'),
        null,
        { timeout: 5_000 },
      );
      await page.screenshot({ path: path.join(OUT, `${tag}-${name}-tip-${kind}.png`) });
      await page.mouse.move(1, 1);
      await page.locator(TIP).waitFor({ state: 'hidden', timeout: 3_000 });
    }
    await page.close();
    // Claims in a product's title and description (wavy lines).
    const claims = await h.context.newPage();
    await claims.setViewportSize({ width: 900, height: 360 });
    await claims.emulateMedia({
      colorScheme: look.colorScheme,
      forcedColors: look.forcedColors ?? 'none',
    });
    await claims.goto(CLAIMS.url, { waitUntil: 'load' });
    if (look.page) {
      await claims.addStyleTag({
        content: `html,body{background:${look.page.bg};color:${look.page.fg}}`,
      });
    }
    await claims.bringToFront();
    await waitForMarks(claims, 15_000);
    await claims.screenshot({ path: path.join(OUT, `${tag}-${name}-claims.png`) });
    await claims.close();
    console.log(`wrote ${tag}-${name}-*.png`);
  }
} finally {
  await h.close();
}
