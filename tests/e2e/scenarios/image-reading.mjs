// The image reading on a page whose list exists only as an image (tests/fixtures/ocr/): the
// report the extension stores equals `npm run scan -- --image` on the same image, and no request
// leaves the extension. Shared by Chromium and Firefox (see ./index.mjs):
// - Chromium: the whole path from the popup: capture, region, offscreen document, the popup
//   showing the result (screenshot tests/e2e/artifacts/image-reading-popup.png);
// - Firefox: WebDriver BiDi cannot open the popup, nor give the activeTab grant of a toolbar
//   click that captureVisibleTab needs, so an extension page sends the image the popup would
//   send, and the background page reads it (its own OCR path, ocr-host.js).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportFor } from '../ext-state.mjs';
import { IMAGE_ONLY } from '../fixtures.mjs';
import { ARTIFACTS, launch, ROOT, tabIdOf } from '../harness.mjs';
import { canonical } from '../reports.mjs';
import { assert, waitFor } from '../runner.mjs';

const PAGE = IMAGE_ONLY.url;

function cliReport() {
  return JSON.parse(
    execFileSync(
      'node',
      ['scripts/scan.mjs', '--image', '--json', '--url', PAGE, IMAGE_ONLY.imageFile],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ),
  );
}

function checkSameAsCli(stored) {
  const cli = cliReport();
  for (const key of Object.keys(cli)) {
    const a = canonical(cli[key]);
    const b = canonical(stored[key]);
    assert(
      a === b,
      `${key} differs:\n  cli       ${a.slice(0, 400)}\n  extension ${b.slice(0, 400)}`,
    );
  }
  assert(Object.keys(stored).length === Object.keys(cli).length, 'same fields');
  assert(stored.ingredientLists[0]?.source === 'image', 'list source "image"');
  assert(stored.exosome.verdict === 'ingredient', `verdict ${stored.exosome.verdict}`);
  console.log(
    `#   ${stored.ingredientLists[0]?.ingredients.length} items read, verdict ${stored.exosome.verdict}, same as scan --image`,
  );
}

export async function imageReadingScenarios(env, test) {
  if (env.browser === 'chromium') await fromThePopup(test);
  else await inTheBackgroundPage(env, test);
}

async function fromThePopup(test) {
  await test('image reading: the popup reads a list that exists only as an image, as scan --image does', async () => {
    // captureVisibleTab needs a toolbar click's activeTab, which automation cannot give: this
    // run loads a copy of the build whose manifest grants <all_urls> instead (harness.mjs).
    const h = await launch({
      pages: {
        [PAGE]: { file: IMAGE_ONLY.file },
        [IMAGE_ONLY.imageUrl]: { file: IMAGE_ONLY.imageFile, contentType: 'image/png' },
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
      assert(cdp, 'no CDP session to open the popup window');
      const popupUrl = `chrome-extension://${h.extId}/popup.html?tabId=${tabId}`;
      const opened = h.context.waitForEvent('page', (p) => p.url().startsWith(popupUrl));
      await cdp.send('Target.createTarget', { url: popupUrl, newWindow: true });
      const popup = await opened;
      await popup.waitForLoadState('load');
      await popup.getByRole('button', { name: 'Read the ingredient list from an image' }).click();
      await popup.getByRole('button', { name: 'Read this region' }).waitFor();
      for (const field of ['x', 'y', 'width', 'height']) {
        await popup.locator(`input[name="${field}"]`).fill(String(Math.round(box[field])));
      }
      await popup.getByRole('button', { name: 'Read this region' }).click();
      await popup.getByText(/names read/).waitFor({ timeout: 30_000 });
      const stored = await waitFor(() => reportFor(h.sw, PAGE), 'the stored image report', 10_000);
      checkSameAsCli(stored);
      // The popup shows the report: the verdict, and the names read under the region.
      await popup.getByRole('img', { name: 'The region that was read' }).waitFor();
      await popup.getByText('Human Adipose Stromal Cell Conditioned Media').first().waitFor();
      await popup.screenshot({
        path: path.join(ARTIFACTS, 'image-reading-popup.png'),
        fullPage: true,
      });
      assert(
        h.fromExtension.length === 0,
        `extension requests: ${JSON.stringify(h.fromExtension)}`,
      );
    } finally {
      await h.close();
    }
  });
}

async function inTheBackgroundPage(env, test) {
  await test('image reading: the background page reads a list image as scan --image does', async () => {
    const page = await env.newPage();
    await page.goto(PAGE, { waitUntil: 'load' });
    const tabId = await env.ext.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null,
      PAGE,
    );
    assert(tabId !== null, 'the page has a tab');
    const image = `data:image/png;base64,${readFileSync(IMAGE_ONLY.imageFile).toString('base64')}`;
    const reply = await env.ext.evaluate(
      ([id, img]) => chrome.runtime.sendMessage({ type: 'ocr-image', tabId: id, image: img }),
      [tabId, image],
    );
    assert(reply?.ok === true, `reply ${JSON.stringify(reply).slice(0, 300)}`);
    const stored = await waitFor(() => reportFor(env.ext, PAGE), 'the stored image report', 10_000);
    checkSameAsCli(stored);
    await page.close();
  });
}
