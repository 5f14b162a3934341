import { browser } from 'wxt/browser';
import type { EntryCard } from '../cards';
import type { PageReport } from '../report';
import type { RegionSetting } from '../settings';
import type {
  CardsMessage,
  GetNoListMessage,
  GetReportMessage,
  NoListMessage,
  ReportMessage,
  ScanTabMessage,
} from './schemas';

/**
 * Typed senders. Type-only imports keep zod out of the content script: validation happens on
 * receipt, in the background (lib/messaging/schemas.ts) and, for replies, in the popup.
 */

export type ScanTabReply = { ok: true } | { ok: false; error: string };
export type AckReply = { ok: boolean };

/** Content script → background: the report for the sender's own tab. */
export function sendReport(report: PageReport): Promise<AckReply | undefined> {
  const message: ReportMessage = { type: 'report', report };
  return browser.runtime.sendMessage(message);
}

/** Content script → background: a supported product page on which no list was found. */
export function sendNoList(url: string, retailer: string): Promise<AckReply | undefined> {
  const message: NoListMessage = { type: 'no-list', url, retailer };
  return browser.runtime.sendMessage(message);
}

/** Content script → background: cards for tooltips; unknown ids are left out of the reply. */
export async function requestCards(ids: string[], region: RegionSetting): Promise<EntryCard[]> {
  const message: CardsMessage = { type: 'cards', ids, region };
  const reply: unknown = await browser.runtime.sendMessage(message);
  return Array.isArray(reply) ? (reply as EntryCard[]) : [];
}

/** Popup → background. The reply is unvalidated here: callers parse it (parseReportReply). */
export function requestReport(tabId: number): Promise<unknown> {
  const message: GetReportMessage = { type: 'get-report', tabId };
  return browser.runtime.sendMessage(message);
}

/** Popup → background: whether the tab's page was read and holds no list ({ url, retailer }). */
export async function requestNoList(
  tabId: number,
): Promise<{ url: string; retailer: string } | null> {
  const message: GetNoListMessage = { type: 'get-no-list', tabId };
  const reply = (await browser.runtime.sendMessage(message)) as {
    url?: unknown;
    retailer?: unknown;
  } | null;
  return typeof reply?.url === 'string' && typeof reply.retailer === 'string'
    ? { url: reply.url, retailer: reply.retailer }
    : null;
}

/** Popup → background: inject the content script into a tab the user asked to scan. */
export async function requestScan(tabId: number): Promise<ScanTabReply> {
  const message: ScanTabMessage = { type: 'scan-tab', tabId };
  const reply = (await browser.runtime.sendMessage(message)) as ScanTabReply | undefined;
  return reply ?? { ok: false, error: 'No reply from the background.' };
}
