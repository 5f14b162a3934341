import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSliced, runToEnd, type SliceStats, type Steps } from '../../../lib/page/scheduler';

function* count(n: number): Steps<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += i;
    yield;
  }
  return sum;
}

// A clock the steps advance by hand: slicing is judged on exact times, not on a busy machine's.
let clock = 0;
afterEach(() => vi.restoreAllMocks());

/** Steps that each take `ms` of (fake) time. */
function* busy(n: number, ms: number): Steps<number> {
  for (let i = 0; i < n; i++) {
    clock += ms;
    yield;
  }
  return n;
}

describe('runToEnd / runSliced', () => {
  it('runToEnd runs the steps synchronously to their result', () => {
    expect(runToEnd(count(100))).toBe(4950);
  });

  it('runSliced gives the same result and pauses between slices of about sliceMs', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
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
    // 4 ms steps, 10 ms slices: a pause after every third step (the twelfth yields before the
    // generator returns, so its pause comes too).
    expect(pauses).toBe(4);
    expect(stats.slices).toBe(5);
    expect(stats.busyMs).toBe(48);
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
