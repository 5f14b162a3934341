// The end-to-end runners' test loop (tests/e2e/run.mjs for Chromium, tests/e2e/firefox.mjs for
// Firefox): one line per test, then "N passed, N failed[, N skipped]". A test that does not apply
// to the browser under test is skipped with the reason, and counted apart.

/**
 * `node RUNNER [--build] [name filter…]`: a test runs when its name holds one of the filters
 * (or when there are none).
 */
export function createRunner(args = process.argv.slice(2)) {
  const only = args.filter((a) => !a.startsWith('--'));
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  let skipped = 0;

  /**
   * Runs `fn` unless filtered out. `skip` (a reason) marks a test that does not apply to this
   * browser: it is listed, not run.
   */
  async function test(name, fn, { skip = null } = {}) {
    if (only.length && !only.some((o) => name.includes(o))) return;
    if (skip) {
      skipped++;
      console.log(`skip ${name}: ${skip}`);
      return;
    }
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${name}: ${err?.message ?? err}`);
    }
  }

  /** Prints the closing line and exits (1 on any failure). */
  function finish() {
    console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    process.exit(failed === 0 ? 0 : 1);
  }

  return { test, finish, force: args.includes('--build') };
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Polls `fn` every 100 ms until it returns something truthy; returns that. */
export async function waitFor(fn, what, timeout = 10_000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
