import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Analyzer, createAnalyzer } from '@/lib/detect/analyze';
import { requestCards, sendNoList, sendReport } from '@/lib/messaging';
import { oversizedJson } from '@/lib/page/find/embedded-json';
import { regionElements, sourceIsCurrent } from '@/lib/page/found-regions';
import {
  extensionShadowReader,
  setShadowReader,
  unreadableFrameHosts,
} from '@/lib/page/inner-roots';
import {
  browserHighlights,
  createMarkLayer,
  isOwnNode,
  type MarkLayer,
  type MarkRange,
} from '@/lib/page/mark/highlight';
import { planMarks } from '@/lib/page/mark/mark-plan';
import { CardCache } from '@/lib/page/mark/tooltip/card-cache';
import { describeMark } from '@/lib/page/mark/tooltip/describe';
import { type RegionWatcher, watchRegions } from '@/lib/page/observe';
import { runSliced, type SliceStats, settle, yieldToMain } from '@/lib/page/scheduler';
import type { PageFindings, TextSource } from '@/lib/page/types';
import { type FoundPage, type Stage, scanDocumentSteps } from '@/lib/pipeline';
import type { PageReport } from '@/lib/report';
import { adapterMissNote } from '@/lib/retailers/find';
import { productPageAdapter } from '@/lib/retailers/registry';
import {
  DEFAULT_SETTINGS,
  isRetailerEnabled,
  isSiteEnabled,
  loadSettings,
  type Settings,
  watchSettings,
} from '@/lib/settings';
import { claimPage, releasePage } from './guard';
import { createLog } from './log';
import { type PageLife, pageLife } from './page-life';
import { mountUi, type UiHost } from './ui-host';

/** Longest stretch of finding work before the main thread is given back. */
const SLICE_MS = 20;
/** Marks (ranges and their keyboard keys) made per slice of marking: a few ms of work. */
const MARKS_PER_SLICE = 400;
/** Scans in a row a changing list may cost before the report goes out with what was read. */
const MAX_STALE_RETRIES = 3;
/** After a same-URL history entry, when the report is sent again (the background cleared it). */
const REANNOUNCE_MS = 500;

/** The content script's whole life on one page. `main` never throws: errors go to the debug log. */
export async function runSession(ctx: ContentScriptContext): Promise<void> {
  const session = new Session(ctx);
  await session.guarded('start', () => session.start());
}

class Session {
  private settings: Settings = DEFAULT_SETTINGS;
  readonly log = createLog(() => this.settings.debug);
  private readonly life: PageLife;
  private analyzer: Analyzer | null = null;
  private report: PageReport | null = null;
  private signature: string | null = null;
  private layer: MarkLayer | null = null;
  private watcher: RegionWatcher | null = null;
  private ui: UiHost | null = null;
  private uiMounting: Promise<UiHost | null> | null = null;
  private readonly cards = new CardCache(requestCards, (...args) => this.log(...args));
  private active = false;
  private scanning = false;
  private rescan = false;
  private url = location.href;
  /** The document element the findings came from (document.open/write replaces it). */
  private root: Element | null = document.documentElement;
  /** Run the generic finder only, without the retailer adapter (see start()). */
  private generic = false;
  /** Bumped on teardown and navigation, so async work from before drops its result. */
  private generation = 0;
  /** Scans in a row dropped because the list changed while it was read. */
  private staleRetries = 0;

  constructor(ctx: ContentScriptContext) {
    this.life = pageLife(ctx, this.log);
  }

  async guarded(what: string, fn: () => unknown): Promise<void> {
    try {
      await fn();
    } catch (err) {
      this.log(`${what} failed`, err);
    }
  }

