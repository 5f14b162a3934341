// Scenarios on the exosome-product fixtures (tests/e2e/fixtures.mjs): marks, keys, badge, popup,
// lookup, tooltip by hover, focus and Escape, layout, re-marking, SPA navigation, a second
// injection, and the site switched off. Shared by Chromium and Firefox (see ./index.mjs).
import path from 'node:path';
import {
  buttonCount,
  count,
  fill,
  press,
  tipOf,
  viewport,
  visibleText,
  waitForHeading,
  waitForTip,
} from '../dom.mjs';
import { activeTabId, badge, setSettings } from '../ext-state.mjs';
import { EXO } from '../fixtures.mjs';
import { ARTIFACTS, tabIdOf } from '../harness.mjs';
import { focusedKey, HOST, hoverMark, marksOf, readKeys, waitForMarks } from '../marks.mjs';
import { assert, sleep, waitFor } from '../runner.mjs';

/** One mark per finding (a highlight range may span several text nodes). */
export const findingsOf = async (page) =>
  (await marksOf(page)).map(({ kind, text, inCopy }) => ({ kind, text, inCopy }));
export const markCount = async (page) => (await marksOf(page)).length;

export async function openProduct(env, p) {
  const page = await env.newPage();
  await page.goto(p.url, { waitUntil: 'load' });
  await page.bringToFront();
  // Marks in a collapsed accordion or hidden tab count too: they are ranges, not boxes.
  await waitForMarks(page, 15_000);
  return page;
}

const shot = (page, name, fullPage = false) =>
  page.screenshot({ path: path.join(ARTIFACTS, name), fullPage });

