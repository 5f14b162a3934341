// `npm start`: opens Chromium with the built extension on a demo product page (the DR.SERSE
// fixture, served locally at a retailer-like URL; nothing is fetched from the network).
// Headed when a display is available; otherwise headless with a screenshot.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, DEMO, EXT, ensureBuilt, launch } from '../tests/e2e/harness.mjs';
import { hoverMark, waitForMarks } from '../tests/e2e/marks.mjs';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

ensureBuilt();
const h = await launch({ headless: !headed, pages: { [DEMO.url]: { file: DEMO.file } } });
const page = h.context.pages()[0] ?? (await h.context.newPage());
await page.goto(DEMO.url, { waitUntil: 'load' });
const marked = await waitForMarks(page, 15_000)
  .then(() => true)
  .catch(() => false);

console.log(
  `ExoCheck ${h.extId} loaded; demo page ${DEMO.url} (served from ${path.relative(process.cwd(), DEMO.file)}).`,
);
if (!marked)
  console.log('No marks appeared: check the build (npm run build) and the debug setting.');

if (headed) {
  console.log(`Next:
  - hover or Tab to a highlighted ingredient to see its tooltip; Escape closes it
  - click the ExoCheck toolbar button (puzzle icon → pin it) for the popup: verdict, sources, rules
  - the options page is at chrome-extension://${h.extId}/options.html
  Other websites are blocked in this window (only the demo page is served). Close the browser to quit.`);
  await new Promise((resolve) => h.context.on('close', resolve));
  await h.close();
} else {
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = path.join(ARTIFACTS, 'start.png');
  if (marked) {
    await hoverMark(page, 'exosome');
    await page
      .locator('[data-exocheck-ui] [role="tooltip"]')
      .waitFor({ state: 'visible', timeout: 5000 })
      .catch(() => {});
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: shot });
  console.log(`No display (DISPLAY/WAYLAND_DISPLAY unset), so Chromium ran headless.
Screenshot of the demo page with a tooltip open: ${shot}
To try it yourself: run \`npm start\` on a machine with a display, or load ${path.relative(process.cwd(), EXT)} as an unpacked extension (chrome://extensions → Developer mode → Load unpacked).`);
  await h.close();
}
