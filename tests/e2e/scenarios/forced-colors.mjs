// Firefox in forced colours (high-contrast mode, FORCED_COLORS_PREFS in ../firefox-harness.mjs),
// light: the demo page's marks, the tooltip and the popup's first screen, read as computed
// styles, which in Firefox are the forced values the page is painted with. Firefox 140 paints
// only the colour and background of a `::highlight()`, and in forced colours only system
// colours survive there (lib/page/mark/highlight.ts, FORCED_COLORS): before that rule every
// mark vanished. Run by tests/e2e/firefox.mjs in a second Firefox launch of its own, made when
// the first of these tests runs: `start()` resolves to that launch's { bridge, newPage,
// openPopup } (the same every call).
import path from 'node:path';
import { press, tipOf, visibleText, waitForTip } from '../dom.mjs';
import { setSettings } from '../ext-state.mjs';
import { ARTIFACTS, DEMO, tabIdOf } from '../harness.mjs';
import { HOST, hoverMark, readMarkStyles, rgbaOf as rgba, waitForMarks } from '../marks.mjs';
import { assert, waitFor } from '../runner.mjs';

const FORCED_PREFIX = 'forced colours';

const opaque = (css) => (rgba(css)?.[3] ?? 0) === 1;
const sameRgb = (a, b) => rgba(a)?.slice(0, 3).join() === rgba(b)?.slice(0, 3).join();

