// The popup's "Read the ingredient list from an image" on a page whose list exists only as an
// image (tests/fixtures/ocr/image-only-list.html): capture, region, offline OCR in the
// offscreen document, the stored report equal to `npm run scan -- --image` on the same image,
// the popup showing it, and no request from the extension. Shared by Chromium and Firefox (see
// ./index.mjs); Firefox skips it (below).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { reportFor } from '../ext-state.mjs';
import { ARTIFACTS, launch, ROOT, tabIdOf } from '../harness.mjs';
import { canonical } from '../reports.mjs';
import { assert, waitFor } from '../runner.mjs';

const DIR = path.join(ROOT, 'tests/fixtures/ocr');
const PAGE = 'https://brand.example/products/dr-serse-serum';
const IMAGE = path.join(DIR, 'dr-serse-serum-list.png');

export async function imageReadingScenarios(env, test) {
  const name =
    'image reading: the popup reads a list that exists only as an image, as scan --image does';
  // WebDriver BiDi cannot open the popup in Firefox (tests/e2e/firefox.mjs), and no Firefox
  // automation gives the activeTab grant of a toolbar click, which captureVisibleTab needs.
  const skip =
    env.browser === 'chromium'
      ? null
      : 'the popup and the toolbar grant cannot be automated in Firefox';
  await test(
    name,
    async () => {
      // captureVisibleTab needs a toolbar click's activeTab, which automation cannot give: this
      // run loads a copy of the build whose manifest grants <all_urls> instead (harness.mjs).
      const h = await launch({
        pages: {
          [PAGE]: { file: path.join(DIR, 'image-only-list.html') },
          'https://brand.example/products/dr-serse-serum-list.png': {
            file: IMAGE,
            contentType: 'image/png',
          },
        },
        grantHosts: ['<all_urls>'],
      });
      try {
        const page = await h.context.newPage();
        await page.goto(PAGE, { waitUntil: 'load' });
        const box = await page.locator('img.detail-image').evaluate((img) => {
          const r = img.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height, dpr: devicePixelRatio };
        });
        assert(box.dpr === 1, `device pixel ratio ${box.dpr}: the crop would not be the PNG`);
        const tabId = await tabIdOf(h.sw, PAGE);
        // The popup in a window of its own, so the product page stays the visible tab.
        const cdp = await h.context.browser()?.newBrowserCDPSession();
        const popupUrl = `chrome-extension://${h.extId}/popup.html?tabId=${tabId}`;
        const opened = h.context.waitForEvent('page', (p) => p.url().startsWith(popupUrl));
        if (cdp) await cdp.send('Target.createTarget', { url: popupUrl, newWindow: true });
        else throw new Error('no CDP session to open the popup window');
        const popup = await opened;
        await popup.waitForLoadState('load');
        await popup.getByRole('button', { name: 'Read the ingredient list from an image' }).click();
        await popup.getByRole('button', { name: 'Read this region' }).waitFor();
        for (const [field, v] of [
          ['x', box.x],
          ['y', box.y],
          ['width', box.width],
          ['height', box.height],
        ]) {
          await popup.locator(`input[name="${field}"]`).fill(String(Math.round(v)));
        }
        await popup.getByRole('button', { name: 'Read this region' }).click();
        await popup.getByText(/names read/).waitFor({ timeout: 30_000 });
        const stored = await waitFor(
          () => reportFor(h.sw, PAGE),
          'the stored image report',
          10_000,
        );

        const cli = JSON.parse(
          execFileSync('node', ['scripts/scan.mjs', '--image', '--json', '--url', PAGE, IMAGE], {
            cwd: ROOT,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
          }),
        );
        for (const key of Object.keys(cli)) {
          const a = canonical(cli[key]);
          const b = canonical(stored[key]);
          assert(
            a === b,
            `${key} differs:\n  cli       ${a.slice(0, 400)}\n  extension ${b.slice(0, 400)}`,
          );
        }
        assert(stored.ingredientLists[0]?.source === 'image', 'list source "image"');
        assert(stored.exosome.verdict === 'ingredient', `verdict ${stored.exosome.verdict}`);
        // The popup shows the report: its verdict and the list it read beside the region.
        await popup.getByText('Human Adipose Stromal Cell Conditioned Media').first().waitFor();
        await popup.screenshot({
          path: path.join(ARTIFACTS, 'image-reading-popup.png'),
          fullPage: true,
        });
        assert(
          h.fromExtension.length === 0,
          `extension requests: ${JSON.stringify(h.fromExtension)}`,
        );
        console.log(
          `#   ${stored.ingredientLists[0]?.ingredients.length} items read, verdict ${stored.exosome.verdict}, same as scan --image`,
        );
      } finally {
        await h.close();
      }
    },
    { skip },
  );
}
