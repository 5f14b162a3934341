/** The tesseract.js files copied into the build's ocr/ folder (see ocr-assets.mjs). */
export function ocrAssets(): Array<{ absoluteSrc: string; relativeDest: string }>;
