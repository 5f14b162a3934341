/**
 * Timing for the content script. Everything goes through a `Lifetime` (the WXT content-script
 * context in production, a plain AbortController in tests), so an extension update or a
 * re-injection stops every timer and listener the old script left.
 */
export interface Lifetime {
  setTimeout(handler: () => void, ms?: number): number;
  /** requestIdleCallback where the browser has it. */
  requestIdleCallback?(handler: () => void, options?: { timeout: number }): number;
  listen(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  onInvalidated(cb: () => void): () => void;
  readonly isValid: boolean;
}

/** A Lifetime over an AbortController, for tests and for code run outside WXT. */
export function abortLifetime(controller = new AbortController()): Lifetime & {
  invalidate(): void;
} {
  const { signal } = controller;
  return {
    setTimeout(handler, ms) {
      const id = setTimeout(() => {
        if (!signal.aborted) handler();
      }, ms) as unknown as number;
      signal.addEventListener('abort', () => clearTimeout(id));
      return id;
    },
    listen(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal });
    },
    onInvalidated(cb) {
      signal.addEventListener('abort', cb);
      return () => signal.removeEventListener('abort', cb);
    },
    get isValid() {
      return !signal.aborted;
    },
    invalidate: () => controller.abort(),
  };
}

/**
 * Resolves when the page is idle (or after `maxWaitMs` at the latest), so the first scan
 * does not compete with the page's own start-up work. Never resolves once invalidated.
 */
export function settle(life: Lifetime, minDelayMs: number, maxWaitMs: number): Promise<void> {
  return new Promise((resolve) => {
    life.setTimeout(() => {
      if (life.requestIdleCallback) life.requestIdleCallback(resolve, { timeout: maxWaitMs });
      else life.setTimeout(resolve, 0);
    }, minDelayMs);
  });
}

/** Gives the main thread back between slices of work (one task boundary). */
export function yieldToMain(life: Lifetime): Promise<void> {
  return new Promise((resolve) => {
    life.setTimeout(resolve, 0);
  });
}

/** Runs `fn` once, `ms` after the last `call()`. */
export function debounce(life: Lifetime, fn: () => void, ms: number) {
  let timer: number | null = null;
  return {
    call() {
      if (timer !== null) clearTimeout(timer);
      timer = life.setTimeout(() => {
        timer = null;
        fn();
      }, ms);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    get pending() {
      return timer !== null;
    },
  };
}

/**
 * Work that can pause: a generator that `yield`s at safe points (between nodes of a walk,
 * between stages). Synchronous callers (the scan CLI, tests) run it to the end in one go;
 * the content script runs it in slices of at most `sliceMs`, giving the main thread back in
 * between, so no scan step is one long task however big the page.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end, synchronously. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceStats {
  /** Time spent running steps (pauses excluded). */
  busyMs: number;
  slices: number;
}

/**
 * Runs the steps in slices of about `sliceMs`, awaiting `pause()` between slices. `stats`
 * (optional) accumulates the busy time and the number of slices.
 */
export async function runSliced<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  sliceMs = 20,
  stats?: SliceStats,
): Promise<T> {
  let start = performance.now();
  if (stats) stats.slices++;
  for (;;) {
    const r = steps.next();
    const now = performance.now();
    if (r.done) {
      if (stats) stats.busyMs += now - start;
      return r.value;
    }
    if (now - start >= sliceMs) {
      if (stats) {
        stats.busyMs += now - start;
        stats.slices++;
      }
      await pause();
      start = performance.now();
    }
  }
}
