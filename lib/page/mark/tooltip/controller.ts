import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import type { Lifetime } from '../../scheduler';
import { type Mark, type MarkLayer, TOOLTIP_ID } from '../highlight';
import { createKeys, observeVisibility, type VisibilityWatch } from './keys';
import type { TooltipModel } from './model';
import { renderTooltip } from './render';

/**
 * ONE tooltip for every mark (WAI-ARIA tooltip pattern): opens while the pointer is over a
 * mark's text and on keyboard focus of its key (see keys.ts), stays open while the pointer is
 * over it, closes on Escape, on blur and shortly after the pointer leaves. Marks are
 * highlights, not elements, so hovering is a hit test: the caret position under the pointer,
 * looked up in the mark layer, then checked against the mark's boxes. Listeners go through
 * the Lifetime.
 */
export interface TooltipOptions {
  life: Lifetime;
  doc: Document;
  /** Where the tooltip and the keys go (the shadow root's container). */
  container: HTMLElement;
  /** Host element of the shadow root: the pointer moving onto it is moving onto the tooltip. */
  host?: Element | null;
  /** The painted marks, for hit tests. */
  layer: Pick<MarkLayer, 'at' | 'shadowRoots'>;
  describe(mark: Mark): TooltipModel | null;
  /** Keeps the tooltip (and the focus ring, when shown) next to the mark; returns a stop. */
  place?(anchor: Mark, tip: HTMLElement, ring: HTMLElement | null): () => void;
  /** The mark under a viewport point; the default hit-tests caret and boxes. */
  hitTest?(x: number, y: number): Mark | null;
  /** Whether marks' text is visible, for their keys; the default uses IntersectionObserver. */
  watchVisibility?: VisibilityWatch;
  closeDelayMs?: number;
}

export interface TooltipController {
  readonly element: HTMLElement;
  readonly anchor: Mark | null;
  /** Adds keyboard keys for marks painted after the current ones, in page order. */
  addMarks(marks: readonly Mark[]): void;
  /** Forgets every mark (they were unpainted). */
  clearMarks(): void;
  /** Re-render for the current mark (cards arrived). */
  refresh(): void;
  close(): void;
  destroy(): void;
}

type OpenedBy = 'pointer' | 'focus';

export function createTooltip(opts: TooltipOptions): TooltipController {
  const { life, doc } = opts;
  const closeDelay = opts.closeDelayMs ?? 250;
  const place = opts.place ?? floatingPlace;
  const hitTest = opts.hitTest ?? ((x: number, y: number) => markAtPoint(doc, opts.layer, x, y));
  const usePopover =
    typeof (HTMLElement.prototype as { showPopover?: unknown }).showPopover === 'function';

  const tip = doc.createElement('div');
  tip.id = TOOLTIP_ID;
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  // The top layer sits above every z-index and escapes transformed/overflow-hidden ancestors.
  if (usePopover) tip.setAttribute('popover', 'manual');
  opts.container.append(tip);
  const ring = doc.createElement('div');
  ring.className = 'ring';
  ring.setAttribute('aria-hidden', 'true');
  opts.container.append(ring);
  const keys = createKeys(doc, opts.container, opts.watchVisibility ?? observeVisibility);

  let anchor: Mark | null = null;
  let openedBy: OpenedBy | null = null;
  let stopPlacing: (() => void) | null = null;
  let closeTimer: number | null = null;
  let destroyed = false;

  const isOnTooltip = (target: EventTarget | null) => {
    const node = target as Node | null;
    return (
      !!node && (node === opts.host || (typeof node.nodeType === 'number' && tip.contains(node)))
    );
  };

  function render(mark: Mark): boolean {
    const model = opts.describe(mark);
    if (!model) return false;
    tip.setAttribute('data-kind', model.kind);
    ring.setAttribute('data-kind', model.kind);
    renderTooltip(tip, model);
    return true;
  }

  function open(mark: Mark, by: OpenedBy) {
    cancelClose();
    if (destroyed) return;
    if (anchor === mark && tip.hasAttribute('data-open')) {
      if (by === 'focus') showRing();
      openedBy = openedBy === 'focus' ? 'focus' : by;
      return;
    }
    stopPlacing?.();
    if (!render(mark)) return close();
    anchor = mark;
    openedBy = by;
    tip.setAttribute('data-open', '');
    if (by === 'focus') showRing();
    else ring.removeAttribute('data-open');
    if (usePopover && !tip.matches(':popover-open')) tip.showPopover();
    stopPlacing = place(mark, tip, ring);
  }

  function showRing() {
    ring.setAttribute('data-open', '');
  }

  function close() {
    cancelClose();
    stopPlacing?.();
    stopPlacing = null;
    anchor = null;
    openedBy = null;
    tip.removeAttribute('data-open');
    ring.removeAttribute('data-open');
    if (usePopover && tip.matches(':popover-open')) tip.hidePopover();
  }

  function scheduleClose() {
    cancelClose();
    closeTimer = life.setTimeout(close, closeDelay);
  }

  function cancelClose() {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  }

  // A tooltip bug must never surface as a page error: handlers swallow what they throw.
  const listen = (
    target: EventTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ) =>
    life.listen(
      target,
      type,
      (e) => {
        try {
          handler(e);
        } catch {
          close();
        }
      },
      options,
    );

  // Pointer: one hit test per frame at most, on the latest position.
  let pointer: { x: number; y: number; onTip: boolean } | null = null;
  let framePending = false;
  const onFrame = () => {
    framePending = false;
    if (destroyed || !life.isValid || !pointer) return;
    try {
      if (pointer.onTip) return cancelClose();
      const mark = hitTest(pointer.x, pointer.y);
      if (mark) open(mark, 'pointer');
      else if (anchor && openedBy === 'pointer') {
        if (closeTimer === null) scheduleClose();
      }
    } catch {
      close();
    }
  };
  listen(
    doc,
    'mousemove',
    (e) => {
      const m = e as MouseEvent;
      pointer = { x: m.clientX, y: m.clientY, onTip: isOnTooltip(m.target) };
      if (framePending) return;
      framePending = true;
      requestAnimationFrame(onFrame);
    },
    { capture: true, passive: true },
  );
  listen(doc.documentElement, 'mouseleave', () => {
    pointer = null;
    if (anchor && openedBy === 'pointer') scheduleClose();
  });
  listen(tip, 'mouseenter', cancelClose);
  listen(tip, 'mouseleave', () => {
    if (anchor && openedBy === 'pointer') scheduleClose();
  });

  // Keyboard: focus on a key opens its mark, brought into view.
  listen(keys.element, 'focusin', (e) => {
    const mark = keys.markOf(e.target);
    if (!mark) return;
    reveal(mark);
    open(mark, 'focus');
  });
  listen(keys.element, 'focusout', (e) => {
    const next = (e as FocusEvent).relatedTarget;
    if (anchor && openedBy === 'focus' && !keys.markOf(next)) close();
  });
  listen(
    doc,
    'keydown',
    (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && anchor) close();
    },
    { capture: true },
  );

  function destroy() {
    if (destroyed) return;
    close();
    destroyed = true;
    keys.destroy();
    tip.remove();
    ring.remove();
  }
  life.onInvalidated(destroy);

  return {
    element: tip,
    get anchor() {
      return anchor;
    },
    addMarks(marks) {
      if (!destroyed) keys.add(marks);
    },
    clearMarks() {
      close();
      keys.clear();
    },
    refresh() {
      if (anchor?.nodes.some((n) => !n.isConnected)) close();
      else if (anchor) render(anchor);
    },
    close,
    destroy,
  };
}

