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
