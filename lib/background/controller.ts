import { type Browser, browser } from 'wxt/browser';
import type { EntryCard } from '../cards';
import { buildCard } from '../cards/build';
import type { DictionaryLookup } from '../detect/enrich';
import { enrichReport } from '../detect/enrich';
import type { Knowledge } from '../knowledge';
import type { ScanTabReply } from '../messaging';
import { parseContentMessage, parsePageMessage } from '../messaging/schemas';
import type { OcrReply } from '../ocr/messages';
import type { PageReport } from '../report';
import { isSiteEnabled, resolveRegion, type Settings } from '../settings';
import { type BadgeView, badgeFor, IDLE_BADGE, OFF_BADGE } from './badge';
import type { RunOcr } from './ocr';
import type { ReportStore } from './report-store';

/**
 * The background's logic, separate from its wiring so tests drive it with fakeBrowser and a
 * small knowledge set. Every entry point validates first and answers `undefined` to anything
 * it rejects; nothing here throws at a caller.
 */
export interface BackgroundDeps {
  store: ReportStore;
  /** Loaded on the first card asked for, not at every worker start. */
  knowledge(): Knowledge | Promise<Knowledge>;
  /** The CosIng dictionary, loaded on first use; null when it cannot be loaded. */
  dictionary(): Promise<DictionaryLookup | null>;
  settings(): Promise<Settings>;
  locale(): string;
  /** Reads a list image the popup sent (lib/background/ocr.ts); absent: not offered. */
  readImage?: RunOcr;
}

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export const ICON_PATHS = {
  on: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
  off: {
    16: '/icon/off-16.png',
    32: '/icon/off-32.png',
    48: '/icon/off-48.png',
    128: '/icon/off-128.png',
  },
} as const;

export type Sender = Browser.runtime.MessageSender;