export async function forcedColorsScenarios(start, test) {
  const shot = (page, name, fullPage = false) =>
    page.screenshot({ path: path.join(ARTIFACTS, `firefox-forced-${name}`), fullPage });
  let page = null;
  let ext = null;
  /** The launch, with the demo page open (each test can run alone under a name filter). */
  async function ready() {
    if (page) return page;
    const h = await start();
    ext = h.bridge;
    // The first screen says what the EU rules say (the finding is prohibited there).
    await setSettings(ext, { region: 'eu' });
    page = await h.newPage();
    await page.goto(DEMO.url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  }

  await test(`${FORCED_PREFIX}: the media query matches in the page and in the popup`, async () => {
    await ready();
    await page.bringToFront();
    const inPage = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
    const inExt = await ext.evaluate(() => matchMedia('(forced-colors: active)').matches);
    assert(inPage && inExt, `forced-colors: active in the page ${inPage}, in the popup ${inExt}`);
  });

  await test(`${FORCED_PREFIX}: every mark is painted, the exosome mark as the only box`, async () => {
    await ready();
    await waitForMarks(page, 15_000);
    const styles = await page.evaluate(readMarkStyles);
    const exo = styles.exosome;
    assert(exo, `no exosome mark: ${JSON.stringify(styles)}`);
    const others = Object.entries(styles).filter(([k]) => k !== 'exosome');
    assert(others.length > 0, `no other kind of mark: ${JSON.stringify(styles)}`);
    // The exosome mark: an opaque box unlike the page's Canvas, and text unlike the box.
    assert(
      opaque(exo.background) && !sameRgb(exo.background, exo.canvas),
      `exosome mark not boxed: ${JSON.stringify(exo)}`,
    );
    assert(
      !sameRgb(exo.color, exo.background),
      `exosome text lost in its box: ${JSON.stringify(exo)}`,
    );
    // The others: no box, but text of another colour than the text around them.
    for (const [kind, s] of others) {
      assert(
        !opaque(s.background),
        `${kind} mark boxed like the exosome one: ${JSON.stringify(s)}`,
      );
      assert(!sameRgb(s.color, s.textColor), `${kind} mark not seen: ${JSON.stringify(s)}`);
    }
    await page.evaluate(() =>
      document.querySelector('section.ingredients')?.scrollIntoView({ block: 'center' }),
    );
    await page.mouse.move(1, 1);
    await shot(page, 'page-marks.png');
  });

  await test(`${FORCED_PREFIX}: the tooltip has a visible border and readable text`, async () => {
    await ready();
    await waitForMarks(page, 15_000);
    await hoverMark(page, 'exosome');
    await waitForTip(page, true);
    await waitFor(async () => !(await tipOf(page)).text.includes('Loading details'), 'the card');
    const tip = await page.evaluate((hostSel) => {
      const root = document.querySelector(hostSel).shadowRoot;
      const c = getComputedStyle(root.querySelector('[role="tooltip"]'));
      const chip = root.querySelector('.chip');
      return {
        border: c.borderTopWidth,
        borderStyle: c.borderLeftStyle,
        borderColor: c.borderLeftColor,
        color: c.color,
        background: c.backgroundColor,
        chip: chip ? getComputedStyle(chip).display : 'none',
      };
    }, HOST);
    assert(
      Number.parseFloat(tip.border) >= 1 &&
        tip.borderStyle !== 'none' &&
        !sameRgb(tip.borderColor, tip.background),
      `tooltip border: ${JSON.stringify(tip)}`,
    );
    assert(!sameRgb(tip.color, tip.background), `tooltip text: ${JSON.stringify(tip)}`);
    // Its colour fill is Canvas here: a blank square before the legend, so it is not shown.
    assert(tip.chip === 'none', `the legend chip is shown blank: ${JSON.stringify(tip)}`);
    await shot(page, 'tooltip-hover.png');
    await page.mouse.move(1, 1);
    await waitForTip(page, false, 3000);
  });

  await test(`${FORCED_PREFIX}: the popup's verdict is a bordered box and focus rings show`, async () => {
    await ready();
    await page.bringToFront();
    await waitForMarks(page, 15_000);
    const tabId = await tabIdOf(ext, DEMO.url);
    assert(tabId !== null, 'tab id');
    const popup = await (await start()).openPopup(tabId);
    await waitFor(
      async () =>
        (await popup.evaluate(() => document.querySelectorAll('.summary-card dl').length)) > 0,
      'the facts',
      10_000,
    );
    const verdict = await popup.evaluate(() => {
      const v = document.querySelector('.verdict');
      const c = getComputedStyle(v);
      const h = getComputedStyle(v.querySelector('h2'));
      return {
        title: v.querySelector('h2').textContent,
        widths: [c.borderTopWidth, c.borderRightWidth, c.borderBottomWidth, c.borderLeftWidth],
        styles: [c.borderTopStyle, c.borderLeftStyle],
        borderColor: c.borderTopColor,
        background: c.backgroundColor,
        heading: h.color,
      };
    });
    assert(/exosome/i.test(verdict.title), `verdict title: ${verdict.title}`);
    // Forced colours drop its card background: its border is what makes it a box.
    assert(
      verdict.widths.every((w) => Number.parseFloat(w) >= 1) &&
        verdict.styles.every((s) => s !== 'none') &&
        !sameRgb(verdict.borderColor, verdict.background),
      `verdict border: ${JSON.stringify(verdict)}`,
    );
    assert(!sameRgb(verdict.heading, verdict.background), 'verdict heading colour');
    assert(/Prohibited in EU/i.test(await visibleText(popup)), 'the EU rule on the first screen');
    // Keyboard focus: the ring is drawn in a colour of its own, not the background's.
    await popup.evaluate(() => document.activeElement?.blur?.());
    await press(popup, 'Tab');
    const ring = await popup.evaluate(() => {
      const a = document.activeElement;
      const c = getComputedStyle(a);
      return {
        tag: a.tagName,
        style: c.outlineStyle,
        width: c.outlineWidth,
        color: c.outlineColor,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    assert(
      ring.tag !== 'BODY' &&
        ring.style !== 'none' &&
        Number.parseFloat(ring.width) >= 2 &&
        !sameRgb(ring.color, ring.background),
      `focus ring: ${JSON.stringify(ring)}`,
    );
    await shot(popup, 'popup.png', true);
    await popup.close();
  });
}
