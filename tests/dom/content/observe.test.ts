import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOwnNode, MARK_STYLE_ID, UI_ATTR } from '../../../lib/page/mark/highlight';
import { watchRegions } from '../../../lib/page/observe';
import { abortLifetime } from '../../../lib/page/scheduler';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let life: ReturnType<typeof abortLifetime>;
let calls: number;

function watcher(opts: { stableMs?: number; maxChanges?: number } = {}) {
  return watchRegions({
    life,
    root: document.body,
    isOwn: isOwnNode,
    onChange: () => {
      calls++;
    },
    debounceMs: 20,
    stableMs: opts.stableMs ?? 1000,
    maxChanges: opts.maxChanges ?? 8,
  });
}

beforeEach(() => {
  document.body.innerHTML =
    '<main><section id="ing"><p id="list">Water, Glycerin</p></section><aside id="ads">ad</aside></main>';
  life = abortLifetime();
  calls = 0;
});
afterEach(() => life.invalidate());

describe('watchRegions', () => {
  it('debounces a burst of changes in a region into one callback', async () => {
    const w = watcher();
    w.setRegions([document.getElementById('ing') as Element]);
    const list = document.getElementById('list') as HTMLElement;
    for (let i = 0; i < 5; i++) list.append(`, Item ${i}`);
    await wait(60);
    expect(calls).toBe(1);
  });

  it('ignores changes outside the regions once regions are known', async () => {
    const w = watcher();
    w.setRegions([document.getElementById('ing') as Element]);
    (document.getElementById('ads') as HTMLElement).append(document.createElement('div'));
    (document.getElementById('ads') as HTMLElement).firstChild?.appendChild(
      document.createTextNode('new ad'),
    );
    await wait(60);
    expect(calls).toBe(0);
  });

  it('watches the whole page for new content while no list is known', async () => {
    watcher();
    const p = document.createElement('p');
    p.textContent = 'Ingredients: Water, Glycerin';
    document.body.append(p);
    await wait(60);
    expect(calls).toBe(1);
  });

  it('never reacts to our own marks and UI', async () => {
    const w = watcher();
    w.setRegions([document.getElementById('ing') as Element]);
    // Marks are highlights (no DOM change); the UI host and the mark style are elements we
    // add unpaused: the filter drops them.
    const host = document.createElement('exocheck-ui');
    host.setAttribute(UI_ATTR, '');
    document.body.append(host);
    const inner = document.createElement('span');
    host.append(inner);
    inner.textContent = 'Exosome claim';
    const style = document.createElement('style');
    style.id = MARK_STYLE_ID;
    document.body.append(style);
    style.textContent = '::highlight(x){color:red}';
    await wait(60);
    expect(calls).toBe(0);
    host.remove();
    style.remove();
    await wait(60);
    expect(calls).toBe(0);
  });

  it('notices when the page replaces the region', async () => {
    const w = watcher();
    const section = document.getElementById('ing') as Element;
    w.setRegions([section]);
    const fresh = document.createElement('section');
    fresh.textContent = 'Water, Niacinamide';
    section.replaceWith(fresh);
    await wait(60);
    expect(calls).toBe(1);
  });

  it('caps the number of rescans and stops once the page is quiet', async () => {
    const w = watcher({ maxChanges: 2, stableMs: 150 });
    w.setRegions([document.getElementById('ing') as Element]);
    const list = document.getElementById('list') as HTMLElement;
    for (let i = 0; i < 4; i++) {
      list.append(`, Item ${i}`);
      await wait(40);
    }
    expect(calls).toBe(2);
    expect(w.observing).toBe(false);

    const quiet = watcher({ stableMs: 80 });
    expect(quiet.observing).toBe(true);
    await wait(150);
    expect(quiet.observing).toBe(false);
    quiet.rearm();
    expect(quiet.observing).toBe(true);
  });

  it('stops with its lifetime', async () => {
    const w = watcher();
    life.invalidate();
    document.body.append(document.createElement('p'), 'text');
    await wait(60);
    expect(calls).toBe(0);
    expect(w.observing).toBe(false);
  });
});
