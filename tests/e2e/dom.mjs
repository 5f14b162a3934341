// Page helpers that work on a Playwright page (Chromium) and a Puppeteer page (Firefox) alike:
// both have evaluate(fn, arg), mouse.move/click, keyboard.press/type, screenshot, bringToFront.
// Everything that differs between them (locators, waitForTimeout, key chords) is done here
// through evaluate and the mouse instead, so one scenario list drives both browsers.
import { HOST } from './marks.mjs';
import { waitFor } from './runner.mjs';

/** What a user sees: the body's innerText (visible text only, unlike textContent). */
export function visibleText(page) {
  // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here.
  return page.evaluate(() => document.body?.innerText ?? '');
}

/** How many elements match `selector` in the document; -1 while the page is (re)loading. */
export function count(page, selector) {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, selector).catch(() => -1);
}

/** Runs in the page: ExoCheck's tooltip (in its shadow root) as { visible, text, box }. */
function readTip(hostSel) {
  const tip = document.querySelector(hostSel)?.shadowRoot?.querySelector('[role="tooltip"]');
  if (!tip) return { visible: false, text: '', box: null };
  const r = tip.getBoundingClientRect();
  const style = getComputedStyle(tip);
  const visible = r.width > 0 && r.height > 0 && style.visibility !== 'hidden';
  return {
    visible,
    text: tip.textContent ?? '',
    box: { x: r.x, y: r.y, width: r.width, height: r.height },
    attached: true,
  };
}

export const tipOf = (page) => page.evaluate(readTip, HOST);

/** Waits for the tooltip to be shown (`visible`) or gone; returns its state. */
export function waitForTip(page, visible, timeout = 5000) {
  return waitFor(
    async () => {
      const t = await tipOf(page);
      return t.visible === visible ? t : null;
    },
    visible ? 'the tooltip to show' : 'the tooltip to hide',
    timeout,
  );
}

/** The viewport's size as the page sees it. */
export function viewport(page) {
  return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
}

/** Presses a key or a chord such as "Shift+Tab" (Puppeteer takes no chords in press). */
export async function press(page, chord) {
  const keys = chord.split('+');
  const key = keys.pop();
  for (const k of keys) await page.keyboard.down(k);
  await page.keyboard.press(key);
  for (const k of keys.reverse()) await page.keyboard.up(k);
}

/**
 * Runs in the page: the centre of the first element matching `selector` whose accessible name
 * (aria-label, else its text) is `name` (any name when null), scrolled into view; else null.
 */
function locate([selector, name]) {
  for (const el of document.querySelectorAll(selector)) {
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    if (name !== null && label !== name) continue;
    if (el.disabled) continue;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    return [r.x + r.width / 2, r.y + r.height / 2];
  }
  return null;
}

/** Waits for a matching element and clicks it with the mouse (a trusted click). */
export async function clickOn(page, selector, name = null, timeout = 5000) {
  const at = await waitFor(
    () => page.evaluate(locate, [selector, name]),
    `${selector}${name ? ` "${name}"` : ''}`,
    timeout,
  );
  await page.mouse.click(at[0], at[1]);
}

export const clickButton = (page, name, timeout) => clickOn(page, 'button', name, timeout);

/** Replaces the text of the first field matching `selector` by typing (as a user would). */
export async function fill(page, selector, text) {
  await clickOn(page, selector);
  await page.evaluate((sel) => document.querySelector(sel)?.select?.(), selector);
  await page.keyboard.type(text);
}

/** Runs in the page: whether a heading (h1–h6 or role=heading) reads exactly `name`. */
function findHeading(name) {
  return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].some(
    (h) => (h.textContent ?? '').trim() === name,
  );
}

export const hasHeading = (page, name) => page.evaluate(findHeading, name).catch(() => false);

/** Waits for a heading that reads exactly `name`. */
export const waitForHeading = (page, name, timeout = 5000) =>
  waitFor(() => hasHeading(page, name), `the heading "${name}"`, timeout);

/** How many buttons are named `name` (aria-label, else their text). */
export function buttonCount(page, name) {
  return page.evaluate(
    (n) =>
      [...document.querySelectorAll('button')].filter(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === n,
      ).length,
    name,
  );
}
