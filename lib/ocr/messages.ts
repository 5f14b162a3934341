import type { PageReport } from '../report';

/**
 * Messages of the image reading, zod-free (the schemas the background checks on receipt are
 * in lib/messaging/schemas.ts). The popup sends `ocr-image` to the background; the background
 * hands `ocr-run` to its OCR host (Chrome's offscreen document).
 */

/** The region the shopper picked, as a PNG data URL. */
export interface OcrImageMessage {
  type: 'ocr-image';
  tabId: number;
  image: string;
}

/** Background → offscreen document. */
export interface OcrRunMessage {
  type: 'ocr-run';
  target: 'exocheck-ocr';
  image: string;
  url: string;
  title: string | null;
}

/** Where Firefox's background page finds the OCR host once `ocr-host.js` has run. */
export const OCR_HOST_GLOBAL = '__exocheckOcrHost';

export type OcrReply = { ok: true; report: PageReport } | { ok: false; error: string };

export function isOcrRun(raw: unknown): raw is OcrRunMessage {
  if (typeof raw !== 'object' || raw === null) return false;
  const m = raw as Record<string, unknown>;
  return (
    m.type === 'ocr-run' &&
    m.target === 'exocheck-ocr' &&
    typeof m.image === 'string' &&
    typeof m.url === 'string'
  );
}

/** A data URL → Blob, without fetch (so nothing looks like a request). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const mime = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'image/png';
  const bin = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}