export async function productPageScenarios(env, test) {
  const { ext } = env;
  const png = (name) => `${env.artifactPrefix}${name}`;
  let serse;
  let serseTab;
  let popup;

  await test('DR.SERSE: exosome mark on the human conditioned media, confounder marks on peptides', async () => {
    serse = await openProduct(env, EXO.serse);
    const found = await findingsOf(serse);
    const exo = found.filter((f) => f.kind === 'exosome');
    assert(exo.length === 1, `expected 1 exosome finding, got ${JSON.stringify(exo)}`);
    assert(
      exo[0].text === 'Human Adipose Stromal Cell Conditioned Media',
      `exosome mark text: ${exo[0].text}`,
    );
    const peptides = found.filter((f) => f.kind === 'confounder' && /peptide/i.test(f.text));
    assert(peptides.length >= 2, `peptide confounders: ${JSON.stringify(found)}`);
    // Every mark has a keyboard key in ExoCheck's shadow root, named after it.
    const keys = await serse.evaluate(readKeys, HOST);
    assert(
      keys.length === found.length && keys.some((k) => k.name.includes(exo[0].text)),
      `keys: ${JSON.stringify(keys)}`,
    );
    await hoverMark(serse, 'exosome');
    await serse.mouse.move(1, 1);
    await shot(serse, png('page-marks.png'));
  });

  // Every later scenario here needs the page.
  if (!serse) return;

  await test('DR.SERSE: the badge shows the exosome-type count', async () => {
    serseTab = await tabIdOf(ext, EXO.serse.url);
    assert(serseTab !== null, 'tab id');
    const text = await waitFor(async () => (await badge(ext, serseTab)) || null, 'badge text');
    assert(text === '1', `badge "${text}"`);
  });

  await test('popup shows verdict, sources, regulation and confounders for the tab', async () => {
    popup = await env.openPopup(serseTab);
    await waitFor(async () => /exosome/i.test(await visibleText(popup)), 'verdict');
    // The first screen's facts arrive from the background; the details with the knowledge chunk.
    await waitFor(async () => (await count(popup, '.summary-card dl')) > 0, 'the facts', 10_000);
    await waitFor(async () => (await count(popup, '.footer')) > 0, 'the details', 10_000);
    const text = await visibleText(popup);
    assert(
      /exosome-type ingredient|contains? .*exosome|exosome.*found/i.test(text),
      `verdict: ${text.slice(0, 300)}`,
    );
    assert(/Human Adipose Stromal Cell Conditioned Media/i.test(text), 'names the ingredient');
    assert(
      /European Union|United States|Korea|United Kingdom|China|Japan|Canada|Australia/.test(text),
      `no jurisdiction name in: ${text.slice(0, 600)}`,
    );
    assert(/\b(19|20)\d\d\b/.test(text), 'no dated source citation');
    assert(/peptide/i.test(text), 'no confounders listed');
    // The page was read, so there is nothing to ask for.
    assert((await count(popup, '[data-site-access]')) === 0, 'a site-access notice on a read page');
    await shot(popup, png('popup.png'), true);
  });

  await test('popup lookup finds a misspelled name', async () => {
    assert(popup, 'popup page');
    await fill(popup, 'input[type="search"]', 'humen adipose stromal cell exosomes');
    await waitFor(
      async () => /Human Adipose/i.test(await visibleText(popup)),
      'a lookup result',
      5000,
    );
    await fill(popup, 'input[type="search"]', 'argirelin');
    await waitFor(
      async () => /Acetyl Hexapeptide-8|Argireline/i.test(await visibleText(popup)),
      'argireline',
      5000,
    );
    await shot(popup, png('popup-lookup.png'), true);
  });
  await popup?.close();

  await test('tooltip opens on hover with the entry card and closes when the pointer leaves', async () => {
    await hoverMark(serse, 'exosome');
    await waitForTip(serse, true);
    await waitFor(
      async () => !(await tipOf(serse)).text.includes('Loading details'),
      'cards to arrive',
    );
    const { text, box } = await tipOf(serse);
    for (const want of [
      'Exosome-type ingredient',
      'Human Adipose Stromal Cell Conditioned Media',
    ]) {
      assert(text.includes(want), `tooltip lacks "${want}": ${text}`);
    }
    assert(/Source|source/.test(text), `tooltip has no source: ${text}`);
    // On screen, not clipped.
    const vp = await viewport(serse);
    assert(
      box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height,
      `tooltip off screen: ${JSON.stringify(box)} in ${JSON.stringify(vp)}`,
    );
    assert(box.width <= 322, `tooltip wider than 320px: ${box.width}`);
    await shot(serse, png('tooltip-hover.png'));
    await serse.mouse.move(5, 5);
    await waitForTip(serse, false, 3000);
  });

  await test('tooltip opens on keyboard focus (Tab) and closes on Escape', async () => {
    await serse.bringToFront();
    await serse.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    // The marks' keys are the page's last tab stops: Shift+Tab from the top reaches them.
    let focused = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await press(serse, 'Shift+Tab');
      focused = await serse.evaluate(focusedKey, HOST);
    }
    assert(focused, 'no mark key reached from the keyboard');
    await waitForTip(serse, true, 3000);
    const described = await serse.evaluate((hostSel) => {
      const root = document.querySelector(hostSel).shadowRoot;
      const id = root.activeElement.getAttribute('aria-describedby');
      return root.getElementById(id)?.textContent ?? '';
    }, HOST);
    assert(described.length > 0, 'aria-describedby resolves to the tooltip');
    const ring = await serse.evaluate((hostSel) => {
      const r = document.querySelector(hostSel).shadowRoot.querySelector('.ring');
      return r && getComputedStyle(r).display !== 'none' ? r.getBoundingClientRect().width : 0;
    }, HOST);
    assert(ring > 0, 'no focus ring around the focused mark');
    await shot(serse, png('tooltip-focus.png'));
    await press(serse, 'Escape');
    await waitForTip(serse, false, 3000);
  });

  await test('marks and tooltip leave the layout unchanged', async () => {
    const measure = () =>
      serse.evaluate(() => {
        const p = [...document.querySelectorAll('section.ingredients p')].at(-1);
        const r = p.getBoundingClientRect();
        return { h: r.height, w: r.width, scroll: document.documentElement.scrollHeight };
      });
    const marked = await measure();
    await setSettings(ext, { enabled: false });
    await waitFor(async () => (await markCount(serse)) === 0, 'marks to go');
    const clean = await measure();
    await setSettings(ext, { enabled: true });
    await waitForMarks(serse);
    assert(
      marked.h === clean.h && marked.w === clean.w && marked.scroll === clean.scroll,
      `layout moved: with marks ${JSON.stringify(marked)}, without ${JSON.stringify(clean)}`,
    );
  });

  await test('the page re-marks when the ingredient list changes, not on our own changes', async () => {
    const before = await markCount(serse);
    await sleep(1000); // our own marks and UI must not trigger rescans
    assert((await markCount(serse)) === before, 'marks changed without a page change');
    await serse.evaluate(() => {
      const p = [...document.querySelectorAll('section.ingredients p')].at(-1);
      p.textContent =
        'Water, Glycerin, Human Adipose Stromal Cell Conditioned Media, Acetyl Hexapeptide-8';
    });
    await waitFor(
      async () =>
        (await findingsOf(serse)).some(
          (f) => f.kind === 'exosome' && f.text === 'Human Adipose Stromal Cell Conditioned Media',
        ),
      'the new list to be marked',
    );
  });

  await test('SPA navigation clears the marks and scans again', async () => {
    await serse.evaluate(() => history.pushState({}, '', '/products/dr-serse-serum?variant=2'));
    // The old page's marks go at once; the new page is marked once it settles (500 ms).
    await waitFor(async () => (await markCount(serse)) === 0, 'old marks to go');
    await waitForMarks(serse);
    await serse.evaluate(() => history.pushState({}, '', '/products/dr-serse-serum'));
    // Back again: the same, and the next test must start from the new page's marks. Without the
    // Navigation API (Firefox ESR 140 has none) the URL is polled once a second, so wait for the old
    // marks to go before waiting for the new ones.
    await waitFor(async () => (await markCount(serse)) === 0, 'old marks to go again');
    await waitForMarks(serse);
  });

  await test('injecting the script again (toolbar "Scan this page") keeps one set of marks', async () => {
    const before = await findingsOf(serse);
    await env.injectAgain(serse, serseTab);
    await sleep(1500);
    await waitForMarks(serse);
    const after = await findingsOf(serse);
    assert(
      JSON.stringify(after) === JSON.stringify(before),
      `findings changed: ${before.length} → ${after.length}`,
    );
    assert((await count(serse, HOST)) <= 1, 'one UI host');
    assert((await count(serse, '#exocheck-mark-style')) === 1, 'one mark style');
    const layers = await serse.evaluate(
      () => [...CSS.highlights.keys()].filter((k) => k.startsWith('exocheck-')).length,
    );
    assert(layers === 4, `${layers} ExoCheck highlights (one per kind)`);
    await hoverMark(serse, 'exosome');
    await waitForTip(serse, true);
    assert((await count(serse, HOST)) === 1, 'exactly one UI host');
    const tips = await serse.evaluate(
      (hostSel) =>
        document.querySelector(hostSel)?.shadowRoot?.querySelectorAll('[role="tooltip"]').length,
      HOST,
    );
    assert(tips === 1, `exactly one tooltip (${tips})`);
    await serse.mouse.move(5, 5);
  });

  await test('Dr. Drawing: related mark on soy phytoplacenta conditioned media, no exosome mark', async () => {
    const page = await openProduct(env, EXO.drawing);
    const found = await findingsOf(page);
    assert(!found.some((f) => f.kind === 'exosome'), `exosome mark: ${JSON.stringify(found)}`);
    const rel = found.find((f) => f.kind === 'related');
    assert(
      rel?.text === 'Glycine Max Phytoplacenta Conditioned Media',
      `related: ${JSON.stringify(found)}`,
    );
    const tab = await tabIdOf(ext, EXO.drawing.url);
    await sleep(300);
    assert((await badge(ext, tab)) === '', `badge "${await badge(ext, tab)}"`);
    await page.close();
  });

  await test("Dr. Sheth's: claim mark in the title/description, badge '?'", async () => {
    const page = await openProduct(env, EXO.sheth);
    const found = await findingsOf(page);
    const claims = found.filter((f) => f.kind === 'claim');
    assert(claims.length >= 1, `claims: ${JSON.stringify(found)}`);
    assert(
      claims.every((c) => /exosom/i.test(c.text)),
      `claim text: ${JSON.stringify(claims)}`,
    );
    assert(!found.some((f) => f.kind === 'exosome'), 'no exosome ingredient mark');
    assert(
      claims.some((c) => c.inCopy),
      'claim mark sits in the title or description',
    );
    await hoverMark(page, 'claim');
    const tip = await waitForTip(page, true, 3000);
    assert(tip.text.includes('Exosome claim'), 'claim tooltip legend');
    await shot(page, png('claim-tooltip.png'));
    const tab = await tabIdOf(ext, EXO.sheth.url);
    const text = await waitFor(async () => (await badge(ext, tab)) || null, 'badge');
    assert(text === '?', `badge "${text}"`);
    await page.close();
  });

  await test('turning the site off removes every mark and the tooltip host; on again re-marks', async () => {
    await hoverMark(serse, 'exosome');
    await waitForTip(serse, true);
    await setSettings(ext, { disabledSites: ['sokoglam.com'] });
    await waitFor(
      async () =>
        (await markCount(serse)) === 0 &&
        (await count(serse, HOST)) === 0 &&
        (await count(serse, '#exocheck-mark-style')) === 0 &&
        (await serse.evaluate(() =>
          [...CSS.highlights.keys()].some((k) => k.startsWith('exocheck-')),
        )) === false,
      'every mark, its highlights, the UI host and the style to go',
    );
    const text = await serse.evaluate(
      () => [...document.querySelectorAll('section.ingredients p')].at(-1).textContent,
    );
    assert(text.includes('Human Adipose Stromal Cell Conditioned Media'), 'page text intact');
    // The popup says it is off here, and offers to turn it on rather than a scan that cannot run.
    const popup = await env.openPopup(serseTab);
    try {
      await waitForHeading(popup, 'ExoCheck is off here');
      assert((await buttonCount(popup, 'Scan this page')) === 0, 'no scan');
      assert(
        (await buttonCount(popup, 'Turn on for sokoglam.com')) === 1,
        'the switch to turn it on',
      );
    } finally {
      // Whatever happened, the later cases need the site on.
      await popup.close();
      await setSettings(ext, { disabledSites: [] });
    }
    await waitForMarks(serse);
  });

  await test('popup state for a tab that has closed: no page to read, no scan offered', async () => {
    const page = await env.newPage();
    await page.goto(EXO.serse.url, { waitUntil: 'load' });
    await page.bringToFront();
    const tabId = await activeTabId(ext);
    assert(tabId !== null, 'tab id');
    await page.close();
    const popup = await env.openPopup(tabId);
    await waitForHeading(popup, 'No page to read');
    assert((await buttonCount(popup, 'Scan this page')) === 0, 'no scan');
    await popup.close();
  });
}
