import { type Mark, TOOLTIP_ID } from '../highlight';
import { KIND_LABEL } from './model';

/**
 * Keyboard access to the marks. A highlight is not an element and takes no focus, so each
 * mark gets a key: a visually hidden button in ExoCheck's shadow root, named after the mark
 * and described by the tooltip (the ids resolve: both live in the same shadow root). Keys
 * follow page order; a mark whose text cannot be seen (a collapsed panel, display:none) has
 * its key hidden, so it takes no tab stop until its panel opens.
 */

/** Reports whether each target element is visible now and whenever that changes. */
export type VisibilityWatch = (
  targets: readonly Element[],
  onChange: (target: Element, visible: boolean) => void,
) => () => void;

export interface Keys {
  readonly element: HTMLElement;
  /** The mark a key stands for. */
  markOf(key: EventTarget | null): Mark | null;
  /** Adds keys for marks that follow the current ones in page order. */
  add(marks: readonly Mark[]): void;
  clear(): void;
  destroy(): void;
}

export function createKeys(doc: Document, container: HTMLElement, watch: VisibilityWatch): Keys {
  const element = doc.createElement('div');
  element.className = 'keys';
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', 'ExoCheck marks on this page');
  container.append(element);
  const marks = new WeakMap<Element, Mark>();
  let byParent = new Map<Element, HTMLElement[]>();
  let stops: Array<() => void> = [];

  const onChange = (target: Element, visible: boolean) => {
    for (const key of byParent.get(target) ?? []) key.hidden = !visible;
  };

  return {
    element,
    markOf(target) {
      const node = target as Node | null;
      if (node?.nodeType !== 1) return null;
      const key = (node as Element).closest('button.key');
      return key ? (marks.get(key) ?? null) : null;
    },
    add(list) {
      const fresh: Element[] = [];
      const frag = doc.createDocumentFragment();
      for (const mark of list) {
        const parent = mark.nodes[0]?.parentElement;
        if (!parent) continue;
        const key = doc.createElement('button');
        key.type = 'button';
        key.className = 'key';
        key.hidden = true; // until its text is known to be visible
        key.dataset.kind = mark.kind;
        key.dataset.ref = mark.ref;
        key.textContent = `${KIND_LABEL[mark.kind]}: ${mark.text.replace(/\s+/g, ' ').trim()}`;
        key.setAttribute('aria-describedby', TOOLTIP_ID);
        marks.set(key, mark);
        const keys = byParent.get(parent);
        if (keys) keys.push(key);
        else {
          byParent.set(parent, [key]);
          fresh.push(parent);
        }
        frag.append(key);
      }
      element.append(frag);
      if (fresh.length > 0) stops.push(watch(fresh, onChange));
    },
    clear() {
      for (const stop of stops) stop();
      stops = [];
      byParent = new Map();
      element.replaceChildren();
    },
    destroy() {
      this.clear();
      element.remove();
    },
  };
}

/**
 * Visibility from an IntersectionObserver with a margin far past the viewport: scrolling does
 * not count, but a box clipped to nothing by a collapsed ancestor, or not rendered at all, does.
 */
export const observeVisibility: VisibilityWatch = (targets, onChange) => {
  if (typeof IntersectionObserver !== 'function') {
    for (const t of targets) onChange(t, true);
    return () => {};
  }
  const io = new IntersectionObserver(
    (entries) => {
      // An observer callback runs outside the content script's guards: it must not throw.
      try {
        for (const e of entries) {
          const r = e.intersectionRect;
          const shown =
            r.width > 0 &&
            r.height > 0 &&
            (typeof e.target.checkVisibility !== 'function' ||
              e.target.checkVisibility({ visibilityProperty: true }));
          onChange(e.target, shown);
        }
      } catch {
        // leave the keys as they are
      }
    },
    { rootMargin: '100000px' },
  );
  for (const t of targets) io.observe(t);
  return () => io.disconnect();
};
