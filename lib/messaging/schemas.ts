import { PageReport } from '../report';
import { REGION_SETTINGS } from '../settings';
import { z } from '../zod';

/**
 * Every message the background accepts, as zod schemas. Messages are untrusted input (a
 * compromised page can talk to its content script; a bug can send junk), so the background
 * parses each one on receipt and drops whatever fails. Only the background and the popup
 * import this file; the content script imports types from it (erased at build time).
 */

const TabId = z.number().int().nonnegative();
/** Entry ids are kebab-case; the cap keeps a forged message from asking for megabytes. */
const EntryIds = z.array(z.string().min(1).max(200)).max(500);

export const ReportMessage = z.strictObject({ type: z.literal('report'), report: PageReport });
export const CardsMessage = z.strictObject({
  type: z.literal('cards'),
  ids: EntryIds,
  region: z.enum(REGION_SETTINGS),
});
export const NoListMessage = z.strictObject({
  type: z.literal('no-list'),
  url: z.string().max(4096),
  retailer: z.string().min(1).max(100),
});
export const GetReportMessage = z.strictObject({ type: z.literal('get-report'), tabId: TabId });
export const ScanTabMessage = z.strictObject({ type: z.literal('scan-tab'), tabId: TabId });
/**
 * The popup's image reading: the region the shopper picked, as a PNG or JPEG data URL. The cap
 * (48 MB of text) is far above a full-page capture at 2× and keeps a forged message bounded.
 */
export const OcrImageMessage = z.strictObject({
  type: z.literal('ocr-image'),
  tabId: TabId,
  image: z
    .string()
    .max(48 * 1024 * 1024)
    .regex(/^data:image\/(png|jpeg);base64,/),
});
/** Whether the tab's page was read and found to hold no list (the reply: { url, retailer } or null). */
export const GetNoListMessage = z.strictObject({ type: z.literal('get-no-list'), tabId: TabId });

/** Sent by the content script (from a web page's tab). */
export const ContentMessage = z.discriminatedUnion('type', [
  ReportMessage,
  CardsMessage,
  NoListMessage,
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Sent by the popup or another extension page (cards: the popup's first screen). */
export const PageMessage = z.discriminatedUnion('type', [
  GetReportMessage,
  GetNoListMessage,
  ScanTabMessage,
  CardsMessage,
  OcrImageMessage,
]);
export type PageMessage = z.infer<typeof PageMessage>;

export type ReportMessage = z.infer<typeof ReportMessage>;
export type CardsMessage = z.infer<typeof CardsMessage>;
export type NoListMessage = z.infer<typeof NoListMessage>;
export type GetReportMessage = z.infer<typeof GetReportMessage>;
export type ScanTabMessage = z.infer<typeof ScanTabMessage>;
export type GetNoListMessage = z.infer<typeof GetNoListMessage>;

/** Never throws: null for anything that is not exactly one of the content messages. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  return safely(ContentMessage, raw);
}

/** Never throws: null for anything that is not exactly one of the extension-page messages. */
export function parsePageMessage(raw: unknown): PageMessage | null {
  return safely(PageMessage, raw);
}

/** The popup validates the report it receives, too: it renders whatever passes. */
export function parseReportReply(raw: unknown): PageReport | null {
  return safely(PageReport, raw);
}

/**
 * safeParse reports schema failures but lets exceptions through (a throwing getter or proxy).
 * Structured cloning removes those from real messages; this catch makes "never throws" hold
 * whatever the caller passes.
 */
function safely<T>(schema: z.ZodType<T>, raw: unknown): T | null {
  try {
    const r = schema.safeParse(raw);
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