  async start(): Promise<void> {
    // Closed shadow roots are read through the extension-only API (pages cannot open them).
    setShadowReader(extensionShadowReader());
    // A second start on the same page is the user's "Scan this page": the generic finder alone.
    this.generic = claimPage(this).starts > 1;
    this.life.onInvalidated(() => {
      this.teardown();
      releasePage(this);
    });
    this.settings = await loadSettings();
    if (!this.life.isValid) return;
    this.life.onInvalidated(
      watchSettings((s) => void this.guarded('settings change', () => this.onSettings(s))),
    );
    // Fired from the Navigation API's "navigate" event, before location.href changes: the new URL.
    this.life.watchLocation((href) => void this.guarded('navigation', () => this.onNavigate(href)));
    // document.open/write swaps the document's children: a childList record on the document
    // itself (cheap: no subtree), never fired by ordinary page updates.
    const rewrite = new MutationObserver(
      () => void this.guarded('rewrite', () => this.onRewrite()),
    );
    rewrite.observe(document, { childList: true });
    this.life.onInvalidated(() => rewrite.disconnect());
    // Accordions and tabs often load the list on click: give the observer a new quiet window.
    this.life.listen(document, 'click', () => this.watcher?.rearm(), {
      capture: true,
      passive: true,
    });
    if (!this.enabledHere()) {
      this.log('off for', location.hostname);
      return;
    }
    // No fixed wait: the script runs at document_idle, finding is sliced, and a list the page
    // renders later is caught by the change observer. One task boundary first, so the page's
    // own idle-time work runs before ours.
    await yieldToMain(this.life);
    if (!this.life.isValid) return;
    await this.activate();
  }

  /** Called by a newer instance on this page (see guard.ts): this one ends for good. */
  stop(): void {
    this.teardown();
    this.life.end();
  }

  private enabledHere(): boolean {
    return isSiteEnabled(this.settings, location.hostname);
  }

  private async activate(): Promise<void> {
    this.active = true;
    this.watcher ??= watchRegions({
      life: this.life,
      root: document.body ?? document.documentElement,
      isOwn: isOwnNode,
      // After 8 quick rescans, one more once the page has been quiet for 2.5 s: a framework
      // that keeps re-rendering the list still ends up with its last render marked.
      lateChanges: 1,
      lateDebounceMs: 2500,
      onChange: () => void this.guarded('rescan', () => this.scan('page changed')),
    });
    await this.scan('start');
  }

  /** Everything off: marks, tooltip host, style, observer. Used when the site is turned off. */
  private teardown(): void {
    this.active = false;
    this.generation++;
    this.watcher?.stop();
    this.watcher = null;
    this.clearMarks();
    this.removeUi();
    this.layer?.destroy();
    this.layer = null;
    this.report = null;
    this.signature = null;
  }

  /** Marks are highlights: unpainting them touches no page node, so no observer pause. */
  private clearMarks(): void {
    this.ui?.tooltip.clearMarks();
    this.layer?.clear();
  }

  private removeUi(): void {
    this.ui?.remove();
    this.ui = null;
    this.uiMounting = null;
  }

  /** One scan at a time; a request during a scan runs once it is done. */
  private async scan(reason: string): Promise<void> {
    if (!this.active) return;
    if (this.scanning) {
      this.rescan = true;
      return;
    }
    this.scanning = true;
    this.rescan = false;
    try {
      await this.scanOnce(reason, this.generation);
    } finally {
      this.scanning = false;
    }
    if (this.rescan && this.active) await this.scan('queued');
  }

  private async scanOnce(reason: string, gen: number): Promise<void> {
    const url = location.href;
    this.log('scanning:', reason);
    if (!this.analyzer) {
      const t0 = performance.now();
      // The lexicon's JSON.parse runs here, in a task of its own, not in the script's start-up
      // task (the bundler turns this import into a lazily run module of the same file).
      this.analyzer = createAnalyzer((await import('@/lib/detect/lexicon-data')).LEXICON);
      this.log(`lexicon loaded in ${Math.round(performance.now() - t0)} ms`);
      await yieldToMain(this.life);
      if (gen !== this.generation) return;
    }
    // The pipeline (lib/pipeline.ts) walks the whole page and parses every list: it runs in
    // slices, so a huge page or a long list is never one long task.
    const busy: Partial<Record<Stage, number>> = {};
    let stage: Stage = 'find';
    let since = 0;
    const sliced: SliceStats = { busyMs: 0, slices: 0 };
    const scanned = await runSliced(
      scanDocumentSteps(document, url, {
        analyzer: this.analyzer,
        generic: this.generic,
        proceed: (found) => this.proceed(found, reason, gen),
        onStage: (next) => {
          busy[stage] = (busy[stage] ?? 0) + sliced.busyMs - since;
          since = sliced.busyMs;
          stage = next;
        },
      }),
      () => yieldToMain(this.life),
      SLICE_MS,
      sliced,
    );
    const { findings, signature, report } = scanned;
    if (gen !== this.generation || !report) return;
    await yieldToMain(this.life);
    if (gen !== this.generation) return;
    // A list that changed while it was read is read again, a few times at most: a page that
    // never stops changing (a 10 ms countdown) must not loop. Copy that changed (a countdown in
    // the description) does not hold the report back; its stale blocks are just not marked.
    if (!findings.sections.every((sec) => sourceIsCurrent(sec.text))) {
      if (this.staleRetries < MAX_STALE_RETRIES) {
        this.staleRetries++;
        this.log('ingredient list changed during the scan; scanning again');
        this.rescan = true;
        return;
      }
      this.log('ingredient list keeps changing; reporting what was read');
    }
    this.staleRetries = 0;
    this.report = report;
    this.signature = signature;
    this.watcher?.setRegions(report.ingredientLists.length > 0 ? regionElements(findings) : []);
    this.publish(report, url);
    const t2 = performance.now();
    await this.applyMarks(findings, report, gen);
    // Each step is its own task (yields between them); the debug log shows what each cost.
    const ms = (a: number, b: number) => Math.round(b - a);
    busy[stage] = (busy[stage] ?? 0) + sliced.busyMs - since;
    const stages = Object.entries(busy).map(([k, v]) => `${k} ${Math.round(v)} ms`);
    this.log(
      `${stages.join(', ')} in ${sliced.slices} slice(s), mark + tooltip host ${ms(t2, performance.now())} ms`,
    );
  }

