// The files tesseract.js loads at run time in the extension, from node_modules into the build's
// ocr/ folder (wxt.config.ts, build:publicAssets): the worker script, the LSTM-only wasm cores
// with SIMD and relaxed SIMD (Chrome 105+ and Firefox 140+ all have SIMD; the core without it
// is left out), and the English best_int data (lib/ocr/engine.ts ENG_DATA_DIR).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dirOf = (pkg) => path.dirname(require.resolve(`${pkg}/package.json`));

export function ocrAssets() {
  const tess = dirOf('tesseract.js');
  const core = dirOf('tesseract.js-core');
  const eng = dirOf('@tesseract.js-data/eng');
  return [
    { absoluteSrc: path.join(tess, 'dist/worker.min.js'), relativeDest: 'ocr/worker.min.js' },
    ...['tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js'].map((f) => ({
      absoluteSrc: path.join(core, f),
      relativeDest: `ocr/core/${f}`,
    })),
    {
      absoluteSrc: path.join(eng, '4.0.0_best_int/eng.traineddata.gz'),
      relativeDest: 'ocr/lang/eng.traineddata.gz',
    },
  ];
}
