import { fromTesseract, type TessPage } from './from-tesseract';
import type { OcrPage } from './types';

/**
 * What every reader of list images (the scan CLI in Node, the offscreen document in Chrome,
 * the background page in Firefox) runs, so they read an image alike: English LSTM data
 * (@tesseract.js-data/eng, best_int), and the settings the OCR benchmark chose.
 */

/** The traineddata folder inside @tesseract.js-data/eng: LSTM "best_int", 2.9 MB gzipped. */
export const ENG_DATA_DIR = '4.0.0_best_int';

/** Tesseract parameters (see `npm run bench:ocr`). */
export const OCR_PARAMS: Record<string, string> = {
  // 3: automatic page segmentation; list images hold a heading and a block of text.
  tessedit_pageseg_mode: '3',
};

/** Reads one image (bytes, blob, canvas: whatever the worker takes) into lines of words. */
export async function readImage<I>(
  worker: { recognize(image: I, options: object, output: object): Promise<{ data: unknown }> },
  image: I,
): Promise<OcrPage> {
  const { data } = await worker.recognize(image, {}, { text: false, blocks: true });
  return fromTesseract(data as TessPage);
}

/** A started tesseract.js worker, as far as the readers use it. */
interface Worker<I> {
  recognize(image: I, options: object, output: object): Promise<{ data: unknown }>;
  setParameters(params: Record<string, string>): Promise<unknown>;
  terminate(): Promise<unknown>;
}

/** A started worker set up with OCR_PARAMS, as a reader: read images, then close it. */
export async function readerOf<I>(
  worker: Worker<I>,
): Promise<{ read(image: I): Promise<OcrPage>; close(): Promise<void> }> {
  await worker.setParameters(OCR_PARAMS);
  return {
    read: (image) => readImage(worker, image),
    close: async () => {
      await worker.terminate();
    },
  };
}
