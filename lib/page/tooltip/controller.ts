import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import { MARK_SELECTOR, TOOLTIP_ID, UI_ATTR } from '../highlight';
import type { Lifetime } from '../scheduler';
import type { TooltipModel } from './model';
import { describeText, renderTooltip } from './render';

/**
 * ONE tooltip for every mark (WAI-ARIA tooltip pattern): opens on hover and on keyboard focus
 * of a mark, stays open while the pointer is over it, closes on Escape, on blur and shortly
 * after the pointer leaves. Listeners are delegated on the document, through the Lifetime.
 *
 * Accessibility across the shadow boundary: the tooltip (role="tooltip", id
 * "exocheck-tooltip") lives in our shadow root, where the marks' aria-describedby cannot
 * reach it (ids do not cross shadow roots). So the controller also keeps a hidden light-DOM
 * element with the same id holding a one-line description of the focused mark; hidden
 * elements still supply descriptions when referenced by aria-describedby, so screen readers
 * get it, and the visible tooltip stays isolated from page CSS. (aria-description on each
 * mark would need text before the cards arrive and is ignored when aria-describedby is set.)
 */
export interface TooltipOptions {
  life: Lifetime;
  doc: Document;
  /** Where the tooltip element goes (the shadow root's container). */
  container: HTMLElement;
  /** Host element of the shadow root: the pointer moving onto it is moving onto the tooltip. */
  host?: Element | null;
  describe(mark: HTMLElement): TooltipModel | null;
  /** Keeps the tooltip placed next to the mark; returns a stop function. */
  place?(anchor: HTMLElement, tip: HTMLElement): () => void;
  closeDelayMs?: number;
}

export interface TooltipController {
  readonly element: HTMLElement;
  readonly anchor: HTMLElement | null;
  /** Re-render for the current mark (cards arrived). */
  refresh(): void;
  close(): void;
  destroy(): void;
}

export function createTooltip(opts: TooltipOptions): TooltipController {
  const { life, doc } = opts;
  const closeDelay = opts.closeDelayMs ?? 250;
  const place = opts.place ?? floatingPlace;
  const usePopover =
    typeof (HTMLElement.prototype as { showPopover?: unknown }).showPopover === 'function';

  const tip = doc.createElement('div');
  tip.id = TOOLTIP_ID;
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  // The top layer sits above every z-index and escapes transformed/overflow-hidden ancestors.
  if (usePopover) tip.setAttribute('popover', 'manual');
  opts.container.append(tip);

  // Inside the shadow host (light DOM, not slotted) it is never rendered and adds no sibling to
  // the page's elements; `display:none!important` inline keeps any page rule from showing it.
  const description = doc.createElement('span');
  description.id = TOOLTIP_ID;
  description.hidden = true;
  description.style.setProperty('display', 'none', 'important');
  description.setAttribute(UI_ATTR, '');
  (opts.host ?? doc.body ?? doc.documentElement).append(description);

  let anchor: HTMLElement | null = null;
  let stopPlacing: (() => void) | null = null;
  let closeTimer: number | null = null;
  let destroyed = false;

  // nodeType checks, not instanceof: page nodes reach content scripts through world wrappers.
  const asNode = (t: EventTarget | null) =>
    t && typeof (t as Node).nodeType === 'number' ? (t as Node) : null;
  const markOf = (target: EventTarget | null): HTMLElement | null => {
    const node = asNode(target);
    return node?.nodeType === 1 ? (node as Element).closest<HTMLElement>(MARK_SELECTOR) : null;
  };
  const isOnTooltip = (target: EventTarget | null) => {
    const node = asNode(target);
    return !!node && (tip.contains(node) || (!!opts.host && opts.host === node));
  };

  function render(mark: HTMLElement): boolean {
    const model = opts.describe(mark);
    if (!model) return false;
    tip.setAttribute('data-kind', model.kind);
    renderTooltip(tip, model);
    description.textContent = describeText(model);
    return true;
  }

  function open(mark: HTMLElement) {
    cancelClose();
    if (destroyed || (anchor === mark && tip.hasAttribute('data-open'))) return;
    stopPlacing?.();
    if (!render(mark)) return close();
    anchor = mark;
    tip.setAttribute('data-open', '');
    if (usePopover && !tip.matches(':popover-open')) tip.showPopover();
    stopPlacing = place(mark, tip);
  }

  function close() {
    cancelClose();
    stopPlacing?.();
    stopPlacing = null;
    anchor = null;
    tip.removeAttribute('data-open');
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

  listen(doc, 'mouseover', (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark);
  });
  listen(doc, 'mouseout', (e) => {
    const mark = markOf(e.target);
    if (!mark || !anchor) return;
    const to = (e as MouseEvent).relatedTarget;
    const toNode = asNode(to);
    if (toNode && mark.contains(toNode)) return;
    if (isOnTooltip(to)) return;
    if (doc.activeElement === anchor) return; // keyboard focus keeps it open
    scheduleClose();
  });
  listen(tip, 'mouseenter', cancelClose);
  listen(tip, 'mouseleave', () => {
    if (anchor && doc.activeElement !== anchor) scheduleClose();
  });
  listen(doc, 'focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark);
  });
  listen(doc, 'focusout', (e) => {
    if (anchor && markOf(e.target) === anchor) close();
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
    tip.remove();
    description.remove();
  }
  life.onInvalidated(destroy);

  return {
    element: tip,
    get anchor() {
      return anchor;
    },
    refresh() {
      if (anchor && !anchor.isConnected) close();
      else if (anchor) render(anchor);
    },
    close,
    destroy,
  };
}

/**
 * floating-ui: above the mark (below when there is no room), kept on screen, following scroll
 * and resizes; hidden while the mark itself is scrolled out of view.
 */
function floatingPlace(anchor: HTMLElement, tip: HTMLElement): () => void {
  return autoUpdate(anchor, tip, () => {
    computePosition(anchor, tip, {
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
