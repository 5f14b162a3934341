import { describe, expect, it } from 'vitest';
import { runSliced, runToEnd, type SliceStats, type Steps } from '../../../lib/page/scheduler';

function* count(n: number): Steps<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += i;
    yield;
  }
  return sum;
}

/** Steps that each take about `ms` of busy time. */
function* busy(n: number, ms: number): Steps<number> {
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    while (performance.now() - t < ms) {
      // spin
    }
    yield;
  }
  return n;
}

describe('runToEnd / runSliced', () => {
  it('runToEnd runs the steps synchronously to their result', () => {
    expect(runToEnd(count(100))).toBe(4950);
  });

  it('runSliced gives the same result and pauses between slices of about sliceMs', async () => {
    let pauses = 0;
    const stats: SliceStats = { busyMs: 0, slices: 0 };
    const result = await runSliced(
      busy(12, 4),
      async () => {
        pauses++;
      },
      10,
      stats,
    );
    expect(result).toBe(12);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(stats.slices).toBe(pauses + 1);
    expect(stats.busyMs).toBeGreaterThanOrEqual(45);
  });

  it('runSliced does not pause work that fits in one slice', async () => {
    let pauses = 0;
    expect(
      await runSliced(count(10), async () => {
        pauses++;
      }),
    ).toBe(45);
    expect(pauses).toBe(0);
  });
});
