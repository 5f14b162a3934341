import type { Browser } from 'wxt/browser';
import { PageReport } from './report';

/**
 * Where the background keeps each tab's result in `storage.session` (written by
 * lib/background/report-store.ts), and how an extension page reads it back without a message
 * to the worker, which may be busy (building the CosIng dictionary for the report it just
 * got takes 100-300 ms when cold) or not running yet.
 */

export const reportKey = (tabId: number) => `exocheck-report:${tabId}`;
export const noListKey = (tabId: number) => `exocheck-nolist:${tabId}`;

/** The tab's page was read and holds no list: what the popup says instead of "not read". */
export interface NoListRead {
  url: string;
  retailer: string;
}

export function isNoListRead(v: unknown): v is NoListRead {
  const r = v as NoListRead | null;
  return typeof r?.url === 'string' && typeof r.retailer === 'string';
}

export interface StoredResult {
  report: PageReport | null;
  noList: boolean;
}

type ReadArea = Pick<Browser.storage.StorageArea, 'get'>;

/**
 * Both of the tab's keys in one read. The report is validated again: a schema change between
 * versions, or anything else in the area, must not reach the UI. Null when the area cannot be
 * read (a browser without session storage, or an access level that hides it).
 */
export async function readStoredResult(
  area: ReadArea | undefined,
  tabId: number,
): Promise<StoredResult | null> {
  if (!area) return null;
  let got: Record<string, unknown>;
  try {
    got = await area.get([reportKey(tabId), noListKey(tabId)]);
  } catch {
    return null;
  }
  const stored = got[reportKey(tabId)];
  const parsed = stored === undefined ? null : PageReport.safeParse(stored);
  return {
    report: parsed?.success ? parsed.data : null,
    noList: isNoListRead(got[noListKey(tabId)]),
  };
}