/** The mark under a viewport point: the caret there, in a mark, and on one of its boxes. */
function markAtPoint(
  doc: Document,
  layer: Pick<MarkLayer, 'at' | 'shadowRoots'>,
  x: number,
  y: number,
): Mark | null {
  const caret = caretAt(doc, x, y, layer.shadowRoots);
  if (!caret) return null;
  const mark = layer.at(caret.node, caret.offset);
  if (!mark) return null;
  // The caret is the nearest text position, also beside the text: the pointer must be on it.
  for (const r of mark.range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return mark;
  }
  return null;
}

function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(
      x: number,
      y: number,
      options?: { shadowRoots: ShadowRoot[] },
    ): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    // Without the roots, a caret inside a shadow tree is reported at its host.
    const p =
      shadowRoots.length > 0
        ? d.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })
        : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** Scrolls a mark focused from the keyboard into view, when it is not in view already. */
function reveal(mark: Mark): void {
  const r = mark.range.getBoundingClientRect();
  const view = mark.range.startContainer.ownerDocument?.defaultView;
  if (!view) return;
  if (r.bottom > 0 && r.top < view.innerHeight && r.right > 0 && r.left < view.innerWidth) return;
  mark.nodes[0]?.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/**
 * floating-ui: above the mark (below when there is no room), kept on screen, following scroll
 * and resizes; hidden while the mark itself is scrolled out of view. The mark is a Range, used
 * as a virtual reference element anchored in its text's parent.
 */
function floatingPlace(anchor: Mark, tip: HTMLElement, ring: HTMLElement | null): () => void {
  const range = anchor.range;
  const context = anchor.nodes[0]?.parentElement;
  if (!context) return () => {};
  const reference = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: context,
  };
  return autoUpdate(reference, tip, () => {
    if (ring) {
      const r = range.getBoundingClientRect();
      ring.style.left = `${Math.round(r.left) - 2}px`;
      ring.style.top = `${Math.round(r.top) - 2}px`;
      ring.style.width = `${Math.round(r.width) + 4}px`;
      ring.style.height = `${Math.round(r.height) + 4}px`;
    }
    computePosition(reference, tip, {
      strategy: 'fixed',
      placement: 'top-start',
      middleware: [
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // In a short window the tooltip scrolls instead of running off screen.
        size({
          padding: 8,
          apply({ availableHeight }) {
            tip.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
          },
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      tip.style.left = `${Math.round(x)}px`;
      tip.style.top = `${Math.round(y)}px`;
      tip.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    });
  });
}
