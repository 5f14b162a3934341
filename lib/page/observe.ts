import { debounce, type Lifetime } from './scheduler';

/**
 * One MutationObserver that tells the content script when the ingredient or product-copy
 * region changed. Records are filtered (our own marks and UI never count; once regions are
 * known, only changes inside or around them count), bursts are debounced into one callback,
 * rescans are capped, and observing stops once the page has been quiet for `stableMs`.
 * With `lateChanges`, a page that goes on changing past the cap (a framework re-rendering the
 * accordion again and again) still gets that many more rescans, each only once it has been
 * quiet for `lateDebounceMs`: the list it ends with is marked, and the total stays bounded.
 * `rearm()` starts a new quiet window (the content script calls it when the user clicks,
 * since accordions and tabs often load the list on click).
 */
export interface RegionWatcherOptions {
  life: Lifetime;
  root: Node;
  isOwn(node: Node): boolean;
  onChange(): void;
  debounceMs?: number;
  stableMs?: number;
  maxChanges?: number;
  /** Rescans allowed after `maxChanges`, each after `lateDebounceMs` of quiet (default 0). */
  lateChanges?: number;
  lateDebounceMs?: number;
}

export interface RegionWatcher {
  /** Elements holding the found list(s) and copy; empty = watch the whole root for content. */
  setRegions(elements: Element[]): void;
  rearm(): void;
  stop(): void;
  readonly observing: boolean;
  readonly changes: number;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchRegions(opts: RegionWatcherOptions): RegionWatcher {
  const { life, root, isOwn } = opts;
  const stableMs = opts.stableMs ?? 10_000;
  const maxChanges = opts.maxChanges ?? 8;
  const lateChanges = opts.lateChanges ?? 0;
  let late = 0;
  let regions: Element[] = [];
  let observing = false;
  let stopped = false;
  let changes = 0;

  const fire = debounce(
    life,
    () => {
      if (stopped || changes >= maxChanges) return;
      changes++;
      opts.onChange();
      if (!budgetLeft()) disconnect();
    },
    opts.debounceMs ?? 400,
  );
  const lateFire = debounce(
    life,
    () => {
      if (stopped || late >= lateChanges) return;
      late++;
      opts.onChange();
      if (!budgetLeft()) disconnect();
    },
    opts.lateDebounceMs ?? 3000,
  );
  const budgetLeft = () => changes < maxChanges || late < lateChanges;
  const quiet = debounce(life, () => disconnect(), stableMs);

  const observer = new MutationObserver((records) => {
    if (records.some(relevant)) {
      if (changes < maxChanges) fire.call();
      else lateFire.call();
      quiet.call();
    }
  });

  function relevant(r: MutationRecord): boolean {
    // Text edits count only inside a known region: page-wide tickers and counters do not.
    if (r.type === 'characterData') return regions.length > 0 && inRegion(r.target);
    const added = [...r.addedNodes].filter((n) => !isOwn(n));
    const removed = [...r.removedNodes].filter((n) => !isOwn(n));
    if (added.length === 0 && removed.length === 0) return false;
    if (regions.length === 0) return added.some(hasContent);
    // A region was replaced or detached, or something changed inside one.
    if (regions.some((el) => !el.isConnected)) return true;
    return inRegion(r.target);
  }

  function inRegion(node: Node): boolean {
    return regions.some((el) => el.contains(node) || node.contains(el));
  }

  function connect() {
    if (observing || stopped) return;
    observer.observe(root, OPTIONS);
    observing = true;
    quiet.call();
  }

  function disconnect() {
    if (!observing) return;
    observer.disconnect();
    observing = false;
  }

  life.onInvalidated(() => {
    stopped = true;
    fire.cancel();
    lateFire.cancel();
    quiet.cancel();
    disconnect();
  });
  connect();

  return {
    setRegions(elements) {
      regions = elements.filter((el, i) => elements.indexOf(el) === i);
    },
    rearm() {
      if (budgetLeft()) connect();
    },
    stop() {
      stopped = true;
      fire.cancel();
      quiet.cancel();
      disconnect();
    },
    get observing() {
      return observing;
    },
    get changes() {
      return changes;
    },
  };
}

/** Element or text node that adds visible-ish content (not a bare script/style/comment). */
function hasContent(node: Node): boolean {
  if (node.nodeType === 3) return (node.textContent ?? '').trim() !== '';
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'LINK' || tag === 'META') return false;
  return (node.textContent ?? '').trim() !== '';
}
