// Firefox's image reader, loaded into the background page on the first image
// (entrypoints/background.ts adds it as a <script>): Firefox has no offscreen documents, and
// inlined into background.js the OCR host and the CosIng lookup index would cost every start
// of the background. Wiring only; the host is lib/ocr/host.ts, as in Chrome's ocr.html.
import { browser } from 'wxt/browser';
import { createBrowserOcr } from '@/lib/ocr/engine-browser';
import { createOcrHost } from '@/lib/ocr/host';
import { OCR_HOST_GLOBAL } from '@/lib/ocr/messages';

export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    Object.assign(globalThis, {
      [OCR_HOST_GLOBAL]: createOcrHost(() =>
        createBrowserOcr((p) => browser.runtime.getURL(p as '/')),
      ),
    });
  },
});
