// ExoCheck's marks as a test sees them. Marks are highlights (CSS Custom Highlight API): ranges
// registered in CSS.highlights as "exocheck-<random>-<kind>", visible to every world of the
// page; their keyboard keys are buttons in ExoCheck's (open) shadow root.

/** The UI host (<exocheck-ui-…> with a random suffix). */
export const HOST = '[data-exocheck-ui]';

/** Runs in the page: each mark's kind, text, first box, and whether it sits in editable text. */
export function readMarks() {
  const out = [];
  if (!globalThis.CSS?.highlights) return out;
  for (const [name, hl] of CSS.highlights) {
    const m = /^exocheck-[a-z0-9]+-(exosome|related|confounder|claim)$/.exec(name);
    if (!m) continue;
    for (const r of hl) {
      const b = r.getClientRects()[0];
      const el = r.startContainer.parentElement;
      out.push({
        kind: m[1],
        text: r.toString(),
        box: b ? [b.x, b.y, b.width, b.height] : null,
        editable: !!el?.closest('[contenteditable], textarea'),
        inCopy: !!el?.closest('h1, #description, .product-description, [class*="description"]'),
      });
    }
  }
  return out;
}

/** Runs in the page: scrolls the first mark of `kind` (holding `text`) into view; its box. */
export function revealMark([kind, text]) {
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('exocheck-') || !name.endsWith(`-${kind}`)) continue;
    for (const r of hl) {
      if (text && !r.toString().includes(text)) continue;
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0];
      if (b) return [b.x, b.y, b.width, b.height];
    }
  }
  return null;
}

/** Runs in the page: the keyboard keys (kind, ref, name, hidden) in ExoCheck's shadow root. */
export function readKeys(hostSel) {
  const root = document.querySelector(hostSel)?.shadowRoot;
  return [...(root?.querySelectorAll('button.key') ?? [])].map((k) => ({
    kind: k.dataset.kind,
    ref: k.dataset.ref,
    name: k.textContent,
    hidden: k.hidden,
  }));
}

/** Runs in the page: the focused key's name, or null when focus is not on a key. */
export function focusedKey(hostSel) {
  const a = document.querySelector(hostSel)?.shadowRoot?.activeElement;
  return a?.matches?.('button.key') ? a.textContent : null;
}

/**
 * Runs in the page: for each mark kind, the computed style of its first highlight (in Firefox
 * the values it paints with, forced colours included), its text's own colour, the page's
 * Canvas and the background behind the mark (the first opaque one up its ancestors, else
 * Canvas).
 */
export function readMarkStyles() {
  const out = {};
  // The page's Canvas as forced colours paint it (the root's own background is transparent).
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.append(probe);
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.remove();
  const opaque = (c) => c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c);
  for (const [name, hl] of CSS.highlights) {
    const m = /^exocheck-[a-z0-9]+-(exosome|related|confounder|claim)$/.exec(name);
    if (!m || out[m[1]]) continue;
    const [range] = hl;
    const el = range?.startContainer.parentElement;
    if (!el) continue;
    const own = getComputedStyle(el);
    const hs = getComputedStyle(el, `::highlight(${name})`);
    let pageBg = canvas;
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (opaque(bg)) {
        pageBg = bg;
        break;
      }
    }
    out[m[1]] = {
      text: range.toString(),
      color: hs.color,
      background: hs.backgroundColor,
      textColor: own.color,
      canvas,
      pageBg,
    };
  }
  return out;
}

/** rgb()/rgba() as [r, g, b, a]; null for anything else. */
export const rgbaOf = (css) => {
  const m = /^rgba?\(([^)]*)\)$/.exec(css ?? '');
  if (!m) return null;
  const [r, g, b, a = 1] = m[1].split(',').map(Number);
  return [r, g, b, a];
};

/** WCAG contrast of two opaque rgb() colours (0 when either is not one). */
export function contrastOf(a, b) {
  const lum = (css) => {
    const c = rgbaOf(css);
    if (c?.[3] !== 1) return null;
    const lin = (v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const [x, y] = [lum(a), lum(b)];
  if (x === null || y === null) return 0;
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

export const marksOf = (page) => page.evaluate(readMarks);

/** Moves the pointer onto the first mark of a kind; returns its box. */
export async function hoverMark(page, kind, text = null) {
  await page.bringToFront();
  const box = await page.evaluate(revealMark, [kind, text]);
  if (!box) throw new Error(`no ${kind} mark${text ? ` with ${text}` : ''} to hover`);
  await page.mouse.move(1, 1);
  await page.mouse.move(box[0] + Math.min(box[2] / 2, 20), box[1] + box[3] / 2, { steps: 3 });
  return box;
}

/** Waits until the page has at least one mark. */
export async function waitForMarks(page, timeout = 10_000) {
  const t0 = Date.now();
  while ((await marksOf(page)).length === 0) {
    if (Date.now() - t0 > timeout) throw new Error('timed out waiting for marks');
    await new Promise((r) => setTimeout(r, 100));
  }
}