export function createBackground(deps: BackgroundDeps) {
  /** When the worker's script had run (performance.now() counts from the worker's start). */
  const ready = performance.now();
  const ownId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');

  /**
   * One tab's store and badge changes run one after another, in the order their events
   * arrived. Each handler awaits storage; interleaved, a tab's "loading" event handled while
   * its new report was being stored would clear that report after it was acknowledged (seen
   * with the worker busy, when both wait in the same queue).
   */
  const chains = new Map<number, Promise<unknown>>();
  /**
   * Tabs showing the greyed icon we set. setIcon decodes its images in the worker (tens of ms
   * when cold, before the badge of the same call lands), and a navigation resets a tab's icon
   * to the manifest's, so the icon is set only when it changes. Settings changes always set it
   * (a restarted worker has forgotten which tabs were grey).
   */
  const greyed = new Set<number>();
  async function show(tabId: number, view: BadgeView, forceIcon = false): Promise<void> {
    const icon = forceIcon || view.off !== greyed.has(tabId);
    if (view.off) greyed.add(tabId);
    else greyed.delete(tabId);
    await applyBadge(tabId, view, icon);
  }
  function inOrder<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
    const prior = chains.get(tabId) ?? Promise.resolve();
    const next = prior.then(fn);
    const settled = next.catch(() => undefined);
    chains.set(tabId, settled);
    void settled.then(() => {
      if (chains.get(tabId) === settled) chains.delete(tabId);
    });
    return next;
  }

  async function handleMessage(raw: unknown, sender: Sender): Promise<unknown> {
    const arrived = performance.now();
    if (sender.id !== ownId) return undefined;
    const fromExtensionPage = sender.url?.startsWith(extensionOrigin) === true;
    if (fromExtensionPage) {
      const msg = parsePageMessage(raw);
      if (!msg) return undefined;
      if (msg.type === 'get-report') return deps.store.get(msg.tabId);
      if (msg.type === 'get-no-list') return deps.store.noList(msg.tabId);
      if (msg.type === 'cards') return cards(msg.ids, msg.region);
      if (msg.type === 'ocr-image') return readImage(msg.tabId, msg.image);
      return scanTab(msg.tabId);
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return undefined;
    const msg = parseContentMessage(raw);
    if (!msg) return undefined;
    if (msg.type === 'cards') return cards(msg.ids, msg.region);
    // Reports describe the top document; an iframe's scan must not replace it.
    if ((sender.frameId ?? 0) !== 0) return { ok: false };
    if (msg.type === 'report') {
      const report = msg.report;
      await inOrder(tabId, () => receiveReport(tabId, report, arrived));
      return { ok: true };
    }
    if ((await deps.settings()).debug) {
      console.info(`[exocheck] ${msg.retailer}: no ingredient list found on ${msg.url}`);
    }
    await inOrder(tabId, async () => {
      await deps.store.setNoList(tabId, { url: msg.url, retailer: msg.retailer });
      await show(tabId, IDLE_BADGE);
    });
    return { ok: true };
  }

  /**
   * The report is stored and badged as it came, then stored again with CosIng's functions: the
   * badge and the popup's verdict never wait for the dictionary, which a cold worker has to
   * build first (about 100–300 ms).
   */
  async function receiveReport(tabId: number, report: PageReport, arrived: number): Promise<void> {
    await deps.store.set(tabId, report);
    await show(tabId, badgeFor(report));
    if ((await deps.settings()).debug) {
      // performance.now() counts from the worker's start: the bench reads these figures.
      const now = performance.now();
      console.info(
        `[exocheck] badge set ${Math.round(now - arrived)} ms after the report arrived; worker started ${Math.round(now)} ms before (script run at ${Math.round(ready)} ms, report at ${Math.round(arrived)} ms)`,
      );
    }
    const dictionary = await deps.dictionary().catch(() => null);
    if (dictionary) await deps.store.set(tabId, enrichReport(report, dictionary));
  }

  /**
   * The popup's image reading: OCR off the page, then the report stored and badged like one
   * from the content script, so the popup shows it now and when it is opened again.
   */
  async function readImage(tabId: number, image: string): Promise<OcrReply> {
    if (!deps.readImage) return { ok: false, error: 'Image reading is not available here.' };
    const tab = await browser.tabs.get(tabId).catch(() => null);
    // The tab's URL is visible with the toolbar click's activeTab grant; else none is claimed.
    // No title: the report is what the image says, the same as `scan --image --url` gives.
    const reply = await deps
      .readImage({ image, url: tab?.url ?? 'about:blank', title: null })
      .catch((err: unknown): OcrReply => ({ ok: false, error: String(err) }));
    if (reply.ok) {
      const { report } = reply;
      await inOrder(tabId, () => receiveReport(tabId, report, performance.now()));
    }
    return reply;
  }

  function cards(ids: readonly string[], region: Settings['region']): Promise<EntryCard[]> {
    return Promise.all([deps.settings(), deps.knowledge()]).then(([settings, knowledge]) => {
      const resolved = resolveRegion({ ...settings, region }, deps.locale(), knowledge).region;
      const out: EntryCard[] = [];
      for (const id of new Set(ids)) {
        const card = buildCard(knowledge, id, resolved);
        if (card) out.push(card);
      }
      return out;
    });
  }

  async function scanTab(tabId: number): Promise<ScanTabReply> {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
      return { ok: true };
    } catch (err) {
      // Typical: a browser page (chrome://, the web store) or no activeTab grant.
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Navigation (a new document, or a new URL in the same one) makes the old report stale. */
  function onTabUpdated(
    tabId: number,
    change: Browser.tabs.OnUpdatedInfo,
    tab: Browser.tabs.Tab,
  ): Promise<void> {
    if (change.status !== 'loading' && change.url === undefined) return Promise.resolve();
    return inOrder(tabId, () => navigated(tabId, change, tab));
  }

  async function navigated(
    tabId: number,
    change: Browser.tabs.OnUpdatedInfo,
    tab: Browser.tabs.Tab,
  ): Promise<void> {
    // A new document: the browser has put the tab's icon, badge and title back to the manifest's.
    if (change.status === 'loading') greyed.delete(tabId);
    const current = await deps.store.get(tabId);
    // A single-page app may report its new URL before the browser announces the URL change.
    const fresh = change.status !== 'loading' && current?.url === change.url;
    if (!fresh) await deps.store.clear(tabId);
    const url = change.url ?? tab.url;
    const off = url !== undefined && !siteEnabled(await deps.settings(), url);
    if (off) await show(tabId, OFF_BADGE);
    else if (!fresh) await show(tabId, IDLE_BADGE);
  }

  function onTabRemoved(tabId: number): Promise<void> {
    greyed.delete(tabId);
    return inOrder(tabId, () => deps.store.clear(tabId));
  }

  /**
   * After a settings change: grey out (or restore) every open tab. Keyed by tab id: without
   * the "tabs" permission a tab's URL is hidden, so the URL comes from the tab's stored report
   * when the browser does not give it.
   */
  async function refreshAllTabs(settings: Settings): Promise<void> {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return;
        const report = await deps.store.get(tab.id);
        const url = tab.url ?? report?.url;
        if (url === undefined) return;
        if (!siteEnabled(settings, url)) return show(tab.id, OFF_BADGE, true);
        return show(tab.id, report ? badgeFor(report) : IDLE_BADGE, true);
      }),
    );
  }

  return { handleMessage, onTabUpdated, onTabRemoved, refreshAllTabs };
}

export type Background = ReturnType<typeof createBackground>;

function siteEnabled(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return settings.enabled;
  }
  return isSiteEnabled(settings, host);
}

export async function applyBadge(tabId: number, view: BadgeView, icon = true): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: view.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: view.color }),
      browser.action.setTitle({ tabId, title: view.title }),
      icon
        ? browser.action.setIcon({ tabId, path: view.off ? ICON_PATHS.off : ICON_PATHS.on })
        : undefined,
    ]);
  } catch {
    // The tab closed while we were updating it; nothing to show any more.
  }
}
