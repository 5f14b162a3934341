import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMarkLayer, type HighlightApi } from '../../../lib/page/mark/highlight';
import { createKeys, observeVisibility } from '../../../lib/page/mark/tooltip/keys';
import { plainSource, rangeOf } from './source';

/**
 * When a mark's key is hidden (no tab stop, so no tooltip from the keyboard): the text's
 * parent clipped to nothing (a 0 px panel, display:none, the hidden attribute) or not rendered
 * (content-visibility:hidden, a closed <details>, which checkVisibility reports). happy-dom
 * runs no IntersectionObserver and has no UA rules for [hidden] or <details>, so the observer
 * is a fake fed the entries Chromium gives; tests/e2e/collapsed.mjs checks the real thing.
 */

interface FakeEntry {
  target: Element;
  intersectionRect: { width: number; height: number };
}

class FakeObserver {
  static last: FakeObserver | null = null;
  targets: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: FakeEntry[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(t: Element) {
    this.targets.push(t);
  }
  disconnect() {
    this.disconnected = true;
  }
  fire(target: Element, width: number, height: number) {
    this.callback([{ target, intersectionRect: { width, height } }]);
  }
}

const original = globalThis.IntersectionObserver;
beforeEach(() => {
  FakeObserver.last = null;
  (globalThis as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
  document.body.innerHTML = '<div id="panel"><p id="a">Water, Niacinamide</p></div>';
});
afterEach(() => {
  (globalThis as { IntersectionObserver: unknown }).IntersectionObserver = original;
});

const el = (id: string) => document.getElementById(id) as HTMLElement;

describe('observeVisibility', () => {
  it('hides text clipped to nothing (0 px high panel, display:none, hidden attribute)', () => {
    const seen: boolean[] = [];
    observeVisibility([el('a')], (_t, v) => seen.push(v));
    const io = FakeObserver.last as FakeObserver;
    expect(io.targets).toEqual([el('a')]);
    io.fire(el('a'), 0, 0);
    io.fire(el('a'), 320, 0); // a panel 0 px high: a width, no height
    expect(seen).toEqual([false, false]);
  });

  it('hides text with boxes that is not rendered (content-visibility:hidden, closed details)', () => {
    const check = vi.fn(() => false);
    el('a').checkVisibility = check;
    const seen: boolean[] = [];
    observeVisibility([el('a')], (_t, v) => seen.push(v));
    FakeObserver.last?.fire(el('a'), 320, 18);
    expect(seen).toEqual([false]);
    expect(check).toHaveBeenCalledWith({ visibilityProperty: true });
  });

  it('shows it again when the panel opens; scrolled away still counts as visible', () => {
    el('a').checkVisibility = () => true;
    const seen: boolean[] = [];
    const stop = observeVisibility([el('a')], (_t, v) => seen.push(v));
    const io = FakeObserver.last as FakeObserver;
    io.fire(el('a'), 0, 0);
    io.fire(el('a'), 320, 18);
    expect(seen).toEqual([false, true]);
    // The margin reaches far past the viewport: text below the fold is not "hidden".
    expect(io.options.rootMargin).toBe('100000px');
    stop();
    expect(io.disconnected).toBe(true);
  });

  it('never throws out of the observer callback', () => {
    observeVisibility([el('a')], () => {
      throw new Error('boom');
    });
    expect(() => FakeObserver.last?.fire(el('a'), 1, 1)).not.toThrow();
  });

  it('without IntersectionObserver, every mark keeps its key', () => {
    (globalThis as { IntersectionObserver: unknown }).IntersectionObserver = undefined;
    const seen: boolean[] = [];
    observeVisibility([el('a')], (_t, v) => seen.push(v));
    expect(seen).toEqual([true]);
  });
});

describe('keys of marks in a panel', () => {
  const api: HighlightApi = {
    registry: { set: () => undefined, delete: () => true },
    create: () => ({ add: () => undefined, clear: () => undefined }),
  };

  it('take no tab stop until their text is known to be visible, and follow the panel', () => {
    const src = plainSource(el('a'));
    const layer = createMarkLayer(document, api);
    const marks = layer.add(src, [
      { ...rangeOf(src, 'Niacinamide'), kind: 'confounder', id: 'niacinamide', ref: 'i:0:1' },
    ]);
    const container = document.createElement('div');
    document.body.append(container);
    const keys = createKeys(document, container, observeVisibility);
    keys.add(marks);
    const key = container.querySelector('button.key') as HTMLButtonElement;
    expect(key.hidden).toBe(true); // before the observer has said anything
    const io = FakeObserver.last as FakeObserver;
    expect(io.targets).toEqual([el('a')]);
    el('a').checkVisibility = () => true;
    io.fire(el('a'), 320, 18);
    expect(key.hidden).toBe(false);
    io.fire(el('a'), 0, 0); // the shopper closes the panel
    expect(key.hidden).toBe(true);
    keys.destroy();
    expect(io.disconnected).toBe(true);
  });
});
