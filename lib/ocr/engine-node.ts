import { createRequire } from 'node:module';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import { ENG_DATA_DIR, readerOf } from './engine';
import type { OcrPage } from './types';

/**
 * tesseract.js in Node, offline: the worker script and the wasm core come from node_modules
 * (tesseract.js's Node build requires them locally), the English data from
 * @tesseract.js-data/eng on disk, and nothing is cached to the working directory.
 */
export interface NodeOcr {
  read(image: Buffer): Promise<OcrPage>;
  close(): Promise<void>;
}

export async function createNodeOcr(): Promise<NodeOcr> {
  const require = createRequire(import.meta.url);
  const langPath = path.join(
    path.dirname(require.resolve('@tesseract.js-data/eng/package.json')),
    ENG_DATA_DIR,
  );
  const worker = await Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
    langPath,
    cacheMethod: 'none',
    gzip: true,
  });
  return readerOf(worker);
}