  /** Between finding and analysis: whether this scan goes on to a report. */
  private proceed(found: FoundPage, reason: string, gen: number): boolean {
    if (gen !== this.generation) return false;
    const { findings } = found;
    if (found.signature === this.signature && (this.layer?.intact() ?? true)) {
      this.log('unchanged', reason);
      return false;
    }
    this.log('scan', reason, findings.retailer, findings.sections.length, 'section(s)');
    const miss = adapterMissNote(findings);
    if (miss) this.log(miss);
    if (!isRetailerEnabled(this.settings, findings.retailer)) {
      this.log('retailer switched off:', findings.retailer);
      return false;
    }
    return true;
  }

  private publish(report: PageReport, url: string): void {
    const quietly = (what: string, send: () => Promise<unknown>) => {
      try {
        send().then(
          (reply) => this.log(what, 'reply', reply),
          (err) => this.log(`${what} not delivered`, err),
        );
      } catch (err) {
        this.log(`${what} not delivered`, err);
      }
    };
    // On a supported product page with nothing to show, "no-list" tells the background to show
    // nothing (and is what the debug setting logs); everywhere else the report itself says so.
    const retailer = productPageAdapter(url)?.id ?? null;
    if (report.ingredientLists.length === 0) {
      // No list: say where the page keeps content ExoCheck could not read, if anywhere.
      const frames = unreadableFrameHosts(document);
      const largeData = oversizedJson(document).scripts;
      if (frames.length > 0 || largeData > 0) report.unread = { frames, largeData };
    }
    const empty =
      report.ingredientLists.length === 0 && report.exosome.claims.length === 0 && !report.unread;
    if (empty && retailer) {
      this.log('no ingredient list found on a product page of', retailer);
      quietly('no-list', () => sendNoList(url, retailer));
    } else quietly('report', () => sendReport(report));
  }

  private async applyMarks(findings: PageFindings, report: PageReport, gen: number): Promise<void> {
    this.clearMarks();
    const plan = planMarks(report, this.settings.kinds);
    const jobs: Array<[TextSource, MarkRange[]]> = [];
    for (const [i, ranges] of plan.sections) {
      const s = findings.sections[i];
      if (s) jobs.push([s.text, ranges]);
    }
    for (const [i, ranges] of plan.copy) {
      const c = findings.copy[i];
      if (c) jobs.push([c.text, ranges]);
    }
    if (jobs.length === 0) return this.removeUi();
    const api = browserHighlights();
    if (!api) return this.log('no CSS Custom Highlight API here: nothing marked');
    // Firefox paints only the colour and background of a highlight: its own mark rules.
    this.layer ??= createMarkLayer(document, api, import.meta.env.FIREFOX ? 'gecko' : 'chromium');
    const layer = this.layer;
    // Keys follow page order: sources in document order, each source's ranges from its start.
    jobs.sort(([a], [b]) => pageOrder(a, b));
    // Thousands of marks are thousands of ranges and keys: they go in slices, with the main
    // thread given back between them.
    let slices = 0;
    for (const [source, ranges] of jobs) {
      const todo = [...ranges].sort((a, b) => a.start - b.start);
      for (let at = 0; at < todo.length; at += MARKS_PER_SLICE) {
        if (slices > 0) {
          await yieldToMain(this.life);
          if (gen !== this.generation) return;
        }
        slices++;
        // Text that changed since it was read is not marked: its offsets no longer hold.
        if (!sourceIsCurrent(source)) break;
        layer.add(source, todo.slice(at, at + MARKS_PER_SLICE));
      }
    }
    if (slices > 1) this.log(`marked in ${slices} slices`);
    this.log(layer.marks.length, 'mark(s)');
    // Nothing could be marked (editable or script text): no tooltip host in the page.
    if (layer.marks.length === 0 || !this.settings.tooltips) return this.removeUi();
    // The marks are painted before the tooltip host (a shadow root, its styles and one keyboard
    // key per mark) is built: the first highlight does not wait for it.
    await yieldToMain(this.life);
    if (gen !== this.generation) return;
    const ui = await this.ensureUi();
    if (!ui || gen !== this.generation) return;
    // Keys in slices too, as the marks were.
    const marks = layer.marks;
    for (let at = 0; at < marks.length; at += MARKS_PER_SLICE) {
      if (at > 0) {
        await yieldToMain(this.life);
        if (gen !== this.generation) return;
      }
      ui.tooltip.addMarks(marks.slice(at, at + MARKS_PER_SLICE));
    }
    this.cards.load(plan.entryIds, this.settings.region, () => this.ui?.tooltip.refresh());
  }

