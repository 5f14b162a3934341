// `node scripts/first-screens.mjs [--build]`: the popup's first screen (400 × 600, Chrome's
// popup size) for four kinds of page, each in light, dark, 200% text and with keyboard focus:
// an EU-prohibited human-derived finding (DR.SERSE, EU rules), a plant-vesicle finding (the same
// page with Centella callus vesicles first), a claim-only page (Dr. Sheth's) and an ordinary
// page (a Sephora serum). Then the store screenshots (1280 × 800): the marks and tooltip on the
// DR.SERSE page, and the popup beside it. Written to tests/e2e/artifacts/first-screen/ and
// store/screenshots/ for people to look at; nothing is asserted here (the e2e tests assert).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, ensureBuilt, launch, ROOT, tabIdOf } from '../tests/e2e/harness.mjs';
import { hoverMark, waitForMarks } from '../tests/e2e/marks.mjs';

const OUT = path.join(ARTIFACTS, 'first-screen');
const STORE = path.join(ROOT, 'store/screenshots');
const FIX = path.join(ROOT, 'tests/fixtures');
const SERSE = readFileSync(path.join(FIX, 'exosome/dr-serse-serum.html'), 'utf8');
const FIRST = 'Human Adipose Stromal Cell Conditioned Media';

const CASES = [
  {
    id: 'human-eu-prohibited',
    url: 'https://sokoglam.com/products/dr-serse-serum',
    page: { html: SERSE },
  },
  {
    id: 'plant-vesicles',
    url: 'https://sokoglam.com/products/exocheck-demo-plant-vesicles',
    page: {
      html: SERSE.replace(
        `<p>${FIRST}, Water,`,
        '<p>Centella Asiatica Callus Extracellular Vesicles, Water,',
      ),
    },
  },
  {
    id: 'claim-only',
    url: 'https://sokoglam.com/products/dr-sheths-cica-exosomes-vitamin-c-glow-serum',
    page: { file: path.join(FIX, 'exosome/dr-sheths-cica-exosomes-vitamin-c-serum.html') },
  },
  {
    id: 'ordinary',
    url: 'https://www.sephora.com/product/augustinus-bader-the-serum-with-tfc8-reg-P475907',
    page: { file: path.join(FIX, 'sephora/sephora-augustinus-bader-the-serum-tfc8.html') },
  },
];

const VARIANTS = [
  { id: 'light', scheme: 'light' },
  { id: 'dark', scheme: 'dark' },
  { id: 'text-200', scheme: 'light', fontScale: 2 },
  { id: 'keyboard', scheme: 'light', tabs: 3 },
];

ensureBuilt({ force: process.argv.includes('--build') });
mkdirSync(OUT, { recursive: true });
mkdirSync(STORE, { recursive: true });
const h = await launch({ pages: Object.fromEntries(CASES.map((c) => [c.url, c.page])) });
const { context, sw, extId } = h;
await sw.evaluate(
  (key) => chrome.storage.local.set({ [key]: { region: 'eu' } }),
  'exocheck-settings',
);

try {
  for (const c of CASES) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(c.url, { waitUntil: 'load' });
    await page.bringToFront();
    await waitForMarks(page, 15_000).catch(() => {});
    await page.waitForTimeout(800);
    const tabId = await tabIdOf(sw, c.url);
    for (const v of VARIANTS) {
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme: v.scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
      await popup.locator('#verdict-title').waitFor({ timeout: 10_000 });
      await popup.locator('.footer').waitFor({ timeout: 10_000 });
      if (v.fontScale) {
        await popup.evaluate((s) => {
          document.documentElement.style.fontSize = `${s * 100}%`;
        }, v.fontScale);
      }
      for (let i = 0; i < (v.tabs ?? 0); i++) await popup.keyboard.press('Tab');
      await popup.screenshot({ path: path.join(OUT, `${c.id}-${v.id}.png`) });
      await popup.close();
    }
    console.log(`wrote ${c.id}-{${VARIANTS.map((v) => v.id).join(',')}}.png`);
    if (c.id === 'human-eu-prohibited') {
      // Store shot 1: the marks and the tooltip on the product page.
      await hoverMark(page, 'exosome');
      await page.locator('[data-exocheck-ui] [role="tooltip"]').waitFor({ timeout: 5_000 });
      await page.waitForTimeout(600);
      await page.screenshot({ path: path.join(STORE, '1-marks-and-tooltip.png') });
      // Store shot 2: the popup's first screen beside the page, at the popup's size.
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
      await popup.locator('.footer').waitFor({ timeout: 10_000 });
      const shot = await popup.screenshot();
      await popup.close();
      await page.mouse.move(5, 5);
      await page.evaluate((b64) => {
        const img = document.createElement('img');
        img.src = `data:image/png;base64,${b64}`;
        img.alt = '';
        img.style.cssText =
          'position:fixed;top:60px;right:60px;width:400px;height:600px;z-index:2147483647;box-shadow:0 8px 32px rgba(0,0,0,.35);border-radius:8px';
        document.documentElement.append(img);
      }, shot.toString('base64'));
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(STORE, '2-popup-first-screen.png') });
      console.log('wrote store/screenshots/1-marks-and-tooltip.png, 2-popup-first-screen.png');
    }
    await page.close();
  }
  await promoTiles();
} finally {
  await h.close();
}

/** The store's promo tiles (440 × 280 small, 1400 × 560 marquee): the icon and one line. */
async function promoTiles() {
  const icon = readFileSync(path.join(ROOT, '.output/chrome-mv3/icon/128.png')).toString('base64');
  for (const [name, width, height, size] of [
    ['promo-small-440x280.png', 440, 280, 1],
    ['promo-marquee-1400x560.png', 1400, 560, 2.2],
  ]) {
    const tile = await context.newPage();
    await tile.setViewportSize({ width, height });
    await tile.setContent(`<!doctype html><body style="margin:0;height:${height}px;display:flex;align-items:center;gap:${24 * size}px;padding:0 ${36 * size}px;box-sizing:border-box;background:#0f766e;color:#fff;font-family:system-ui,sans-serif">
      <img alt="" src="data:image/png;base64,${icon}" style="width:${96 * size}px;height:${96 * size}px">
      <div><div style="font-size:${40 * size}px;font-weight:700">ExoCheck</div>
      <div style="font-size:${18 * size}px;line-height:1.3;max-width:${520 * size}px">What an exosome ingredient is made from, and what the rules say where you live. On the product page; nothing leaves your browser.</div></div></body>`);
    await tile.screenshot({ path: path.join(STORE, name) });
    await tile.close();
  }
  console.log('wrote store/screenshots/promo-*.png');
}
