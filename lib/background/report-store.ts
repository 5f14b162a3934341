import type { Browser } from 'wxt/browser';
import { PageReport } from '../report';
import { isNoListRead, reportKey as keyOf, type NoListRead, noListKey } from '../stored-result';

/**
 * The latest report per tab. Kept in memory for speed and mirrored to `storage.session`,
 * because an MV3 service worker is stopped when idle and would otherwise forget every tab.
 * Session storage is cleared when the browser closes, which is what a per-tab cache wants.
 */
export interface ReportStore {
  get(tabId: number): Promise<PageReport | null>;
  /** Stores the tab's report (and forgets a "read, no list" mark). */
  set(tabId: number, report: PageReport): Promise<void>;
  /** The tab's page was read and holds no list: what the popup says instead of "not read". */
  setNoList(tabId: number, read: NoListRead): Promise<void>;
  noList(tabId: number): Promise<NoListRead | null>;
  /** Forgets both (navigation, a closed tab). */
  clear(tabId: number): Promise<void>;
}

type Area = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

/** Unknown and matched ingredients kept per list, and claims kept, in a trimmed report. */
const KEEP_UNKNOWN = 300;
const KEEP_MATCHED = 2000;
const KEEP_CLAIMS = 300;

/** The report with every finding and matched ingredient, and the bulk cut (see `trimmed`). */
export function trimReport(report: PageReport): PageReport {
  return {
    ...report,
    ingredientLists: report.ingredientLists.map((list) => {
      let unknown = 0;
      let matched = 0;
      return {
        ...list,
        ingredients: list.ingredients.filter((ing) =>
          ing.kind === 'unknown' ? unknown++ < KEEP_UNKNOWN : matched++ < KEEP_MATCHED,
        ),
      };
    }),
    exosome: { ...report.exosome, claims: report.exosome.claims.slice(0, KEEP_CLAIMS) },
    trimmed: true,
  };
}

/** `area` is `browser.storage.session`, or undefined where a browser lacks it (memory only). */
export function createReportStore(area: Area | undefined): ReportStore {
  const memory = new Map<number, PageReport>();
  const noLists = new Map<number, NoListRead>();
  return {
    async get(tabId) {
      const hit = memory.get(tabId);
      if (hit) return hit;
      if (!area) return null;
      const key = keyOf(tabId);
      const stored = (await area.get(key))[key];
      // Written by us, but re-validated: a schema change between versions must not reach the UI.
      const parsed = PageReport.safeParse(stored);
      if (!parsed.success) return null;
      memory.set(tabId, parsed.data);
      return parsed.data;
    },
    async set(tabId, report) {
      memory.set(tabId, report);
      noLists.delete(tabId);
      if (!area) return;
      // In parallel with the write: the badge waits for this method.
      const forget = area.remove(noListKey(tabId));
      try {
        await area.set({ [keyOf(tabId)]: report });
      } catch {
        // Session storage holds about 10 MB for all tabs together. A report too large for it
        // (thousands of items and claims) is stored with its findings and without the bulk;
        // the worker keeps the whole one in memory while it runs.
        await area.set({ [keyOf(tabId)]: trimReport(report) });
      }
      await forget;
    },
    async setNoList(tabId, read) {
      memory.delete(tabId);
      noLists.set(tabId, read);
      await area?.remove(keyOf(tabId));
      await area?.set({ [noListKey(tabId)]: { url: read.url, retailer: read.retailer } });
    },
    async noList(tabId) {
      const hit = noLists.get(tabId);
      if (hit) return hit;
      if (!area) return null;
      const stored = (await area.get(noListKey(tabId)))[noListKey(tabId)];
      return isNoListRead(stored) ? stored : null;
    },
    async clear(tabId) {
      memory.delete(tabId);
      noLists.delete(tabId);
      await area?.remove([keyOf(tabId), noListKey(tabId)]);
    },
  };
}