  private ensureUi(): Promise<UiHost | null> {
    if (this.ui) return Promise.resolve(this.ui);
    const layer = this.layer;
    if (!layer) return Promise.resolve(null);
    this.uiMounting ??= mountUi(this.life.uiContext, this.life, layer, (mark) =>
      describeMark(mark, this.report, this.cards.cards, this.cards.pending),
    ).then(
      (ui) => {
        if (!this.active || !this.uiMounting) {
          ui.remove();
          return null;
        }
        this.ui = ui;
        return ui;
      },
      (err) => {
        // No tooltip on this page (the marks, badge and popup still work); the next scan retries.
        this.log('tooltip host unavailable', err);
        this.uiMounting = null;
        return null;
      },
    );
    return this.uiMounting;
  }

  private async onSettings(next: Settings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    if (!this.enabledHere()) {
      if (this.active) {
        this.log('turned off here');
        this.teardown();
      }
      return;
    }
    if (!this.active) {
      await this.activate();
      return;
    }
    const changed = (f: (s: Settings) => unknown) =>
      JSON.stringify(f(prev)) !== JSON.stringify(f(next));
    if (changed((s) => [s.kinds, s.tooltips, s.region, s.disabledRetailers])) {
      if (!next.tooltips) this.removeUi();
      this.signature = null;
      await this.scan('settings changed');
    }
  }

  /** SPA navigation: the old page's marks go, the new page is scanned once it settles. */
  private async onNavigate(url: string): Promise<void> {
    if (url === this.url) {
      // A router pushing or replacing the same URL: the page is the same, but the background
      // took the history entry for a navigation and cleared the report. Say it again, once the
      // browser has announced the entry.
      const report = this.report;
      if (report && this.active) {
        const gen = this.generation;
        this.life.setTimeout(() => {
          if (gen === this.generation && this.report === report) this.publish(report, url);
        }, REANNOUNCE_MS);
      }
      return;
    }
    this.url = url;
    if (!this.active) return;
    await this.restart(500);
  }

  /**
   * The page rewrote itself (document.open/write replaced its whole tree): what was found is
   * gone with the old nodes, so scan the new document as a new page.
   */
  private async onRewrite(): Promise<void> {
    if (!this.active || document.documentElement === this.root) return;
    this.root = document.documentElement;
    this.removeUi(); // its host left with the old tree
    await this.restart(250);
  }

  /** Forget the page's findings and scan again once the new content settles. */
  private async restart(settleMs: number): Promise<void> {
    this.generation++;
    this.clearMarks();
    this.report = null;
    this.signature = null;
    this.watcher?.stop(); // a fresh change budget for the new page
    this.watcher = null;
    await settle(this.life, settleMs, 2000);
    if (this.active) await this.activate();
  }
}

/** Sort order of two text sources by their first text node (sources without nodes last). */
function pageOrder(a: TextSource, b: TextSource): number {
  const x = a.segments[0]?.node;
  const y = b.segments[0]?.node;
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  if (x === y) return 0;
  // DOCUMENT_POSITION_FOLLOWING: y comes after x.
  return x.compareDocumentPosition(y) & 4 ? -1 : 1;
}
