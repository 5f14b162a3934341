// Chrome's offscreen document for reading list images (lib/background/ocr.ts opens it). Wiring
// only: the OCR host answers the background's `ocr-run` messages and ignores every other one.
import { browser } from 'wxt/browser';
import { createBrowserOcr } from '@/lib/ocr/engine-browser';
import { createOcrHost } from '@/lib/ocr/host';
import { dataUrlToBlob, isOcrRun, type OcrReply } from '@/lib/ocr/messages';

const host = createOcrHost(() => createBrowserOcr((p) => browser.runtime.getURL(p as '/')));

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id || !isOcrRun(message)) return false;
  host
    .read(dataUrlToBlob(message.image), { url: message.url, title: message.title })
    .then(
      (report): OcrReply => ({ ok: true, report }),
      (err: unknown): OcrReply => ({ ok: false, error: String(err) }),
    )
    .then(sendResponse);
  return true;
});
