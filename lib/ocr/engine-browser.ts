import Tesseract from 'tesseract.js';
import { readerOf } from './engine';
import type { OcrPage } from './types';

/**
 * tesseract.js in an extension page (Chrome's offscreen document, Firefox's background page):
 * the worker script, the wasm core and the English data are the extension's own files (copied
 * into `ocr/` by wxt.config.ts), so nothing is fetched from a CDN. The worker is started from
 * its file, not a blob: URL (the extension CSP allows only 'self' scripts), and the data is
 * not cached in IndexedDB (it is in the package already).
 */
export const OCR_ASSET_DIR = 'ocr';

export interface BrowserOcr {
  read(image: Blob): Promise<OcrPage>;
  close(): Promise<void>;
}

export async function createBrowserOcr(url: (path: string) => string): Promise<BrowserOcr> {
  const worker = await Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
    workerPath: url(`/${OCR_ASSET_DIR}/worker.min.js`),
    // A folder: tesseract.js picks the relaxed-SIMD or SIMD build the browser supports.
    corePath: url(`/${OCR_ASSET_DIR}/core`),
    langPath: url(`/${OCR_ASSET_DIR}/lang`),
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  });
  return readerOf(worker);
}
