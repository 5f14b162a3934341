// The longest main-thread task while `run()` goes, from a Chrome trace: its wall time (`dur`)
// and its thread CPU time (`tdur`). The long-task observer sees wall time only, which a busy
// machine inflates: a 25 ms slice read 642 ms at load 4.5 when the renderer was not scheduled.
// CPU time says what the task itself cost.

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];
const ms = (us) => Math.round(us / 100) / 10;

/** `cdp`: a CDP session on the page. The page's main thread is the one running its timers. */
export async function longestTaskCpu(cdp, run) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
  }
  // The thread that ran the most timer callbacks (the scan's slices are timers).
  const byThread = new Map();
  for (const e of events) {
    if (e.name !== 'TimerFire' || e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, (byThread.get(key) ?? 0) + e.dur);
  }
  const [main] = [...byThread].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!main) return null;
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === main,
  );
  if (tasks.length === 0) return null;
  const worst = tasks.reduce((a, t) => ((t.tdur ?? 0) > (a.tdur ?? 0) ? t : a));
  return { cpuMs: ms(worst.tdur ?? 0), wallMs: ms(worst.dur), tasks: tasks.length };
}
