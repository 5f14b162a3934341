import { browser } from 'wxt/browser';
import { parseReportReply } from '../messaging/schemas';
import type { OcrReply, OcrRunMessage } from '../ocr/messages';

/**
 * Reading a list image off the page. Chrome: the offscreen document `ocr.html` (tesseract.js
 * starts a Web Worker, which a service worker cannot), created on the first image and kept
 * for the next. Firefox has no offscreen documents; its background is a page, which runs the
 * same OCR host itself (entrypoints/background.ts passes `runHere`).
 */
export type RunOcr = (msg: Omit<OcrRunMessage, 'type' | 'target'>) => Promise<OcrReply>;

const OFFSCREEN_URL = '/ocr.html';

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const api = browser.offscreen;
  if (!api) throw new Error('This browser has no offscreen documents (Chrome 109 or later).');
  creating ??= api
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: [api.Reason.WORKERS],
      justification:
        'Reads an ingredient-list image the shopper picked, offline (OCR in a worker).',
    })
    .catch((err: unknown) => {
      // Already open (a restarted service worker forgot it made one): use that one.
      if (!String(err).includes('single offscreen')) {
        creating = null;
        throw err;
      }
    });
  await creating;
}

/** Chrome: hands the image to the offscreen document and checks what comes back. */
export const runInOffscreen: RunOcr = async (msg) => {
  await ensureOffscreen();
  const message: OcrRunMessage = { type: 'ocr-run', target: 'exocheck-ocr', ...msg };
  return checkReply(await browser.runtime.sendMessage(message));
};

/** Whatever the OCR host answered, as a reply whose report passed the schema. */
export function checkReply(raw: unknown): OcrReply {
  const r = raw as { ok?: unknown; report?: unknown; error?: unknown } | undefined;
  if (r?.ok === true) {
    const report = parseReportReply(r.report);
    if (report) return { ok: true, report };
    return { ok: false, error: 'The image reader sent back a report that is not valid.' };
  }
  return {
    ok: false,
    error: typeof r?.error === 'string' ? r.error : 'No reply from the image reader.',
  };
}
