import { useCallback, useEffect, useState } from 'react';
import { type Browser, browser } from 'wxt/browser';
import { requestNoList, requestReport, requestScan } from '@/lib/messaging';
import { parseReportReply } from '@/lib/messaging/schemas';
import type { PageReport } from '@/lib/report';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  setSiteEnabled,
  watchSettings,
} from '@/lib/settings';
import { readStoredResult, type StoredResult } from '@/lib/stored-result';
import type { ScanState } from './ScanButton';
import { siteStateFor } from './site-state';
import { scanFailureText } from './verdict';

/** `popup.html?tabId=N` (e2e tests open the popup as a page); else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

async function fetchReport(tabId: number): Promise<PageReport | null> {
  try {
    return parseReportReply(await requestReport(tabId));
  } catch {
    return null;
  }
}

/**
 * The tab's result: a report, or the page's "no list" mark. Read from session storage, where
 * the background keeps it, so the verdict never queues behind the worker (see
 * lib/stored-result.ts). Asked of the worker only where the storage cannot be read.
 */
async function fetchResult(tabId: number): Promise<StoredResult> {
  const stored = await readStoredResult(browser.storage.session, tabId);
  if (stored) return stored;
  const [report, none] = await Promise.all([
    fetchReport(tabId),
    requestNoList(tabId).catch(() => null),
  ]);
  return { report, noList: none !== null };
}

/**
 * A report too large for session storage is stored without its bulk (report-store's
 * trimReport); a running worker still has the whole one in memory.
 */
async function wholeReport(tabId: number, report: PageReport): Promise<PageReport | null> {
  if (!report.trimmed) return null;
  const whole = await fetchReport(tabId);
  return whole && !whole.trimmed ? whole : null;
}

/**
 * Asks again every SCAN_POLL_MS until `done(result)` or `ms` have passed; the last result, or
 * null once `live()` is false.
 */
async function pollResult(
  tabId: number,
  ms: number,
  done: (r: StoredResult) => boolean,
  live: () => boolean = () => true,
) {
  let last = await fetchResult(tabId);
  for (let waited = 0; live() && !done(last) && waited < ms; waited += SCAN_POLL_MS) {
    await new Promise((wake) => setTimeout(wake, SCAN_POLL_MS));
    last = await fetchResult(tabId);
  }
  return live() ? last : null;
}

const SCAN_POLL_MS = 250;
const SCAN_WAIT_MS = 6000;
/** How long a popup opened before the page's result keeps asking for it. */
const LATE_WAIT_MS = 4000;

/** What the first render needs: the tab, its result and the settings. */
export interface PopupStart {
  tabId: number | null;
  settings: Settings;
  first: StoredResult | null;
  /** The tab itself, or null when it is closed (or no tab was found). */
  tab: Browser.tabs.Tab | null;
}

/**
 * Asks for everything the first render needs at once: the settings alongside the tab's report,
 * "no list" mark and tab, rather than one after another (each a round trip to the worker or
 * storage). main.tsx starts it before React has loaded.
 */
export async function loadPopupStart(search: string): Promise<PopupStart> {
  const settings = loadSettings();
  const tabId = await resolveTabId(search);
  const [s, first, tab] = await Promise.all([
    settings,
    tabId === null ? null : fetchResult(tabId),
    tabId === null ? null : browser.tabs.get(tabId).catch(() => null),
  ]);
  return { tabId, settings: s, first, tab };
}

export function usePopupData(search: string, started?: Promise<PopupStart>) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<PageReport | null>(null);
  const [loading, setLoading] = useState(true);
  const [tabUrl, setTabUrl] = useState<string | undefined>(undefined);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [scan, setScan] = useState<ScanState>({ phase: 'idle' });
  const [noList, setNoList] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const { tabId: id, settings: s, first, tab } = await (started ?? loadPopupStart(search));
      if (!live) return;
      setSettings(s);
      setTabId(id);
      if (id !== null && first) {
        // A closed tab (its report went with it): nothing to read or scan there.
        if (!tab && !first.report) setTabId(null);
        const show = (r: typeof first) => {
          setReport(r.report);
          setNoList(r.noList);
          // Without the "tabs" permission a tab's URL is hidden unless activeTab was granted
          // (a toolbar click, the shortcut): the stored report knows the page's URL too.
          setTabUrl(tab?.url ?? r.report?.url);
        };
        show(first);
        setLoading(false);
        if (first.report) {
          const whole = await wholeReport(id, first.report);
          if (whole && live) setReport(whole);
        }
        // Opened while the page is still being read: the result arrives within a few seconds.
        if (tab && !first.report && !first.noList) {
          const late = await pollResult(
            id,
            LATE_WAIT_MS,
            (r) => !!r.report || r.noList,
            () => live,
          );
          if (late) show(late);
        }
        return;
      }
      setLoading(false);
    })();
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, [search, started]);

  const onScan = useCallback(async () => {
    if (tabId === null) return;
    setScan({ phase: 'scanning' });
    const reply = await requestScan(tabId).catch((e: unknown) => ({
      ok: false as const,
      error: String(e),
    }));
    if (!reply.ok) {
      setScan({ phase: 'failed', message: scanFailureText(reply.error), detail: reply.error });
      return;
    }
    // The injected script reports asynchronously: a report, or (on a shop's page) "no list".
    // A "no list" mark from before the scan says nothing about this one: wait for a report.
    const markedBefore = noList;
    const r = await pollResult(
      tabId,
      SCAN_WAIT_MS,
      (x) => !!x.report || (x.noList && !markedBefore),
    );
    if (r?.report) {
      setReport(r.report);
      setScan({ phase: 'idle' });
      return;
    }
    setNoList(true);
    setScan({ phase: 'nothing', message: 'Scanned just now: no ingredient list was found.' });
  }, [tabId, noList]);

  const site = siteStateFor(tabUrl, settings);
  const host = site?.host ?? null;
  // The keyboard shortcut writes through the same setSiteEnabled (lib/background/commands.ts).
  const onSiteToggle = useCallback(
    (enable: boolean) => {
      if (host) void setSiteEnabled(host, enable);
    },
    [host],
  );

  // A report the popup made itself (the image reading); the background has stored it too.
  const onReport = useCallback((r: PageReport) => {
    setReport(r);
    setNoList(false);
  }, []);

  return { tabId, report, loading, site, settings, scan, noList, onScan, onSiteToggle, onReport };
}
