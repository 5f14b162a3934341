import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOwnNode } from '../../../lib/page/mark/highlight';
import { watchRegions } from '../../../lib/page/observe';
import { abortLifetime } from '../../../lib/page/scheduler';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let life: ReturnType<typeof abortLifetime>;

beforeEach(() => {
  document.body.innerHTML = '<section id="ing"><p id="list">Water, Glycerin</p></section>';
  life = abortLifetime();
});
afterEach(() => life.invalidate());

describe('watchRegions past its cap (lateChanges)', () => {
  it('rescans once more after the page goes quiet, then stops for good', async () => {
    let calls = 0;
    const w = watchRegions({
      life,
      root: document.body,
      isOwn: isOwnNode,
      onChange: () => {
        calls++;
      },
      debounceMs: 10,
      maxChanges: 2,
      lateChanges: 1,
      lateDebounceMs: 60,
      stableMs: 5000,
    });
    w.setRegions([document.getElementById('ing') as Element]);
    const section = document.getElementById('ing') as HTMLElement;
    // A framework re-rendering the list every 25 ms, 12 times.
    for (let i = 0; i < 12; i++) {
      section.replaceChildren(Object.assign(document.createElement('p'), { textContent: `v${i}` }));
      await wait(25);
    }
    expect(calls).toBe(2); // the quick budget; the late rescan waits for quiet
    expect(w.observing).toBe(true);
    await wait(120);
    expect(calls).toBe(3); // the last render is scanned
    expect(w.observing).toBe(false);
    section.replaceChildren('again');
    await wait(120);
    expect(calls).toBe(3); // bounded: nothing after the late budget
  });

  it('without lateChanges stops at the cap, as before', async () => {
    let calls = 0;
    const w = watchRegions({
      life,
      root: document.body,
      isOwn: isOwnNode,
      onChange: () => {
        calls++;
      },
      debounceMs: 10,
      maxChanges: 2,
      stableMs: 5000,
    });
    w.setRegions([document.getElementById('ing') as Element]);
    const section = document.getElementById('ing') as HTMLElement;
    for (let i = 0; i < 6; i++) {
      section.replaceChildren(`v${i}`);
      await wait(25);
    }
    await wait(100);
    expect(calls).toBe(2);
    expect(w.observing).toBe(false);
  });
});
